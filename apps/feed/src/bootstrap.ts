import type { Database } from '@legifeed/db';
import { ConsoleLogger, type DynamicModule, type LoggerService, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ExpressAdapter, type NestExpressApplication } from '@nestjs/platform-express';
import type { AddressInfo } from 'node:net';
import { loadFeedConfig, type FeedConfig } from './config/feed-config.js';
import { FeedAppModule } from './feed-app.module.js';
import { installCacheLane } from './http/cache-lane.js';
import { RepresentationCache } from './http/representation-cache.js';
import { securityHeaders } from './http/security-headers.js';
import { DATABASE } from './storage/database.module.js';

export interface FeedAppOptions {
  config: FeedConfig;
  /** A database the caller opened; without it the app opens `config.database`. */
  database?: Database;
  /** Close the database on shutdown. Default: only when the app opened it. */
  closeDatabase?: boolean;
  /** Modules served beside the publishing side (e.g. the ingest HTTP module); they can inject `DATABASE`. */
  extraModules?: readonly (Type | DynamicModule)[];
  /** Default: JSON lines, warnings and errors. */
  logger?: LoggerService | false;
}

/** The app, initialised and not yet listening. */
export async function createFeedApp(options: FeedAppOptions): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(FeedAppModule.forRoot(options), new ExpressAdapter(), {
    logger: options.logger ?? new ConsoleLogger({ json: true, logLevels: ['error', 'warn'] }),
    // A failed start-up (database unreachable) throws its message instead of exiting the process.
    abortOnError: false,
    // Read-only: no route takes a body.
    bodyParser: false,
  });
  app.disable('x-powered-by');
  // Our own strong ETags, from the bytes we cache, instead of Express's.
  app.set('etag', false);
  // Repeated parameters (`kind=a&kind=b`) become lists; no nested objects.
  app.set('query parser', 'simple');
  app.use(securityHeaders);
  await app.init();
  installCacheLane(app.getHttpServer(), app.get(RepresentationCache));
  return app;
}

export interface StartFeedServerOptions {
  /** Default: LEGIFEED_PORT, else 3000; 0 takes any free port. */
  port?: number;
  /** The database to serve (closed with the server); without it the server opens the configured one. */
  database?: Database;
  extraModules?: readonly (Type | DynamicModule)[];
  /** Default: read from the environment (see `loadFeedConfig`). */
  config?: FeedConfig;
  logger?: LoggerService | false;
}

export interface FeedServer {
  app: NestExpressApplication;
  port: number;
  /** e.g. http://localhost:3000 */
  url: string;
  /** Stops listening, runs the shutdown hooks, and closes the database. */
  close(): Promise<void>;
}

/**
 * Starts the site, API and feeds (`legifeed serve`) and owns the process: SIGTERM and SIGINT close the app and
 * the database, given or not. On embedded storage this process owns the data directory: once listening it
 * writes its port into the directory's lock, so that the CLI hands dumps to it over HTTP.
 */
export async function startFeedServer(options: StartFeedServerOptions = {}): Promise<FeedServer> {
  const config = options.config ?? loadFeedConfig(process.env, options.port === undefined ? {} : { port: options.port });
  const port = options.port ?? config.port;
  const app = await createFeedApp({
    config,
    closeDatabase: true,
    ...(options.database === undefined ? {} : { database: options.database }),
    ...(options.extraModules === undefined ? {} : { extraModules: options.extraModules }),
    ...(options.logger === undefined ? {} : { logger: options.logger }),
  });
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
  try {
    await app.listen(port);
  } catch (error) {
    await app.close();
    throw error;
  }
  const listening = (app.getHttpServer().address() as AddressInfo).port;
  await app.get<Database>(DATABASE).embeddedLock?.announceHttpPort(listening);
  return { app, port: listening, url: `http://localhost:${listening}`, close: () => app.close() };
}
