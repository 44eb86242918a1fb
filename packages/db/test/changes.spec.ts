import type { ArticleVersion } from '@legifeed/parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ArticleVersionRepository,
  ChangeRepository,
  CodeRepository,
  CodeStateRepository,
  DumpRepository,
  SectionRepository,
  type ChangeFilter,
  type Database,
  type NewChange,
  type StoredChange,
} from '../src/index.js';
import { createdChange, repealedChange } from './support/changes-of.js';
import { CGCT_SAMPLE, readVersions, stateOf } from './support/real-dumps.js';
import { openScratchDatabase } from '../src/testing/index.js';
import { BACKENDS } from './support/test-databases.js';

describe.each(BACKENDS)('changes on %s', (kind) => {
  let database: Database;
  let close: () => Promise<void>;
  let sample: ArticleVersion[];
  let changes: ChangeRepository;
  let dumps: DumpRepository;
  /** One `created` change per sample version, recorded in sample order. */
  let created: NewChange[];
  let firstDumpId: number;

  beforeAll(async () => {
    ({ database, close } = await openScratchDatabase(kind));
    sample = await readVersions(CGCT_SAMPLE);
    changes = new ChangeRepository(database);
    dumps = new DumpRepository(database);
    firstDumpId = (await dumps.createQueued({ source: CGCT_SAMPLE })).id;
    await new CodeRepository(database).upsert(sample[0]!.code);
    await new ArticleVersionRepository(database).upsert(sample, firstDumpId);
    await new SectionRepository(database).recordSeen(sample[0]!.code.slug, sample, firstDumpId);
    await new CodeStateRepository(database).replace(sample[0]!.code.slug, stateOf(sample), firstDumpId);
    created = sample.map(createdChange);
    await changes.record(created, firstDumpId);
  });
  afterAll(() => close());

  /** Every change matching `filter`, newest first, across pages of `limit`. */
  async function listAll(filter: ChangeFilter, limit = 500): Promise<StoredChange[]> {
    const all: StoredChange[] = [];
    let before: number | undefined;
    for (;;) {
      const page = await changes.list({ ...filter, limit, ...(before === undefined ? {} : { before }) });
      all.push(...page.changes);
      if (page.nextCursor === null) return all;
      before = page.nextCursor;
    }
  }

  const numsOf = (listed: readonly StoredChange[]) => listed.map((change) => change.article?.num).reverse();
  /** The sample's numbers that `keep` selects; never none, so that no assertion below holds vacuously. */
  const numsWhere = (keep: (version: ArticleVersion) => boolean) => {
    const nums = sample.filter(keep).map((version) => version.num);
    expect(nums).not.toEqual([]);
    return nums;
  };

  it('records changes in order, with increasing sequences, and gives each back as given', async () => {
    const listed = await listAll({});
    expect(numsOf(listed)).toEqual(sample.map((version) => version.num));
    const sequences = listed.map((change) => change.sequence).reverse();
    expect(sequences).toEqual([...sequences].sort((a, b) => a - b));

    const stored = await changes.get(listed.at(-1)!.id);
    expect(stored).toEqual({
      ...created[0],
      id: listed.at(-1)!.id,
      sequence: sequences[0],
      detectedDumpId: firstDumpId,
      detectedAt: expect.any(Date),
    });
    expect(await changes.get('missing')).toBeNull();
  });

  it('records nothing when the same changes are recorded again', async () => {
    const dumpId = (await dumps.createQueued({ source: CGCT_SAMPLE })).id;
    expect(await changes.record(created, dumpId)).toEqual([]);
    expect(await listAll({})).toHaveLength(sample.length);
  });

  it('filters by article cid or number', async () => {
    const [a, b, c] = sample;
    expect(numsOf(await listAll({ cids: [a!.cid], numKeys: [b!.numKey, c!.numKey] }))).toEqual([
      a!.num,
      b!.num,
      c!.num,
    ]);
    expect(await listAll({ code: 'code-de-la-securite-sociale' })).toEqual([]);
  });

  it('filters by section path prefix, and by a section cid', async () => {
    const livreV = sample.find((version) => version.section.path[2]?.startsWith('LIVRE V '))!.section.path.slice(0, 3);
    const inLivreV = numsWhere((version) => livreV.every((title, level) => version.section.path[level] === title));
    expect(inLivreV.length).toBeGreaterThan(20);
    expect(numsOf(await listAll({ sectionPathPrefix: livreV }))).toEqual(inLivreV);
    // "LIVRE V" is no prefix of "LIVRE VI": titles match whole.
    expect(await listAll({ sectionPathPrefix: [...livreV.slice(0, 2), 'LIVRE V'] })).toEqual([]);

    const section = sample[0]!.section;
    expect(numsOf(await listAll({ sectionCid: section.parentCid! }))).toEqual(
      numsWhere((version) => version.section.parentCid === section.parentCid),
    );
  });

  it('filters by kind, by effective day and by detection instant', async () => {
    expect(await listAll({ kinds: ['amended', 'repealed'] })).toEqual([]);
    expect(await listAll({ kinds: ['created'] })).toHaveLength(sample.length);

    const since = '2022-01-01';
    const until = '2022-12-31';
    expect(numsOf(await listAll({ effectiveSince: since, effectiveUntil: until }))).toEqual(
      numsWhere((version) => version.validFrom >= since && version.validFrom <= until),
    );
    const hourAgo = new Date(Date.now() - 3_600_000);
    expect(await listAll({ detectedSince: hourAgo })).toHaveLength(sample.length);
    expect(await listAll({ detectedUntil: hourAgo })).toEqual([]);
  });

  it('finds changes by words of the article text, in French', async () => {
    // "concessions" and "concession" share a stem: the search is not a substring match.
    expect(numsOf(await listAll({ q: 'concessions' }))).toEqual(
      numsWhere((version) => /concession\b/i.test(version.text)),
    );
    expect(await listAll({ q: 'introuvablement' })).toEqual([]);
  });

  it('finds changes to the articles an article cites', async () => {
    const citing = sample.find((version) =>
      version.references.some((numKey) => sample.some((other) => other.numKey === numKey)),
    )!;
    expect(numsOf(await listAll({ citedByCid: citing.cid }))).toEqual(
      numsWhere((version) => citing.references.includes(version.numKey)),
    );
  });

  it('pages by sequence without skipping or repeating while new changes arrive', async () => {
    const filter: ChangeFilter = { limit: 7 };
    const first = await changes.list(filter);
    expect(first.changes).toHaveLength(7);

    const dumpId = (await dumps.createQueued({ source: CGCT_SAMPLE })).id;
    const arrived = await changes.record(sample.slice(0, 5).map(repealedChange), dumpId);
    expect(arrived).toHaveLength(5);
    expect(Math.min(...arrived.map((change) => change.sequence))).toBeGreaterThan(first.changes[0]!.sequence);

    const seen = [...first.changes];
    let cursor = first.nextCursor;
    while (cursor !== null) {
      const page = await changes.list({ ...filter, before: cursor });
      seen.push(...page.changes);
      cursor = page.nextCursor;
    }
    expect(numsOf(seen)).toEqual(sample.map((version) => version.num));

    const newest = await changes.list({ limit: 5 });
    expect(newest.changes.map((change) => change.id)).toEqual(arrived.map((change) => change.id).reverse());
    const polled = await changes.list({ after: first.changes[0]!.sequence, limit: 500 });
    expect(polled.changes.map((change) => change.id)).toEqual(arrived.map((change) => change.id));
    expect(polled.nextCursor).toBeNull();
  });

  it('refuses a page larger than 500', async () => {
    await expect(changes.list({ limit: 501 })).rejects.toThrow('limit must be an integer from 1 to 500 (got 501)');
  });
});

