// A worker process as `legifeed worker` runs it (built dist, configuration from the environment), with a
// stand-in IngestService whose dumps take STAND_IN_JOB_MS. It reports on stdout, one JSON line per event.
import { setTimeout as sleep } from 'node:timers/promises';
import { IngestAppModule, IngestService, JobHandler, loadConfig, startWorker } from '../../dist/index.js';

const jobMs = Number(process.env.STAND_IN_JOB_MS ?? 100);
const say = (event, fields = {}) =>
  process.stdout.write(`${JSON.stringify({ standIn: event, pid: process.pid, ...fields })}\n`);

class StandInIngestService extends IngestService {
  async ingestDump(runId, { reportProgress }) {
    say('started', { runId });
    await reportProgress({ rowsRead: 0, totalRows: 1 });
    await sleep(jobMs);
    await reportProgress({ rowsRead: 1, totalRows: 1 });
    say('finished', { runId });
    return { runId, status: 'completed', changeIds: [] };
  }

  async releaseDump(runId) {
    return { runId, status: 'completed', changeIds: [] };
  }

  async discardDump(runId) {
    return { runId, status: 'discarded', changeIds: [] };
  }

  async refreshSource(code) {
    return { code, runId: null };
  }
}

class StandInIngestServiceModule {}

// The webhook jobs need handlers too; this worker has no storage to deliver from.
class StandInWebhookDispatch {
  async handle() {
    return { subscriptions: 0 };
  }
}
JobHandler('webhooks.dispatch')(StandInWebhookDispatch);

class StandInWebhookDeliver {
  async handle({ subscriptionId }) {
    return { subscriptionId, delivered: 0, failed: 0 };
  }
}
JobHandler('webhooks.deliver')(StandInWebhookDeliver);

await startWorker(
  IngestAppModule.forRoot({
    config: loadConfig(process.env),
    takeJobs: true,
    ingestServiceModule: {
      module: StandInIngestServiceModule,
      providers: [{ provide: IngestService, useClass: StandInIngestService }, StandInWebhookDispatch, StandInWebhookDeliver],
      exports: [IngestService],
    },
  }),
);
say('ready');
