import { resolve } from 'node:path';
import { CronExpressionParser } from 'cron-parser';
import { envReader, type Env } from './env-reader.js';

/** Everything the ingest side reads from the environment, validated once at start-up. */
export interface IngestConfig {
  /** BullMQ on this Redis; null runs jobs in-process (inline queue). */
  redisUrl: string | null;
  /** PostgreSQL; null uses embedded PGlite in `dataDir`. */
  databaseUrl: string | null;
  dataDir: string;
  adminToken: string | null;
  /** Sources re-ingested on `refreshCron` (UTC). */
  sources: readonly SourceConfig[];
  refreshCron: string;
  queue: QueueConfig;
}

export interface SourceConfig {
  code: string;
  /** An http(s) URL or a file path. */
  location: string;
}

export interface QueueConfig {
  /** Redis key prefix of every queue. */
  prefix: string;
  /** Jobs one worker runs at once (jobs of one code still run one at a time). */
  concurrency: number;
  /** How long a job stays locked to a worker that stopped renewing the lock (crashed) before it comes back. */
  lockDurationMs: number;
  /** How often workers look for jobs whose lock expired. */
  stalledIntervalMs: number;
  /** How long a stopping worker waits for active jobs before handing them back. */
  shutdownTimeoutMs: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const CODE_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MIN_ADMIN_TOKEN_LENGTH = 16;

/** Reads every variable, collects one message per wrong one, and throws them all together. */
export function loadConfig(env: Env): IngestConfig {
  const problems: string[] = [];
  const read = envReader(env, problems);

  const config: IngestConfig = {
    redisUrl: read('REDIS_URL', null, urlWithScheme(['redis:', 'rediss:'])),
    databaseUrl: read('DATABASE_URL', null, urlWithScheme(['postgres:', 'postgresql:'])),
    dataDir: read('LEGIFEED_DATA_DIR', resolve('data'), (raw) => resolve(raw)),
    adminToken: read('LEGIFEED_ADMIN_TOKEN', null, adminToken),
    sources: read('LEGIFEED_SOURCES', [], parseSources),
    refreshCron: read('LEGIFEED_REFRESH_CRON', '0 6 * * *', cronPattern),
    queue: {
      prefix: read('LEGIFEED_QUEUE_PREFIX', 'legifeed', keyPrefix),
      concurrency: read('LEGIFEED_INGEST_CONCURRENCY', 2, wholeNumber(1)),
      lockDurationMs: read('LEGIFEED_JOB_LOCK_MS', 30_000, wholeNumber(500)),
      stalledIntervalMs: read('LEGIFEED_STALLED_CHECK_MS', 30_000, wholeNumber(100)),
      shutdownTimeoutMs: read('LEGIFEED_SHUTDOWN_TIMEOUT_MS', 30_000, wholeNumber(0)),
    },
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

function urlWithScheme(schemes: readonly string[]) {
  return (raw: string): string => {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      throw new Error(`not a URL: "${raw}"`);
    }
    if (!schemes.includes(url.protocol)) {
      throw new Error(`must start with ${schemes.map((scheme) => `${scheme}//`).join(' or ')}`);
    }
    return raw;
  };
}

function adminToken(raw: string): string {
  if (raw.length < MIN_ADMIN_TOKEN_LENGTH) throw new Error(`must be at least ${MIN_ADMIN_TOKEN_LENGTH} characters`);
  return raw;
}

function keyPrefix(raw: string): string {
  if (!/^[A-Za-z0-9_-]+$/.test(raw)) throw new Error(`letters, digits, "-" and "_" only, got "${raw}"`);
  return raw;
}

function wholeNumber(min: number) {
  return (raw: string): number => {
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min) throw new Error(`must be a whole number ≥ ${min}, got "${raw}"`);
    return value;
  };
}

function cronPattern(raw: string): string {
  try {
    CronExpressionParser.parse(raw);
  } catch (error) {
    throw new Error(`not a cron pattern ("${raw}"): ${(error as Error).message}`);
  }
  return raw;
}

/** `code=location` pairs separated by commas, e.g. `cgct=https://…/train.parquet,crpa=/data/crpa.jsonl`. */
function parseSources(raw: string): SourceConfig[] {
  const sources: SourceConfig[] = [];
  for (const entry of raw.split(',').map((part) => part.trim()).filter(Boolean)) {
    const separator = entry.indexOf('=');
    const code = entry.slice(0, Math.max(separator, 0)).trim();
    const location = entry.slice(separator + 1).trim();
    if (separator <= 0 || location === '') throw new Error(`expected code=location, got "${entry}"`);
    if (!CODE_SLUG.test(code)) throw new Error(`"${code}" is not a code slug (lower-case words joined by "-")`);
    if (sources.some((source) => source.code === code)) throw new Error(`${code} is listed twice`);
    sources.push({ code, location });
  }
  return sources;
}
