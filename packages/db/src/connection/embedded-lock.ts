import { link, mkdir, readFile, rename, rm, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * PGlite is a single-connection database inside one process: two processes opening one data directory would
 * corrupt it. The first opener writes a lock file naming itself; later openers read it and refuse, and the CLI
 * uses it to hand work to the owner over HTTP instead.
 */
export interface EmbeddedOwner {
  pid: number;
  /** Where the owner serves HTTP, once it listens; null for an owner without a server. */
  httpPort: number | null;
  /** ISO instant the owner opened the data directory. */
  since: string;
}

export class EmbeddedDatabaseLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly owner: EmbeddedOwner,
  ) {
    const where = owner.httpPort === null ? 'without an HTTP server' : `serving HTTP on port ${owner.httpPort}`;
    super(
      `The embedded database in ${dataDir} is already open in process ${owner.pid} (${where}, since ${owner.since}). ` +
        'PGlite allows one process per data directory: stop that process, hand the work to it, ' +
        'or set DATABASE_URL to use PostgreSQL.',
    );
    this.name = 'EmbeddedDatabaseLockedError';
  }
}

export function embeddedLockPath(dataDir: string): string {
  return join(dataDir, 'owner.lock');
}

/** The live owner of the data directory, or null when none holds it (no lock file, or its process is gone). */
export async function readEmbeddedOwner(dataDir: string): Promise<EmbeddedOwner | null> {
  const owner = await readLockFile(embeddedLockPath(dataDir));
  return owner !== null && isRunning(owner.pid) ? owner : null;
}

export async function acquireEmbeddedLock(dataDir: string): Promise<EmbeddedLock> {
  await mkdir(dataDir, { recursive: true });
  const path = embeddedLockPath(dataDir);
  const owner: EmbeddedOwner = { pid: process.pid, httpPort: null, since: new Date().toISOString() };
  // Two tries: the second follows the removal of a lock left by a process that died without releasing it.
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      await createWithContent(path, JSON.stringify(owner));
      return new EmbeddedLock(path, owner);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const current = await readLockFile(path);
      if (current !== null && isRunning(current.pid)) throw new EmbeddedDatabaseLockedError(dataDir, current);
      await rm(path, { force: true });
    }
  }
  throw new Error(`Cannot take the lock ${path}: another process keeps recreating it`);
}

export class EmbeddedLock {
  constructor(
    readonly path: string,
    private owner: EmbeddedOwner,
  ) {}

  get httpPort(): number | null {
    return this.owner.httpPort;
  }

  /** Tells later openers where to reach this process (called once the server listens). */
  async announceHttpPort(port: number): Promise<void> {
    this.owner = { ...this.owner, httpPort: port };
    const temporary = `${this.path}.${process.pid}.tmp`;
    await writeFile(temporary, JSON.stringify(this.owner));
    await rename(temporary, this.path);
  }

  async release(): Promise<void> {
    const current = await readLockFile(this.path);
    if (current?.pid === this.owner.pid) await rm(this.path, { force: true });
  }
}

/** Creates `path` whole or not at all (a hard link fails when the name exists), so no reader sees it half written. */
async function createWithContent(path: string, content: string): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, content);
  try {
    await link(temporary, path);
  } finally {
    await unlink(temporary);
  }
}

async function readLockFile(path: string): Promise<EmbeddedOwner | null> {
  let content: string;
  try {
    content = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  try {
    const parsed = JSON.parse(content) as Partial<EmbeddedOwner>;
    if (typeof parsed.pid !== 'number') return null;
    return { pid: parsed.pid, httpPort: parsed.httpPort ?? null, since: parsed.since ?? 'unknown' };
  } catch {
    // Lock files are written whole (see createWithContent), so an unreadable one is not ours: treat it as stale.
    return null;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
