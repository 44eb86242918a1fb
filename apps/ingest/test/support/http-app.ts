import type { INestApplication } from '@nestjs/common';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { AddressInfo } from 'node:net';
import { createDatabase } from '@legifeed/db';
import { loadConfig } from '../../src/config/ingest-config.js';
import { DumpIngestAppModule } from '../../src/dump-ingest-app.module.js';
import { IngestHttpModule } from '../../src/http/ingest-http.module.js';
import { databaseConfigOf } from '../../src/storage/database-config.js';
import type { TestStorage } from './test-storage.js';

export interface TestServer {
  app: INestApplication;
  url: string;
  close(): Promise<void>;
}

/**
 * The ingest HTTP module served as `legifeed serve` mounts it: in an app that parses no request body itself,
 * on a real port.
 */
export async function startHttpApp(storage: TestStorage, env: Record<string, string> = {}): Promise<TestServer> {
  const config = loadConfig({ ...storage.env, ...env });
  const database = await createDatabase(databaseConfigOf(config));
  @Module({ imports: [DumpIngestAppModule.forRoot({ config, database, takeJobs: false }), IngestHttpModule] })
  class HttpTestApp {}
  const app = await NestFactory.create(HttpTestApp, { logger: false, bodyParser: false, abortOnError: false });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  return { app, url: `http://127.0.0.1:${port}`, close: () => app.close() };
}
