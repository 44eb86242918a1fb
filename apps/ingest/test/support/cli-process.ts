import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { REPO_ROOT } from './real-dumps.js';

const BIN = `${REPO_ROOT}bin/legifeed.mjs`;
const BUILT_CLI = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));

export function assertBuilt(): void {
  if (!existsSync(BUILT_CLI)) throw new Error('the CLI runs the built app: npm run build -w @legifeed/ingest');
}

/** The environment of a user's shell with only these legifeed variables set (blank means unset). */
export function cliEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const blank = { DATABASE_URL: '', REDIS_URL: '', LEGIFEED_ADMIN_TOKEN: '', LEGIFEED_SOURCES: '' };
  return { ...process.env, ...blank, ...env };
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** stderr without the progress lines a command prints when stderr is not a terminal. */
export function withoutProgress(stderr: string): string {
  return stderr.replace(/^dump run \d+ .*: [\d,]+(\/[\d,]+)? rows( read)?\n/gm, '');
}

/** `legifeed <args>` from the repository root, as a user types it. */
export function legifeed(args: readonly string[], env: Record<string, string>): Promise<CliResult> {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: REPO_ROOT, env: cliEnv(env) });
  const stdout: string[] = [];
  const stderr: string[] = [];
  child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: stdout.join(''), stderr: stderr.join('') }));
  });
}

/** A long-running process (a server, a worker) whose stdout lines are JSON. */
export class JsonLinesProcess {
  readonly lines: Record<string, unknown>[] = [];
  readonly exited: Promise<number | null>;
  private readonly child: ChildProcess;
  private readonly stderr: string[] = [];
  private readonly waiters = new Set<() => void>();

  constructor(args: readonly string[], env: NodeJS.ProcessEnv) {
    this.child = spawn(process.execPath, args, { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    createInterface({ input: this.child.stdout! }).on('line', (line) => {
      try {
        this.lines.push(JSON.parse(line) as Record<string, unknown>);
      } catch {
        this.lines.push({ text: line });
      }
      for (const wake of this.waiters) wake();
    });
    this.child.stderr!.on('data', (chunk: Buffer) => this.stderr.push(chunk.toString()));
    this.exited = new Promise((resolve) => this.child.on('close', (code) => resolve(code)));
  }

  get pid(): number {
    return this.child.pid as number;
  }

  /** The first line matching, once printed. */
  async waitFor(matches: (line: Record<string, unknown>) => boolean, timeoutMs = 30_000): Promise<Record<string, unknown>> {
    const found = () => this.lines.find(matches);
    return (
      found() ??
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          this.waiters.delete(check);
          reject(new Error(`no such line within ${timeoutMs} ms; stderr: ${this.stderr.join('')}`));
        }, timeoutMs);
        const check = () => {
          const line = found();
          if (line === undefined) return;
          clearTimeout(timer);
          this.waiters.delete(check);
          resolve(line);
        };
        this.waiters.add(check);
      })
    );
  }

  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
    this.child.kill(signal);
    return this.exited;
  }
}