describe('changes recorded by concurrent PostgreSQL transactions', () => {
  it('commit in sequence order, so a reader paging by sequence never misses one', async () => {
    const { database, close } = await openScratchDatabase('postgres');
    try {
      const sample = (await readVersions(CGCT_SAMPLE)).slice(0, 4);
      const dumpId = (await new DumpRepository(database).createQueued({ source: CGCT_SAMPLE })).id;
      await new CodeRepository(database).upsert(sample[0]!.code);
      await new ArticleVersionRepository(database).upsert(sample, dumpId);

      let releaseFirst!: () => void;
      const firstHolds = new Promise<void>((resolve) => (releaseFirst = resolve));
      let firstRecorded!: () => void;
      const firstHasRecorded = new Promise<void>((resolve) => (firstRecorded = resolve));
      const first = database.transaction(async (tx) => {
        const recorded = await new ChangeRepository(tx).record(sample.slice(0, 2).map(createdChange), dumpId);
        firstRecorded();
        await firstHolds;
        return recorded;
      });
      await firstHasRecorded;
      let secondDone = false;
      const second = new ChangeRepository(database)
        .record(sample.slice(2).map(createdChange), dumpId)
        .finally(() => (secondDone = true));
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(secondDone).toBe(false);
      expect((await new ChangeRepository(database).list()).changes).toEqual([]);

      releaseFirst();
      const [a, b] = await Promise.all([first, second]);
      expect(Math.max(...a.map((change) => change.sequence))).toBeLessThan(
        Math.min(...b.map((change) => change.sequence)),
      );
    } finally {
      await close();
    }
  });
});
