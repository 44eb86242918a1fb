import { type INestApplicationContext, Injectable, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigModule } from '../src/config/config.module.js';
import { type IngestConfig, loadConfig } from '../src/config/ingest-config.js';
import { IngestAppModule } from '../src/ingest-app.module.js';
import { IngestDumpProcessor } from '../src/ingest/ingest.processors.js';
import { IngestService, type RunJob } from '../src/ingest/ingest.service.js';
import { JobHandler } from '../src/jobs/job-handler.decorator.js';
import { type JobProgress, JobQueue } from '../src/jobs/job-queue.js';
import type { RefreshOutcome, RunOutcome } from '../src/jobs/jobs.js';
import { QueueModule } from '../src/queue/queue.module.js';
import { deleteKeys, redisTestUrl, uniquePrefix } from './support/redis.js';
import { StandInWebhookDeliver, StandInWebhookDispatch } from './support/stand-in-handlers.js';

/** Records which method each job reached; the real service is the lead's to write. */
@Injectable()
class RecordingIngestService extends IngestService {
  readonly calls: string[] = [];

  async ingestDump(runId: string, job: RunJob): Promise<RunOutcome> {
    this.calls.push(`ingestDump ${runId}`);
    await job.reportProgress({ rowsRead: 5, totalRows: 10 });
    return { runId, status: 'held', changeIds: [] };
  }

  async releaseDump(runId: string): Promise<RunOutcome> {
    this.calls.push(`releaseDump ${runId}`);
    return { runId, status: 'completed', changeIds: [] };
  }

  async discardDump(runId: string): Promise<RunOutcome> {
    this.calls.push(`discardDump ${runId}`);
    return { runId, status: 'discarded', changeIds: [] };
  }

  async refreshSource(code: string): Promise<RefreshOutcome> {
    this.calls.push(`refreshSource ${code}`);
    return { code, runId: null };
  }
}

@Module({
  providers: [{ provide: IngestService, useClass: RecordingIngestService }, StandInWebhookDispatch, StandInWebhookDeliver],
  exports: [IngestService],
})
class RecordingIngestServiceModule {}

@JobHandler('ingest.dump')
class SecondDumpHandler {
  async handle(): Promise<RunOutcome> {
    return { runId: '', status: 'failed', changeIds: [] };
  }
}

const apps: INestApplicationContext[] = [];
async function boot(module: Parameters<typeof NestFactory.createApplicationContext>[0]) {
  const app = await NestFactory.createApplicationContext(module, { logger: false, abortOnError: false });
  apps.push(app);
  return app;
}

afterEach(async () => {
  await Promise.all(apps.splice(0).map((app) => app.close()));
});

function ingestApp(config: IngestConfig, takeJobs = true) {
  return IngestAppModule.forRoot({ config, takeJobs, ingestServiceModule: RecordingIngestServiceModule });
}

describe('the ingest app', () => {
  it('routes every job to its IngestService method, with progress', async () => {
    const app = await boot(ingestApp(loadConfig({})));
    const queue = app.get(JobQueue);
    const progress: JobProgress[] = [];
    await expect(
      queue.enqueueAndWait('ingest.dump', { runId: '1', code: 'css' }, (p) => progress.push(p)),
    ).resolves.toEqual({ runId: '1', status: 'held', changeIds: [] });
    await queue.enqueueAndWait('ingest.release', { runId: '1', code: 'css' });
    await queue.enqueueAndWait('ingest.discard', { runId: '2', code: 'css' });
    await queue.enqueueAndWait('ingest.refresh-source', { code: 'css' });
    expect(app.get(IngestService, { strict: false })).toMatchObject({
      calls: ['ingestDump 1', 'releaseDump 1', 'discardDump 2', 'refreshSource css'],
    });
    expect(progress).toEqual([{ rowsRead: 5, totalRows: 10 }]);
  });

  it('refuses to boot while a job has no handler, naming the jobs', async () => {
    @Module({
      imports: [
        ConfigModule.forRoot(loadConfig({})),
        QueueModule.forRoot({ takeJobs: true }),
        RecordingIngestServiceModule,
      ],
      providers: [IngestDumpProcessor],
    })
    class IncompleteApp {}
    await expect(boot(IncompleteApp)).rejects.toThrow(
      'Refusing to start: every job needs exactly one handler.\n' +
        '  - no handler for ingest.release, ingest.discard, ingest.refresh-source',
    );
  });

  it('refuses to boot when two providers handle one job, naming them', async () => {
    @Module({ imports: [ingestApp(loadConfig({}))], providers: [SecondDumpHandler] })
    class DoubledApp {}
    await expect(boot(DoubledApp)).rejects.toThrow(
      '2 handlers for ingest.dump: IngestDumpProcessor, SecondDumpHandler',
    );
  });

  describe('on Redis', () => {
    const prefix = uniquePrefix('ingest-app');
    const redisConfig = (env: Record<string, string> = {}) =>
      loadConfig({ REDIS_URL: redisTestUrl, LEGIFEED_QUEUE_PREFIX: prefix, ...env });
    afterEach(async () => {
      await deleteKeys(prefix);
    });

    it('boots a process that only enqueues without looking for handlers', async () => {
      @Module({ imports: [ConfigModule.forRoot(redisConfig()), QueueModule.forRoot({ takeJobs: false })] })
      class ProducerApp {}
      const app = await boot(ProducerApp);
      await expect(app.get(JobQueue).enqueue('ingest.dump', { runId: '1', code: 'css' })).resolves.toEqual({
        id: 'ingest.dump/1',
      });
    });

    it('keeps one refresh schedule per configured source and drops the others', async () => {
      await boot(ingestApp(redisConfig({ LEGIFEED_SOURCES: 'css=/dumps/css.jsonl,crpa=/dumps/crpa.jsonl' })));
      const app = await boot(ingestApp(redisConfig({ LEGIFEED_SOURCES: 'css=/dumps/css.jsonl' })));
      expect(await app.get(JobQueue).scheduleIds()).toEqual(['refresh-source/css']);
    });
  });
});
