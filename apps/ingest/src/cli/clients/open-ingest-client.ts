import { NestFactory } from '@nestjs/core';
import { createDatabase, type Database, EmbeddedDatabaseLockedError, type EmbeddedOwner, readEmbeddedOwner } from '@legifeed/db';
import type { IngestConfig } from '../../config/ingest-config.js';
import { DumpIngestAppModule } from '../../dump-ingest-app.module.js';
import { readLocalAdminToken } from '../../http/local-admin-token.js';
import { databaseConfigOf } from '../../storage/database-config.js';
import { CliError } from '../cli-output.js';
import { stderrLogger } from '../stderr-logger.js';
import { HttpIngestClient } from './http-ingest-client.js';
import type { IngestClient } from './ingest-client.js';
import { InProcessIngestClient } from './in-process-ingest-client.js';

/**
 * The ingest side to talk to. On embedded storage another process may own the data directory (PGlite allows
 * one): then the work goes to that process over HTTP, never failing on the lock. Otherwise the ingest side
 * boots here, on the configured storage and queue.
 */
export async function openIngestClient(config: IngestConfig): Promise<IngestClient> {
  if (config.databaseUrl === null) {
    const owner = await readEmbeddedOwner(config.dataDir);
    if (owner !== null && owner.pid !== process.pid) return handOver(config, owner);
  }
  let database: Database;
  try {
    database = await createDatabase(databaseConfigOf(config));
  } catch (error) {
    // The owner took the directory between the look and the opening.
    if (error instanceof EmbeddedDatabaseLockedError) return handOver(config, error.owner);
    throw error;
  }
  const app = await NestFactory.createApplicationContext(
    // With Redis, workers run the jobs and this process waits on them; without, they run here (inline).
    DumpIngestAppModule.forRoot({ config, database, takeJobs: false }),
    { logger: stderrLogger, abortOnError: false },
  ).catch(async (error: unknown) => {
    await database.close();
    throw error;
  });
  return new InProcessIngestClient(app);
}

async function handOver(config: IngestConfig, owner: EmbeddedOwner): Promise<IngestClient> {
  const holder = `process ${owner.pid}`;
  if (owner.httpPort === null) {
    throw new CliError(
      `The embedded database in ${config.dataDir} is open in ${holder} (since ${owner.since}), which serves no HTTP, ` +
        'so the work cannot be handed to it. Stop that process, or run `legifeed serve` instead of it, ' +
        'or use PostgreSQL (DATABASE_URL).',
    );
  }
  const token = config.adminToken ?? (await readLocalAdminToken(config.dataDir));
  return new HttpIngestClient(`http://127.0.0.1:${owner.httpPort}`, token, holder);
}
