import type { Redis } from 'ioredis';

// Each group is a Redis list of job ids in arrival order; only the job at its head may run. The turn belongs
// to the job, not to a worker, so a worker killed mid-job keeps the turn for that job until BullMQ's stalled
// check hands the job to another worker, and no lock timeout can let a second job of the group in meanwhile.

/** Appends the job unless it is already queued in the group; returns the head. */
const JOIN = `
if not redis.call('LPOS', KEYS[1], ARGV[1]) then redis.call('RPUSH', KEYS[1], ARGV[1]) end
return redis.call('LINDEX', KEYS[1], 0)`;

/** Removes the job wherever it stands; returns the new head. */
const LEAVE = `
redis.call('LREM', KEYS[1], 1, ARGV[1])
return redis.call('LINDEX', KEYS[1], 0)`;

/** Removes the head only if it still is the given job (another worker may have removed it first). */
const DROP_HEAD = `
if redis.call('LINDEX', KEYS[1], 0) == ARGV[1] then redis.call('LPOP', KEYS[1]) end
return redis.call('LINDEX', KEYS[1], 0)`;

/** Per-group FIFO turns shared by every worker on one Redis. */
export class RedisJobGroups {
  constructor(
    private readonly redis: Redis,
    private readonly keyPrefix: string,
  ) {}

  async join(groupKey: string, jobId: string): Promise<void> {
    await this.run(JOIN, groupKey, jobId);
  }

  /**
   * Whether `jobId` may run now. A head that is no longer pending (completed, failed for good, or removed)
   * lost its turn without leaving, e.g. when its worker died after finishing it: it is dropped here.
   */
  async takeTurn(groupKey: string, jobId: string, isPending: (jobId: string) => Promise<boolean>): Promise<boolean> {
    let head = await this.run(JOIN, groupKey, jobId);
    while (head !== null && head !== jobId && !(await isPending(head))) {
      head = await this.run(DROP_HEAD, groupKey, head);
    }
    return head === jobId;
  }

  /** Returns the job whose turn it now is, if any. */
  leave(groupKey: string, jobId: string): Promise<string | null> {
    return this.run(LEAVE, groupKey, jobId);
  }

  private async run(script: string, groupKey: string, jobId: string): Promise<string | null> {
    const head = await this.redis.eval(script, 1, `${this.keyPrefix}:${groupKey}`, jobId);
    return typeof head === 'string' ? head : null;
  }
}
