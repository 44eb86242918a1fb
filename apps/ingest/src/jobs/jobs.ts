/**
 * Every queue and every job of legifeed, with what each job carries and returns. A new job starts here: the
 * start-up check then refuses to boot until exactly one handler takes it.
 */

/** `webhooks` joins when the feed app delivers them. */
export const QUEUE_NAMES = ['ingest'] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];

/** How a run ended, as the job that drove it reports it. */
export type RunStatus = 'completed' | 'held' | 'failed' | 'discarded';

export interface RunOutcome {
  runId: string;
  status: RunStatus;
}

export interface RefreshOutcome {
  code: string;
  /** The run enqueued for the new dump, or null when the source had not changed. */
  runId: string | null;
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
};

export const JOB_NAMES = Object.keys(JOB_QUEUES) as readonly JobName[];

export function isJobName(name: string): name is JobName {
  return Object.hasOwn(JOB_QUEUES, name);
}

/** Pairs a name with its payload; TypeScript cannot narrow a generic name to one member of `AnyJob` itself. */
export function jobOf<N extends JobName>(name: N, payload: JobPayload<N>): AnyJob {
  return { name, payload } as AnyJob;
}
