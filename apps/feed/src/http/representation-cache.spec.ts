import { describe, expect, it, vi } from 'vitest';
import type { NewestChange } from './newest-change.js';
import { RepresentationCache } from './representation-cache.js';
import { representation } from './representation.js';

function cacheAt(sequence: { current: number; fresh: boolean }) {
  const newest = {
    sequence: async () => sequence.current,
    sequenceIfFresh: () => (sequence.fresh ? sequence.current : null),
  } as unknown as NewestChange;
  return new RepresentationCache(newest);
}

describe('RepresentationCache', () => {
  it('renders once per newest sequence, and again when a change is recorded', async () => {
    const sequence = { current: 35, fresh: true };
    const cache = cacheAt(sequence);
    const render = vi.fn(async () => representation(`rendered at ${sequence.current}`, 'text/plain'));
    const first = await cache.get('/feeds/changes.atom', render);
    expect(await cache.get('/feeds/changes.atom', render)).toBe(first);
    expect(cache.peek('/feeds/changes.atom')).toBe(first);
    sequence.current = 36;
    expect(cache.peek('/feeds/changes.atom')).toBeNull();
    expect((await cache.get('/feeds/changes.atom', render)).body.toString()).toBe('rendered at 36');
    expect(render).toHaveBeenCalledTimes(2);
  });

  it('shares one rendering between concurrent misses', async () => {
    const cache = cacheAt({ current: 1, fresh: true });
    const render = vi.fn(async () => representation('body', 'text/plain'));
    const [a, b] = await Promise.all([cache.get('/a', render), cache.get('/a', render)]);
    expect(a).toBe(b);
    expect(render).toHaveBeenCalledTimes(1);
  });

  it('answers peek only while the newest sequence is known fresh', async () => {
    const sequence = { current: 1, fresh: true };
    const cache = cacheAt(sequence);
    await cache.get('/a', async () => representation('body', 'text/plain'));
    sequence.fresh = false;
    expect(cache.peek('/a')).toBeNull();
    expect(cache.peek('/unknown')).toBeNull();
  });

  it('keeps nothing from a failed rendering', async () => {
    const cache = cacheAt({ current: 1, fresh: true });
    await expect(cache.get('/a', async () => Promise.reject(new Error('bad filter')))).rejects.toThrow('bad filter');
    expect(cache.peek('/a')).toBeNull();
  });
});
