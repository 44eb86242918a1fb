import type { ArticleVersion } from '@legifeed/parser';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ChangeRepository,
  CodeStateRepository,
  DumpRepository,
  IngestWriter,
  SectionRepository,
  type AcceptedDump,
  type Database,
} from '../src/index.js';
import { queryRows } from '../src/sql/query-rows.js';
import { createdChange, repealedChange } from './support/changes-of.js';
import { CGCT_SAMPLE, readVersions, stateOf } from './support/real-dumps.js';
import { openScratchDatabase } from '../src/testing/index.js';
import { BACKENDS } from './support/test-databases.js';

describe.each(BACKENDS)('writing an accepted dump on %s', (kind) => {
  let database: Database;
  let close: () => Promise<void>;
  let sample: ArticleVersion[];
  let dumps: DumpRepository;

  beforeAll(async () => {
    ({ database, close } = await openScratchDatabase(kind));
    sample = await readVersions(CGCT_SAMPLE);
    dumps = new DumpRepository(database);
  });
  afterAll(() => close());

  async function runningDump(): Promise<number> {
    const { id } = await dumps.createQueued({ source: CGCT_SAMPLE, asOf: '2023-11-28' });
    await dumps.markRunning(id);
    return id;
  }

  function accepted(
    dumpId: number,
    versions: readonly ArticleVersion[],
    changes = versions.map(createdChange),
  ): AcceptedDump {
    return {
      dumpId,
      code: sample[0]!.code,
      versions,
      nextState: stateOf(versions),
      changes,
      technicalCount: 0,
      rowCount: versions.length,
      rowErrorCount: 0,
      firstRowErrors: [],
    };
  }

  const count = async (table: string) =>
    Number((await queryRows<{ n: string | number }>(database, sql.raw(`select count(*) as n from ${table}`)))[0]!.n);

  it('stores nothing and leaves the run running when it fails midway', async () => {
    const dumpId = await runningDump();
    const broken = accepted(dumpId, sample);
    // The state names a version the dump does not hold: the write fails after versions and sections went in.
    const stray = { ...sample[0]!, id: 'LEGIARTI999999999999' };
    const failure = await new IngestWriter(database)
      .recordAcceptedDump({ ...broken, nextState: new Map([...broken.nextState, [stray.cid, [stray]]]) })
      .catch((error: unknown) => error);
    expect((failure as Error).message).toMatch(
      /^Storing the state of code-general-des-collectivites-territoriales \(100 versions\) failed: .*foreign key constraint/,
    );

    for (const table of ['codes', 'article_versions', 'article_references', 'sections', 'code_state', 'changes']) {
      expect(await count(table), table).toBe(0);
    }
    expect(await dumps.find(dumpId)).toMatchObject({ status: 'running' });
  });

  it('stores versions, sections, state and changes and completes the run, all at once', async () => {
    const dumpId = await runningDump();
    const recorded = await new IngestWriter(database).recordAcceptedDump(accepted(dumpId, sample));

    expect(recorded.dump).toMatchObject({ status: 'completed', code: sample[0]!.code.slug, rowCount: 100 });
    expect(recorded.dump.changeCounts).toEqual({ created: 100 });
    expect(recorded).toMatchObject({ versionsInserted: 100, versionsRewritten: 0 });
    expect(recorded.changes).toHaveLength(100);
    expect((await new CodeStateRepository(database).load(sample[0]!.code.slug)).articles).toEqual(stateOf(sample));
    expect(await new SectionRepository(database).find(sample[0]!.section.parentCid!)).toMatchObject({
      path: sample[0]!.section.path,
      title: sample[0]!.section.path.at(-1),
      firstDumpId: dumpId,
    });
    expect(await dumps.latestAccepted(sample[0]!.code.slug)).toMatchObject({ id: dumpId });
  });

  it('records a change once when the same dump is written again', async () => {
    const dumpId = await runningDump();
    const recorded = await new IngestWriter(database).recordAcceptedDump(accepted(dumpId, sample));
    expect(recorded.changes).toEqual([]);
    expect(recorded.dump.changeCounts).toEqual({ created: 100 });
    expect((await new ChangeRepository(database).list({ limit: 500 })).changes).toHaveLength(100);
  });

  it('records the next dump against the new state', async () => {
    const dumpId = await runningDump();
    const remaining = sample.slice(0, 90);
    const recorded = await new IngestWriter(database).recordAcceptedDump(
      accepted(dumpId, remaining, sample.slice(90).map(repealedChange)),
    );
    expect(recorded.changes.map((change) => change.kind)).toEqual(Array(10).fill('repealed'));
    const state = await new CodeStateRepository(database).load(sample[0]!.code.slug);
    expect(state.articles.size).toBe(90);
    expect(state.previousRowCount).toBe(90);
  });
});
