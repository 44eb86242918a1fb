import type { ArticleVersion } from '@legifeed/parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ArticleVersionRepository,
  CodeRepository,
  CodeStateRepository,
  DumpRepository,
  ReferenceRepository,
  type Database,
} from '../src/index.js';
import { CGCT_SAMPLE, readVersions, stateOf } from './support/real-dumps.js';
import { openScratchDatabase } from '../src/testing/index.js';
import { BACKENDS } from './support/test-databases.js';

describe.each(BACKENDS)('code state on %s', (kind) => {
  let database: Database;
  let close: () => Promise<void>;
  let sample: ArticleVersion[];
  let slug: string;
  let states: CodeStateRepository;
  let dumps: DumpRepository;

  beforeAll(async () => {
    ({ database, close } = await openScratchDatabase(kind));
    sample = await readVersions(CGCT_SAMPLE);
    slug = sample[0]!.code.slug;
    states = new CodeStateRepository(database);
    dumps = new DumpRepository(database);
    await new CodeRepository(database).upsert(sample[0]!.code);
  });
  afterAll(() => close());

  async function acceptedDump(versions: readonly ArticleVersion[]): Promise<number> {
    const { id } = await dumps.createQueued({ source: CGCT_SAMPLE });
    await dumps.markRunning(id);
    await new ArticleVersionRepository(database).upsert(versions, id);
    await dumps.markCompleted(id, slug, {
      rowCount: versions.length,
      rowErrorCount: 0,
      firstRowErrors: [],
      changeCounts: {},
      technicalCount: 0,
    });
    return id;
  }

  it('is empty for a code never ingested', async () => {
    expect(await states.load(slug)).toEqual({
      articles: new Map(),
      previousRowCount: null,
      announcedVersionIds: new Set(),
    });
  });

  it('gives back the state it was given, with the row count of its dump', async () => {
    const dumpId = await acceptedDump(sample);
    await states.replace(slug, stateOf(sample), dumpId);

    const loaded = await states.load(slug);
    expect(loaded.previousRowCount).toBe(100);
    expect(loaded.articles).toEqual(stateOf(sample));
    expect(loaded.announcedVersionIds).toEqual(new Set(sample.map((version) => version.id)));
  });

  it('keeps several versions of one article in their order, and forgets articles left out', async () => {
    // A version in force and its scheduled successor, as the dataset can hold for one cid.
    const [current, other] = sample;
    const successor: ArticleVersion = {
      ...other!,
      cid: current!.cid,
      row: 98,
      etat: 'VIGUEUR_DIFF',
      status: 'scheduled',
      validFrom: '2031-01-01',
    };
    const kept = sample.slice(2, 50);
    const next = stateOf([...kept, current!, { ...successor, id: 'LEGIARTI999999999999' }]);
    const dumpId = await acceptedDump([...kept, current!, { ...successor, id: 'LEGIARTI999999999999' }]);
    await states.replace(slug, next, dumpId);

    const loaded = await states.load(slug);
    expect(loaded.articles).toEqual(next);
    expect(loaded.articles.get(current!.cid)!.map((version) => version.id)).toEqual([
      current!.id,
      'LEGIARTI999999999999',
    ]);
    expect(loaded.previousRowCount).toBe(50);
    // Versions of earlier dumps stay announced: a version never comes back as new.
    expect(loaded.announcedVersionIds.size).toBe(101);
  });

  it('answers cited-by questions from the current state', async () => {
    const citing = sample
      .slice(2, 50)
      .find((version) => version.references.some((numKey) => sample.some((other) => other.numKey === numKey)))!;
    const references = new ReferenceRepository(database);
    expect(await references.citationsOf(citing.cid)).toEqual(citing.references);
    const cited = citing.references[0]!;
    const citingNow = await references.citedBy(slug, cited);
    expect(citingNow.map((article) => article.cid)).toContain(citing.cid);
    const stateCids = new Set(sample.slice(0, 50).map((version) => version.cid));
    for (const article of citingNow) expect(stateCids.has(article.cid)).toBe(true);
  });
});
