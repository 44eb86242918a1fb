import type { RowError } from '@legifeed/parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CodeRepository,
  DumpRepository,
  FIRST_ROW_ERRORS_KEPT,
  type Database,
  type DumpOutcome,
} from '../src/index.js';
import { CSS_2020, CSS_2023 } from './support/real-dumps.js';
import { openScratchDatabase } from '../src/testing/index.js';
import { BACKENDS } from './support/test-databases.js';

const CODE = { slug: 'code-de-la-securite-sociale', title: 'Code de la sécurité sociale' };

const rowErrors: RowError[] = Array.from({ length: 12 }, (_, index) => ({
  file: CSS_2023,
  row: index + 1,
  field: 'dateDebut',
  message: 'not a number',
}));

const outcome: DumpOutcome = {
  rowCount: 7257,
  rowErrorCount: 12,
  firstRowErrors: rowErrors,
  changeCounts: { created: 478, amended: 12 },
  technicalCount: 30,
};

describe.each(BACKENDS)('dump runs on %s', (kind) => {
  let database: Database;
  let close: () => Promise<void>;
  let dumps: DumpRepository;

  beforeAll(async () => {
    ({ database, close } = await openScratchDatabase(kind));
    dumps = new DumpRepository(database);
    await new CodeRepository(database).upsert(CODE);
  });
  afterAll(() => close());

  it('goes from queued through running to completed, with progress, counts, errors and timings', async () => {
    const queued = await dumps.createQueued({ source: CSS_2023, label: 'css 2023', asOf: '2023-05-14' });
    expect(queued).toMatchObject({
      status: 'queued',
      asOf: '2023-05-14',
      label: 'css 2023',
      code: null,
      startedAt: null,
    });

    const running = await dumps.markRunning(queued.id, { code: CODE.slug, sha256: 'a'.repeat(64), totalRows: null });
    expect(running).toMatchObject({ status: 'running', code: CODE.slug, sha256: 'a'.repeat(64), rowsRead: 0 });
    expect(running.startedAt).toBeInstanceOf(Date);

    await dumps.reportProgress(queued.id, 5000, 7257);
    expect(await dumps.find(queued.id)).toMatchObject({ rowsRead: 5000, totalRows: 7257 });

    const completed = await dumps.markCompleted(queued.id, CODE.slug, outcome);
    expect(completed).toMatchObject({
      status: 'completed',
      rowCount: 7257,
      rowErrorCount: 12,
      changeCounts: { created: 478, amended: 12 },
      technicalCount: 30,
      hold: null,
    });
    expect(completed.firstRowErrors).toEqual(rowErrors.slice(0, FIRST_ROW_ERRORS_KEPT));
    expect(completed.finishedAt!.getTime()).toBeGreaterThanOrEqual(completed.startedAt!.getTime());
    expect(completed.durationMs).toBeGreaterThanOrEqual(0);
    expect(await dumps.findCompletedBySha256('a'.repeat(64))).toEqual(completed);
  });

  it('is held with its reason, then discarded, or released to completed', async () => {
    const hold = { reason: 'empty_dump' as const, detail: '0 rows, the previous dump had 7257' };
    const discarded = await dumps.createQueued({ source: CSS_2020 });
    await dumps.markRunning(discarded.id);
    expect(await dumps.markHeld(discarded.id, CODE.slug, { ...outcome, rowCount: 0 }, hold)).toMatchObject({
      status: 'held',
      hold,
    });
    expect(await dumps.markDiscarded(discarded.id)).toMatchObject({ status: 'discarded', hold });

    const released = await dumps.createQueued({ source: CSS_2020 });
    await dumps.markRunning(released.id);
    await dumps.markHeld(released.id, CODE.slug, outcome, hold);
    expect(await dumps.markCompleted(released.id, CODE.slug, outcome)).toMatchObject({
      status: 'completed',
      hold: null,
    });
  });

  it('refuses a transition its status does not allow, saying which', async () => {
    const run = await dumps.createQueued({ source: CSS_2020 });
    await expect(dumps.markCompleted(run.id, CODE.slug, outcome)).rejects.toThrow(
      `Dump run ${run.id} is queued: it cannot become completed (only from running or held)`,
    );
    await expect(dumps.markDiscarded(999_999)).rejects.toThrow('Dump run 999999 does not exist');
    await dumps.markRunning(run.id);
    expect(await dumps.markFailed(run.id, 'css-2020-06-18.jsonl.gz: unexpected end of file')).toMatchObject({
      status: 'failed',
      error: 'css-2020-06-18.jsonl.gz: unexpected end of file',
    });
    // A failed run can be retried.
    expect(await dumps.markRunning(run.id)).toMatchObject({ status: 'running', error: null });
  });

  it('lists runs newest first, by code and status', async () => {
    const all = await dumps.list();
    expect(all.map((run) => run.id)).toEqual([...all.map((run) => run.id)].sort((a, b) => b - a));
    const completed = await dumps.list({ code: CODE.slug, statuses: ['completed'] });
    expect(completed.length).toBe(2);
    expect(completed.every((run) => run.status === 'completed' && run.code === CODE.slug)).toBe(true);
    expect(await dumps.list({ limit: 1 })).toEqual([all[0]]);
  });
});
