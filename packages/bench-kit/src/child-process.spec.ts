import { describe, expect, it } from 'vitest';
import { measureInChild, peakRssKb } from './child-process.js';

describe('measureInChild', () => {
  it("returns the JSON of the child's last stdout line, with the child's own peak RSS", async () => {
    const source = `console.log('progress'); console.log(JSON.stringify({ arg: process.argv[1], maxRssKb: process.resourceUsage().maxRSS }))`;
    const measured = await measureInChild<{ arg: string; maxRssKb: number }>('-e', [source, 'case-a']);
    expect(measured.arg).toBe('case-a');
    expect(measured.maxRssKb).toBeGreaterThan(1024);
  });

  it('names the script and its exit code when the child fails', async () => {
    await expect(measureInChild('-e', ['process.exit(3)'])).rejects.toThrow('-e process.exit(3): exited with 3');
  });
});

describe('peakRssKb', () => {
  it("is this process's peak RSS in kB", () => {
    expect(peakRssKb()).toBeGreaterThanOrEqual(process.memoryUsage().rss / 1024 / 2);
  });
});
