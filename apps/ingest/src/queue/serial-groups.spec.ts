import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { SerialGroups } from './serial-groups.js';

describe('SerialGroups', () => {
  it('runs tasks of one key in submission order, one at a time, even when one fails', async () => {
    const groups = new SerialGroups();
    const events: string[] = [];
    const task = (name: string, ms: number, fail = false) => async () => {
      events.push(`${name} start`);
      await sleep(ms);
      events.push(`${name} end`);
      if (fail) throw new Error(`${name} failed`);
      return name;
    };
    const results = await Promise.allSettled([
      groups.run('css', task('a', 30, true)),
      groups.run('css', task('b', 1)),
      groups.run('crpa', task('c', 10)),
    ]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'fulfilled', 'fulfilled']);
    expect(events.filter((e) => !e.startsWith('c'))).toEqual(['a start', 'a end', 'b start', 'b end']);
    // The other key did not wait for the first one.
    expect(events.indexOf('c end')).toBeLessThan(events.indexOf('a end'));
  });
});
