import type { ArticleVersion } from '@legifeed/parser';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArticleVersionRepository, CodeRepository, DumpRepository, type Database } from '../src/index.js';
import { queryRows } from '../src/sql/query-rows.js';
import { CGCT_SAMPLE, readVersions } from './support/real-dumps.js';
import { openScratchDatabase } from '../src/testing/index.js';
import { BACKENDS } from './support/test-databases.js';

describe.each(BACKENDS)('article versions on %s', (kind) => {
  let database: Database;
  let close: () => Promise<void>;
  let sample: ArticleVersion[];
  let versions: ArticleVersionRepository;
  let dumps: DumpRepository;

  beforeAll(async () => {
    ({ database, close } = await openScratchDatabase(kind));
    sample = await readVersions(CGCT_SAMPLE);
    versions = new ArticleVersionRepository(database);
    dumps = new DumpRepository(database);
    await new CodeRepository(database).upsert(sample[0]!.code);
  });
  afterAll(() => close());

  const newDump = async () => (await dumps.createQueued({ source: CGCT_SAMPLE })).id;

  it('gives back the 100 versions of the CGCT sample field for field, with the dumps that brought them', async () => {
    const dumpId = await newDump();
    expect(sample).toHaveLength(100);
    expect(await versions.upsert(sample, dumpId)).toMatchObject({ inserted: 100, rewritten: 0, unchanged: 0 });

    const stored = await versions.getByIds(sample.map((version) => version.id));
    const byId = new Map(stored.map((version) => [version.id, version]));
    for (const version of sample) {
      expect(byId.get(version.id)).toEqual({ ...version, firstDumpId: dumpId, lastDumpId: dumpId });
    }
  });

  it('moves only the last dump of versions seen again unchanged', async () => {
    const [first] = await versions.getByIds([sample[0]!.id]);
    const dumpId = await newDump();
    expect(await versions.upsert(sample, dumpId)).toMatchObject({
      inserted: 0,
      rewritten: 0,
      unchanged: 100,
      written: [],
    });
    const [again] = await versions.getByIds([sample[0]!.id]);
    expect(again).toEqual({ ...first, lastDumpId: dumpId });
  });

  it('replaces content rewritten in place, keeping the replaced wording as a revision', async () => {
    const markupOnly = { ...sample[1]!, html: `<div>${sample[1]!.html}</div>`, rawHash: 'f'.repeat(64) };
    const reworded = {
      ...sample[2]!,
      text: `${sample[2]!.text} (corrigé)`,
      contentHash: 'e'.repeat(64),
      rawHash: 'd'.repeat(64),
    };
    const dumpId = await newDump();
    const result = await versions.upsert([markupOnly, reworded, sample[3]!], dumpId);
    expect(result).toMatchObject({ inserted: 0, rewritten: 2, unchanged: 1 });
    expect(result.written.map((version) => version.id)).toEqual([markupOnly.id, reworded.id]);

    const stored = await versions.getByIds([markupOnly.id, reworded.id]);
    expect(stored.find((version) => version.id === markupOnly.id)).toMatchObject({
      html: markupOnly.html,
      lastDumpId: dumpId,
    });
    expect(stored.find((version) => version.id === reworded.id)).toMatchObject({
      text: reworded.text,
      lastDumpId: dumpId,
    });
    const revisions = await queryRows<{ version_id: string; text: string; replaced_by_dump_id: number }>(
      database,
      sql`select version_id, text, replaced_by_dump_id from article_version_revisions order by id`,
    );
    expect(revisions).toEqual([{ version_id: reworded.id, text: sample[2]!.text, replaced_by_dump_id: dumpId }]);
  });

  it('stores a version listed twice in one dump once', async () => {
    const dumpId = await newDump();
    const result = await versions.upsert([sample[4]!, sample[4]!], dumpId);
    expect(result).toMatchObject({ inserted: 0, unchanged: 1 });
  });

  it('lists the versions of one article', async () => {
    const listed = await versions.listByCid(sample[5]!.cid);
    expect(listed.map((version) => version.id)).toEqual([sample[5]!.id]);
    expect(await versions.listByCid('LEGIARTI000000000000')).toEqual([]);
  });
});
