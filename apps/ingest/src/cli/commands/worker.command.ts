import { parseArgs } from 'node:util';
import { createDatabase } from '@legifeed/db';
import { loadConfig } from '../../config/ingest-config.js';
import { DumpIngestAppModule } from '../../dump-ingest-app.module.js';
import { databaseConfigOf } from '../../storage/database-config.js';
import { startWorker } from '../../worker.js';
import { commandLine } from '../cli-args.js';
import { UsageError } from '../cli-output.js';
import type { Command } from './command.js';

export const workerCommand: Command = {
  usage: '',
  summary: 'run ingest jobs from the queue until SIGTERM (several workers may share one Redis and one PostgreSQL)',
  async run(args) {
    const { positionals } = commandLine(() => parseArgs({ args: [...args], allowPositionals: true, options: {} }));
    if (positionals.length > 0) throw new UsageError(`unexpected argument ${positionals[0]}`);
    const config = loadConfig(process.env);
    const database = await createDatabase(databaseConfigOf(config));
    // Runs until a signal closes the app (and with it the queue and the database); the process then exits.
    await startWorker(DumpIngestAppModule.forRoot({ config, database, takeJobs: true })).catch(async (error: unknown) => {
      await database.close();
      throw error;
    });
    return 0;
  },
};
