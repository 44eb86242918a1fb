/**
 * Every queue and every job of legifeed, with what each job carries and returns. A new job starts here: the
 * start-up check then refuses to boot until exactly one handler takes it.
 */

export const QUEUE_NAMES = ['ingest', 'webhooks'] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];

/** How a run ended, as the job that drove it reports it. */
export type RunStatus = 'completed' | 'held' | 'failed' | 'discarded';

export interface RunOutcome {
  runId: string;
  status: RunStatus;
  /**
   * The changes this run recorded, in sequence order (empty unless it completed with new changes). Feeds and
   * webhooks do not wait for this: they read the `changes` table by sequence, where the run's commit put them.
   */
  changeIds: string[];
}

export interface RefreshOutcome {
  code: string;
  /** The run enqueued for the new dump, or null when the source had not changed. */
  runId: string | null;
}

export interface DispatchOutcome {
  /** Subscriptions whose deliveries were due, each given a `webhooks.deliver` job. */
  subscriptions: number;
}

export interface DeliveryRun {
  subscriptionId: string;
  delivered: number;
  /** Attempts that failed (retried later, or given up). */
  failed: number;
}

/**
 * Run jobs carry the code as well as the run id: jobs of one code run one at a time, and the queue must know
 * the code before any handler reads the run.
 */
interface RunPayload {
  runId: string;
  code: string;
}

interface JobCatalogue {
  /** Read, compare and store one dump. */
  'ingest.dump': { queue: 'ingest'; payload: RunPayload; result: RunOutcome };
  /** Publish a held dump after an operator checked it. */
  'ingest.release': { queue: 'ingest'; payload: RunPayload; result: RunOutcome };
  /** Drop a held dump, keeping the record of the run. */
  'ingest.discard': { queue: 'ingest'; payload: RunPayload; result: RunOutcome };
  /** Fetch a configured source and enqueue a run when it changed (scheduled). */
  'ingest.refresh-source': { queue: 'ingest'; payload: { code: string }; result: RefreshOutcome };
  /** Give a `webhooks.deliver` job to every subscription with a delivery due (after a run, and on a schedule). */
  'webhooks.dispatch': { queue: 'webhooks'; payload: Record<string, never>; result: DispatchOutcome };
  /** Deliver what is due to one subscription, in sequence order. */
  'webhooks.deliver': { queue: 'webhooks'; payload: { subscriptionId: string }; result: DeliveryRun };
}

export type JobName = keyof JobCatalogue;
export type JobPayload<N extends JobName> = JobCatalogue[N]['payload'];
export type JobResult<N extends JobName> = JobCatalogue[N]['result'];

export interface JobOf<N extends JobName> {
  name: N;
  payload: JobPayload<N>;
}

/** Any job, discriminated by `name`. */
export type AnyJob = { [N in JobName]: JobOf<N> }[JobName];

/** Typed as a mapped type so that a job missing here fails to compile. */
export const JOB_QUEUES: { readonly [N in JobName]: JobCatalogue[N]['queue'] } = {
  'ingest.dump': 'ingest',
  'ingest.release': 'ingest',
  'ingest.discard': 'ingest',
  'ingest.refresh-source': 'ingest',
  'webhooks.dispatch': 'webhooks',
  'webhooks.deliver': 'webhooks',
};

export const JOB_NAMES = Object.keys(JOB_QUEUES) as readonly JobName[];

export function isJobName(name: string): name is JobName {
  return Object.hasOwn(JOB_QUEUES, name);
}

/** Pairs a name with its payload; TypeScript cannot narrow a generic name to one member of `AnyJob` itself. */
export function jobOf<N extends JobName>(name: N, payload: JobPayload<N>): AnyJob {
  return { name, payload } as AnyJob;
}
