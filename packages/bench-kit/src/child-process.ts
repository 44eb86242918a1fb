import { spawn } from 'node:child_process';

/**
 * Runs `node <script> ...args` and returns the JSON of the last line it printed on stdout; its stderr goes to
 * ours. A measure taken in a process of its own, so that its peak RSS is its own.
 */
export async function measureInChild<T>(script: string, args: readonly string[] = [], env?: NodeJS.ProcessEnv): Promise<T> {
  const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'inherit'], env });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (text: string) => (output += text));
  const [code, error] = await new Promise<[number | null, Error | null]>((resolve) => {
    child.on('error', (failure) => resolve([null, failure]));
    child.on('close', (exitCode) => resolve([exitCode, null]));
  });
  if (error !== null || code !== 0) {
    throw new Error(`${script} ${args.join(' ')}: exited with ${error?.message ?? code}`);
  }
  const last = output.trim().split('\n').at(-1);
  if (last === undefined || last === '') throw new Error(`${script} ${args.join(' ')}: printed nothing on stdout`);
  return JSON.parse(last) as T;
}

/** This process's peak resident set size so far, in kB (as `process.resourceUsage()` gives it). */
export function peakRssKb(): number {
  return process.resourceUsage().maxRSS;
}
