import { describe, expect, it } from 'vitest';
import { jobIdFor, jobOptionsFor } from './job-options.js';
import { JOB_NAMES } from './jobs.js';

describe('jobOptionsFor', () => {
  it('derives the id of run jobs from the run, so enqueuing a run twice enqueues it once', () => {
    const first = jobOptionsFor({ name: 'ingest.dump', payload: { runId: '42', code: 'css' } });
    const again = jobOptionsFor({ name: 'ingest.dump', payload: { runId: '42', code: 'css' } });
    expect(first.jobId).toBe('ingest.dump/42');
    expect(again.jobId).toBe(first.jobId);
    const release = jobOptionsFor({ name: 'ingest.release', payload: { runId: '42', code: 'css' } });
    expect(release.jobId).toBe('ingest.release/42');
  });

  it('never uses ":" in a job id, which BullMQ rejects', () => {
    const options = jobOptionsFor({ name: 'ingest.discard', payload: { runId: '7', code: 'crpa' } });
    expect(jobIdFor('ingest.discard', options)).not.toContain(':');
    const refresh = jobOptionsFor({ name: 'ingest.refresh-source', payload: { code: 'crpa' } });
    expect(jobIdFor('ingest.refresh-source', refresh)).not.toContain(':');
  });

  it('puts every job of one code in one group, and other codes in other groups', () => {
    const groups = [
      jobOptionsFor({ name: 'ingest.dump', payload: { runId: '1', code: 'css' } }),
      jobOptionsFor({ name: 'ingest.release', payload: { runId: '2', code: 'css' } }),
      jobOptionsFor({ name: 'ingest.discard', payload: { runId: '3', code: 'css' } }),
      jobOptionsFor({ name: 'ingest.refresh-source', payload: { code: 'css' } }),
    ].map((options) => options.groupKey);
    expect(new Set(groups)).toEqual(new Set(['code/css']));
    expect(jobOptionsFor({ name: 'ingest.dump', payload: { runId: '1', code: 'crpa' } }).groupKey).toBe('code/crpa');
  });

  it('gives each scheduled source check a fresh id', () => {
    const options = jobOptionsFor({ name: 'ingest.refresh-source', payload: { code: 'cgct' } });
    expect(options.jobId).toBeNull();
    const ids = new Set([jobIdFor('ingest.refresh-source', options), jobIdFor('ingest.refresh-source', options)]);
    expect(ids.size).toBe(2);
  });

  it('retries run jobs with a growing delay and keeps failed jobs longer than completed ones', () => {
    const options = jobOptionsFor({ name: 'ingest.dump', payload: { runId: '1', code: 'css' } });
    expect(options.attempts).toBeGreaterThan(1);
    expect(options.backoff.type).toBe('exponential');
    expect(options.keepFailed.ageSeconds).toBeGreaterThan(options.keepCompleted.ageSeconds);
  });

  it('has options for every job name', () => {
    for (const name of JOB_NAMES) {
      const payload = name === 'ingest.refresh-source' ? { code: 'css' } : { runId: '1', code: 'css' };
      const options = jobOptionsFor({ name, payload } as Parameters<typeof jobOptionsFor>[0]);
      expect(options.attempts, name).toBeGreaterThanOrEqual(1);
    }
  });
});
