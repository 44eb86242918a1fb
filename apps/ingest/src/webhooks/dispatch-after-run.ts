import { Logger } from '@nestjs/common';
import type { JobQueue } from '../jobs/job-queue.js';
import type { RunOutcome } from '../jobs/jobs.js';

const logger = new Logger('WebhookDispatch');

/**
 * After a run recorded changes, their deliveries (owed in the run's own transaction) are dispatched at once
 * rather than at the next sweep. Never fails the run: if the queue cannot take the job, the sweep finds them.
 */
export async function dispatchWebhooksAfter(queue: JobQueue, outcome: RunOutcome): Promise<RunOutcome> {
  if (outcome.changeIds.length === 0) return outcome;
  try {
    await queue.enqueue('webhooks.dispatch', {});
  } catch (error) {
    logger.warn('webhook dispatch left to the sweep', { runId: outcome.runId, error: (error as Error).message });
  }
  return outcome;
}
