// A process owning an embedded data directory and serving the ingest HTTP module, as `legifeed serve` does
// (without the publishing side): it announces its port in the directory's lock, then prints {"port": …}.
import { NestFactory } from '@nestjs/core';
import { createDatabase } from '@legifeed/db';
import { databaseConfigOf, DumpIngestAppModule, IngestHttpModule, loadConfig } from '../../dist/index.js';

const config = loadConfig(process.env);
const database = await createDatabase(databaseConfigOf(config));
class IngestServer {}
const app = await NestFactory.create(
  { module: IngestServer, imports: [DumpIngestAppModule.forRoot({ config, database, takeJobs: false }), IngestHttpModule] },
  { logger: false, bodyParser: false },
);
app.enableShutdownHooks(['SIGTERM']);
await app.listen(0, '127.0.0.1');
const { port } = app.getHttpServer().address();
await database.embeddedLock?.announceHttpPort(port);
process.stdout.write(`${JSON.stringify({ port, pid: process.pid })}\n`);
