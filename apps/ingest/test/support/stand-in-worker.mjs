// A worker process as `legifeed worker` runs it (built dist, configuration from the environment), with a
// stand-in IngestService whose dumps take STAND_IN_JOB_MS. It reports on stdout, one JSON line per event.
import { setTimeout as sleep } from 'node:timers/promises';
import { IngestAppModule, IngestService, loadConfig, startWorker } from '../../dist/index.js';

const jobMs = Number(process.env.STAND_IN_JOB_MS ?? 100);
const say = (event, fields = {}) =>
  process.stdout.write(`${JSON.stringify({ standIn: event, pid: process.pid, ...fields })}\n`);

class StandInIngestService extends IngestService {
  async ingestDump(runId, progress) {
    say('started', { runId });
    await progress({ rowsRead: 0, totalRows: 1 });
    await sleep(jobMs);
    await progress({ rowsRead: 1, totalRows: 1 });
    say('finished', { runId });
    return { runId, status: 'completed' };
  }

  async releaseDump(runId) {
    return { runId, status: 'completed' };
  }

  async discardDump(runId) {
    return { runId, status: 'discarded' };
  }

  async refreshSource(code) {
    return { code, runId: null };
  }
}

class StandInIngestServiceModule {}

await startWorker(
  IngestAppModule.forRoot({
    config: loadConfig(process.env),
    takeJobs: true,
    ingestServiceModule: {
      module: StandInIngestServiceModule,
      providers: [{ provide: IngestService, useClass: StandInIngestService }],
      exports: [IngestService],
    },
  }),
);
say('ready');
