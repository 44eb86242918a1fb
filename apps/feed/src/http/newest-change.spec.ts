import { describe, expect, it, vi } from 'vitest';
import type { FeedConfig } from '../config/feed-config.js';
import type { PublishedChangeRepository } from '../storage/published-change.repository.js';
import { NewestChange } from './newest-change.js';

function newestChange(freshnessMs: number, sequences: number[]) {
  const newestSequence = vi.fn(async () => sequences.shift() ?? 0);
  const repository = { newestSequence } as unknown as PublishedChangeRepository;
  return { newest: new NewestChange(repository, { freshnessMs } as FeedConfig), newestSequence };
}

describe('NewestChange', () => {
  it('asks storage once per window, concurrent callers sharing the question', async () => {
    vi.useFakeTimers({ toFake: ['performance'] });
    try {
      const { newest, newestSequence } = newestChange(1000, [7, 9]);
      expect(newest.sequenceIfFresh()).toBeNull();
      expect(await Promise.all([newest.sequence(), newest.sequence()])).toEqual([7, 7]);
      vi.advanceTimersByTime(999);
      expect(newest.sequenceIfFresh()).toBe(7);
      expect(await newest.sequence()).toBe(7);
      vi.advanceTimersByTime(1);
      expect(newest.sequenceIfFresh()).toBeNull();
      expect(await newest.sequence()).toBe(9);
      expect(newestSequence).toHaveBeenCalledTimes(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('asks every time with a window of 0', async () => {
    const { newest, newestSequence } = newestChange(0, [1, 2, 3]);
    expect([await newest.sequence(), await newest.sequence(), await newest.sequence()]).toEqual([1, 2, 3]);
    expect(newest.sequenceIfFresh()).toBeNull();
    expect(newestSequence).toHaveBeenCalledTimes(3);
  });
});
