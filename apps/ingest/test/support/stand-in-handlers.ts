import { setTimeout as sleep } from 'node:timers/promises';
import { JobHandler } from '../../src/jobs/job-handler.decorator.js';
import type { JobContext, JobHandlers } from '../../src/jobs/job-queue.js';
import type { DeliveryRun, DispatchOutcome, JobPayload, RunOutcome } from '../../src/jobs/jobs.js';

/** When one stand-in job ran, by `runId` (or `code` for source refreshes). */
export interface Span {
  job: string;
  start: number;
  end: number;
}

/**
 * Handlers that stand in for the ingest service: each job sleeps `jobMs`, reports two progress steps and
 * records when it ran. `fail` makes the named runs throw.
 */
export function standInHandlers(options: { jobMs: number; fail?: (runId: string) => Error | null }) {
  const spans: Span[] = [];
  const run = async (runId: string, context: JobContext): Promise<RunOutcome> => {
    const start = performance.now();
    await context.reportProgress({ rowsRead: 0, totalRows: 2 });
    await sleep(options.jobMs);
    const failure = options.fail?.(runId) ?? null;
    spans.push({ job: runId, start, end: performance.now() });
    if (failure !== null) throw failure;
    await context.reportProgress({ rowsRead: 2, totalRows: 2 });
    return { runId, status: 'completed', changeIds: [] };
  };
  const handlers: JobHandlers = {
    'ingest.dump': { handle: ({ runId }, context) => run(runId, context) },
    'ingest.release': { handle: ({ runId }, context) => run(runId, context) },
    'ingest.discard': {
      handle: async ({ runId }, context) => ({ ...(await run(runId, context)), status: 'discarded' }),
    },
    'ingest.refresh-source': {
      handle: async ({ code }, context) => {
        await run(code, context);
        return { code, runId: null };
      },
    },
    'webhooks.dispatch': { handle: async () => ({ subscriptions: 0 }) },
    'webhooks.deliver': { handle: async ({ subscriptionId }) => ({ subscriptionId, delivered: 0, failed: 0 }) },
  };
  return { handlers, spans };
}

export function overlap(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function spanOf(spans: readonly Span[], job: string): Span {
  const span = spans.find((s) => s.job === job);
  if (span === undefined) throw new Error(`job ${job} never ran (ran: ${spans.map((s) => s.job).join(', ')})`);
  return span;
}

/** The webhook jobs' handlers, for apps standing in for the ingest service without storage. */
@JobHandler('webhooks.dispatch')
export class StandInWebhookDispatch {
  async handle(): Promise<DispatchOutcome> {
    return { subscriptions: 0 };
  }
}

@JobHandler('webhooks.deliver')
export class StandInWebhookDeliver {
  async handle({ subscriptionId }: JobPayload<'webhooks.deliver'>): Promise<DeliveryRun> {
    return { subscriptionId, delivered: 0, failed: 0 };
  }
}
