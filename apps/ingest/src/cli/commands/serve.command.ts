import { parseArgs } from 'node:util';
import type { DynamicModule, Type } from '@nestjs/common';
import { createDatabase, type Database } from '@legifeed/db';
import { loadConfig } from '../../config/ingest-config.js';
import { DumpIngestAppModule } from '../../dump-ingest-app.module.js';
import { IngestHttpModule } from '../../http/ingest-http.module.js';
import { databaseConfigOf } from '../../storage/database-config.js';
import { commandLine, portOption } from '../cli-args.js';
import { CliError, UsageError } from '../cli-output.js';
import type { Command } from './command.js';

/** What this command uses of `@legifeed/feed` (apps/feed), which depends on this package, not the reverse. */
interface FeedApp {
  startFeedServer(options: {
    port?: number;
    database: Database;
    extraModules: readonly (Type | DynamicModule)[];
  }): Promise<{ url: string; port: number }>;
}

const FEED_PACKAGE = '@legifeed/feed';

export const serveCommand: Command = {
  usage: '[--port N]',
  summary: 'serve the site, API and feeds, and take dumps over HTTP (POST /api/ingest), on the same storage',
  async run(args, output) {
    const { values, positionals } = commandLine(() =>
      parseArgs({ args: [...args], allowPositionals: true, options: { port: { type: 'string' } } }),
    );
    if (positionals.length > 0) throw new UsageError(`unexpected argument ${positionals[0]}`);
    const port = values.port === undefined ? {} : { port: portOption(values.port) };
    const feed = await loadFeedApp();
    const config = loadConfig(process.env);
    const database = await createDatabase(databaseConfigOf(config));
    let server: { url: string };
    try {
      server = await feed.startFeedServer({
        ...port,
        database,
        // With Redis the workers run the jobs; without, they run in this process. The server closes the database.
        extraModules: [
          DumpIngestAppModule.forRoot({ config, database, takeJobs: false, closeDatabase: false }),
          IngestHttpModule,
        ],
      });
    } catch (error) {
      // Else the process would linger holding the data directory. The server's own shutdown may have closed it.
      await database.close().catch(() => undefined);
      throw error;
    }
    output.err(`legifeed serve: listening on ${server.url}`);
    output.out(urlsToOpen(server.url));
    return 0;
  },
};

function urlsToOpen(base: string): string {
  const site = base.replace(/\/$/, '');
  return [
    `  site        ${site}/`,
    `  JSON API    ${site}/api/changes`,
    `  Atom        ${site}/feeds/changes.atom`,
    `  RSS         ${site}/feeds/changes.rss`,
    `  JSON Feed   ${site}/feeds/changes.json`,
  ].join('\n');
}

async function loadFeedApp(): Promise<FeedApp> {
  try {
    return (await import(FEED_PACKAGE)) as FeedApp;
  } catch (error) {
    const reason = (error as Error).message;
    throw new CliError(`legifeed serve needs ${FEED_PACKAGE} (apps/feed) built: npm run build (${reason})`);
  }
}
