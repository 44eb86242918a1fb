import { describe, expect, it } from 'vitest';
import { bestOf } from './best-of.js';

describe('bestOf', () => {
  it('runs the measure the given number of times and keeps the fastest', async () => {
    const figures = [3, 1, 2];
    let calls = 0;
    const best = await bestOf(3, async () => ({ seconds: figures[calls++]! }), (value) => value.seconds);
    expect(calls).toBe(3);
    expect(best).toEqual({ seconds: 1 });
  });
});
