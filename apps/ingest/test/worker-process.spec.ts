import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { Queue } from 'bullmq';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { BullMqQueueAdapter } from '../src/queue/bullmq-queue.adapter.js';
import { bullMqAdapter, deleteKeys, redisTestUrl, uniquePrefix } from './support/redis.js';

const workerScript = fileURLToPath(new URL('./support/stand-in-worker.mjs', import.meta.url));
const builtEntry = fileURLToPath(new URL('../dist/index.js', import.meta.url));

interface WorkerEvent {
  standIn?: string;
  message?: string;
  runId?: string;
}

/** `legifeed worker` in a child process, as a deployment runs it; its stdout is JSON lines. */
class WorkerProcess {
  readonly events: WorkerEvent[] = [];
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  private readonly child: ChildProcess;
  private readonly stderr: string[] = [];
  private readonly waiters = new Set<() => void>();

  constructor(env: Record<string, string>) {
    this.child = spawn(process.execPath, [workerScript], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    createInterface({ input: this.child.stdout! }).on('line', (line) => {
      this.events.push(JSON.parse(line) as WorkerEvent);
      for (const wake of this.waiters) wake();
    });
    this.child.stderr!.on('data', (chunk: Buffer) => this.stderr.push(chunk.toString()));
    this.exited = new Promise((resolve) => this.child.on('close', (code, signal) => resolve({ code, signal })));
  }

  /** Resolves once the worker printed a line matching `event`. */
  async waitFor(event: WorkerEvent, timeoutMs = 20_000): Promise<void> {
    const matches = (e: WorkerEvent) =>
      Object.entries(event).every(([key, value]) => e[key as keyof WorkerEvent] === value);
    const seen = () => this.events.some(matches);
    if (seen()) return;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        reject(new Error(`worker never printed ${JSON.stringify(event)}; stderr: ${this.stderr.join('')}`));
      }, timeoutMs);
      const check = () => {
        if (!seen()) return;
        clearTimeout(timer);
        this.waiters.delete(check);
        resolve();
      };
      this.waiters.add(check);
    });
  }

  did(event: string, runId: string): boolean {
    return this.events.some((e) => e.standIn === event && e.runId === runId);
  }

  kill(signal: NodeJS.Signals): void {
    this.child.kill(signal);
  }
}

describe('the worker process', () => {
  const prefix = uniquePrefix('worker-process');
  const baseEnv = {
    REDIS_URL: redisTestUrl,
    LEGIFEED_QUEUE_PREFIX: prefix,
    LEGIFEED_JOB_LOCK_MS: '1000',
    LEGIFEED_STALLED_CHECK_MS: '500',
  };
  const workers: WorkerProcess[] = [];
  const startWorker = async (env: Record<string, string>) => {
    const worker = new WorkerProcess({ ...baseEnv, ...env });
    workers.push(worker);
    await worker.waitFor({ standIn: 'ready' });
    return worker;
  };
  let producer: BullMqQueueAdapter;
  let inspector: Queue;
  const stateOf = (jobId: string) => inspector.getJobState(jobId);

  beforeAll(() => {
    if (!existsSync(builtEntry)) throw new Error('the worker runs the built app: npm run build -w @legifeed/ingest');
    producer = bullMqAdapter(prefix);
    inspector = new Queue('ingest', { connection: { url: redisTestUrl }, prefix });
  });
  afterEach(async () => {
    for (const worker of workers.splice(0)) {
      worker.kill('SIGKILL');
      await worker.exited;
    }
  });
  afterAll(async () => {
    await producer.close();
    await inspector.close();
    await deleteKeys(prefix);
  });

  it('finishes, on another worker, a job whose worker was killed mid-way, and keeps the code in order', async () => {
    const killed = await startWorker({ STAND_IN_JOB_MS: '60000' });
    await producer.enqueue('ingest.dump', { runId: 'killed-1', code: 'css' });
    await producer.enqueue('ingest.dump', { runId: 'killed-2', code: 'css' });
    await killed.waitFor({ standIn: 'started', runId: 'killed-1' });
    killed.kill('SIGKILL');
    await killed.exited;

    const survivor = await startWorker({ STAND_IN_JOB_MS: '100' });
    // Enqueuing a known run again waits on the existing job.
    await expect(producer.enqueueAndWait('ingest.dump', { runId: 'killed-1', code: 'css' })).resolves.toEqual({
      runId: 'killed-1',
      status: 'completed',
      changeIds: [],
    });
    await producer.enqueueAndWait('ingest.dump', { runId: 'killed-2', code: 'css' });
    // The completion can reach Redis before the worker's last line reaches this process.
    await survivor.waitFor({ standIn: 'finished', runId: 'killed-2' });

    expect(killed.did('finished', 'killed-1')).toBe(false);
    expect(killed.did('started', 'killed-2')).toBe(false);
    const order = survivor.events.filter((e) => e.standIn === 'started' || e.standIn === 'finished');
    expect(order.map((e) => `${e.standIn} ${e.runId}`)).toEqual([
      'started killed-1',
      'finished killed-1',
      'started killed-2',
      'finished killed-2',
    ]);
    const recovered = await inspector.getJob('ingest.dump/killed-1');
    expect(recovered?.stalledCounter).toBe(1);
  });

  it('on SIGTERM, lets the active job finish, takes no new job, and exits', async () => {
    const worker = await startWorker({ STAND_IN_JOB_MS: '1500', LEGIFEED_SHUTDOWN_TIMEOUT_MS: '20000' });
    await producer.enqueue('ingest.dump', { runId: 'graceful-1', code: 'css' });
    await worker.waitFor({ standIn: 'started', runId: 'graceful-1' });
    worker.kill('SIGTERM');
    await worker.waitFor({ message: 'closing the queue' });
    await producer.enqueue('ingest.dump', { runId: 'graceful-2', code: 'crpa' });

    const exit = await worker.exited;
    expect(exit.signal ?? exit.code).toBe('SIGTERM');
    expect(worker.did('finished', 'graceful-1')).toBe(true);
    expect(worker.did('started', 'graceful-2')).toBe(false);
    expect(await stateOf('ingest.dump/graceful-1')).toBe('completed');
    expect(await stateOf('ingest.dump/graceful-2')).toBe('waiting');
  });

  it('on SIGTERM, hands a job that outlasts the shutdown timeout back to the queue at once', async () => {
    // A long lock: only the hand-back, not the stalled check, can return the job within this test.
    const worker = await startWorker({
      STAND_IN_JOB_MS: '60000',
      LEGIFEED_SHUTDOWN_TIMEOUT_MS: '300',
      LEGIFEED_JOB_LOCK_MS: '60000',
    });
    await producer.enqueue('ingest.dump', { runId: 'handed-back-1', code: 'cgct' });
    await worker.waitFor({ standIn: 'started', runId: 'handed-back-1' });
    worker.kill('SIGTERM');
    await worker.exited;
    expect(worker.did('finished', 'handed-back-1')).toBe(false);
    expect(await stateOf('ingest.dump/handed-back-1')).toBe('waiting');

    await startWorker({ STAND_IN_JOB_MS: '100' });
    await expect(producer.enqueueAndWait('ingest.dump', { runId: 'handed-back-1', code: 'cgct' })).resolves.toEqual({
      runId: 'handed-back-1',
      status: 'completed',
      changeIds: [],
    });
    // Started twice, but handing back did not spend an attempt: only the run that completed counts.
    const job = await inspector.getJob('ingest.dump/handed-back-1');
    expect([job?.attemptsStarted, job?.attemptsMade]).toEqual([2, 1]);
  });
});
