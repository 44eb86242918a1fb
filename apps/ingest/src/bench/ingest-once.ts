import { NestFactory } from '@nestjs/core';
import { peakRssKb } from '@legifeed/bench-kit';
import { createDatabase, DumpRepository } from '@legifeed/db';
import { loadConfig } from '../config/ingest-config.js';
import { DumpIngestAppModule } from '../dump-ingest-app.module.js';
import { IngestRequests } from '../ingest/ingest-requests.js';
import { JobQueue } from '../jobs/job-queue.js';
import { databaseConfigOf } from '../storage/database-config.js';

/**
 * One measured ingest, in a process of its own so that its peak RSS is its own: `node ingest-once.js <dump>`,
 * storage from the environment. Prints one JSON line: the seconds from request to settled run (opening the
 * database and booting the app excluded: they do not grow with the dump), the peak RSS, and the run's outcome.
 */
export interface IngestMeasure {
  seconds: number;
  peakRssMb: number;
  status: string;
  changes: number;
}

async function main(source: string): Promise<void> {
  const config = loadConfig(process.env);
  const database = await createDatabase(databaseConfigOf(config));
  const app = await NestFactory.createApplicationContext(
    DumpIngestAppModule.forRoot({ config, database, takeJobs: true }),
    { logger: ['error'] },
  );
  try {
    const started = performance.now();
    const [run] = await app.get(IngestRequests).requestIngest({ sources: [source] });
    if (run === undefined) throw new Error('no run queued');
    await app.get(JobQueue).enqueueAndWait('ingest.dump', { runId: String(run.id), code: run.code as string });
    const seconds = (performance.now() - started) / 1000;
    const settled = await app.get(DumpRepository).find(run.id);
    const measure: IngestMeasure = {
      seconds,
      peakRssMb: peakRssKb() / 1024,
      status: settled?.status ?? 'missing',
      changes: Object.values(settled?.changeCounts ?? {}).reduce((sum, count) => sum + count, 0),
    };
    process.stdout.write(`${JSON.stringify(measure)}\n`);
  } finally {
    await app.close();
  }
}

const [source] = process.argv.slice(2);
if (source === undefined) throw new Error('usage: node ingest-once.js <dump path>');
await main(source);
