import type { INestApplicationContext, LoggerService } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import {
  changes,
  codeState,
  createDatabase,
  type Database,
  type DumpRun,
  DumpRepository,
  articleVersions,
} from '@legifeed/db';
import { loadConfig } from '../../src/config/ingest-config.js';
import { DumpIngestAppModule } from '../../src/dump-ingest-app.module.js';
import { type IngestRequest, IngestRequests } from '../../src/ingest/ingest-requests.js';
import { JobQueue } from '../../src/jobs/job-queue.js';
import { databaseConfigOf } from '../../src/storage/database-config.js';
import type { TestStorage } from './test-storage.js';

/** The ingest side as `legifeed ingest` runs it in-process, on test storage. */
export interface IngestHarness {
  app: INestApplicationContext;
  database: Database;
  requests: IngestRequests;
  queue: JobQueue;
  dumps: DumpRepository;
  /** Requests the dumps, waits for each run to settle and returns them as stored, in the order they ran. */
  ingest(sources: string[], request?: Omit<IngestRequest, 'sources'>): Promise<DumpRun[]>;
  release(run: DumpRun): Promise<DumpRun>;
  discard(run: DumpRun): Promise<DumpRun>;
  /** Everything a dump can leave behind, to compare before and after. */
  snapshot(): Promise<StoredSnapshot>;
  close(): Promise<void>;
}

export interface StoredSnapshot {
  changes: { id: string; sequence: number; dumpId: number }[];
  state: { code: string; cid: string; versionId: string }[];
  versions: { id: string; rawHash: string }[];
}

/** Errors from the app go to the test's output; the tests look at holds and failures themselves. */
const quietLogger: LoggerService = {
  log() {},
  warn() {},
  error: (message: unknown, ...rest: unknown[]) => console.error(message, ...rest),
};

/**
 * `env` as a legifeed process reads it; without `REDIS_URL` the jobs run inline. With Redis, `takeJobs: false`
 * makes a process that only enqueues, as the CLI is.
 */
export async function startIngest(
  storage: TestStorage,
  env: Record<string, string> = {},
  { takeJobs = true } = {},
): Promise<IngestHarness> {
  const config = loadConfig({ ...storage.env, ...env });
  const database = await createDatabase(databaseConfigOf(config));
  const app = await NestFactory.createApplicationContext(
    DumpIngestAppModule.forRoot({ config, database, takeJobs }),
    { logger: quietLogger, abortOnError: false },
  );
  const requests = app.get(IngestRequests);
  const queue = app.get(JobQueue);
  const dumps = app.get(DumpRepository);
  const settled = async (run: DumpRun, wait: Promise<unknown>): Promise<DumpRun> => {
    // A failed job is part of what the tests look at: the run's record says why.
    await wait.catch(() => undefined);
    return (await dumps.find(run.id)) as DumpRun;
  };
  const payloadOf = (run: DumpRun) => ({ runId: String(run.id), code: run.code as string });
  return {
    app,
    database,
    requests,
    queue,
    dumps,
    async ingest(sources, request = {}) {
      const runs = await requests.requestIngest({ sources, ...request });
      const done: DumpRun[] = [];
      for (const run of runs) done.push(await settled(run, queue.enqueueAndWait('ingest.dump', payloadOf(run))));
      return done;
    },
    release: (run) => requests.release(run.id),
    discard: (run) => requests.discard(run.id),
    async snapshot() {
      const [changeRows, stateRows, versionRows] = await Promise.all([
        database.db
          .select({ id: changes.id, sequence: changes.sequence, dumpId: changes.detectedDumpId })
          .from(changes),
        database.db.select({ code: codeState.code, cid: codeState.cid, versionId: codeState.versionId }).from(codeState),
        database.db.select({ id: articleVersions.id, rawHash: articleVersions.rawHash }).from(articleVersions),
      ]);
      const byKey = <T>(key: (row: T) => string) => (a: T, b: T) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
      return {
        changes: changeRows.sort(byKey((row) => row.id)),
        state: stateRows.sort(byKey((row) => `${row.code}/${row.cid}/${row.versionId}`)),
        versions: versionRows.sort(byKey((row) => row.id)),
      };
    },
    close: () => app.close(),
  };
}
