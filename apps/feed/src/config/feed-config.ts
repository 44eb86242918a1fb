import { databaseConfigFromEnv, type DatabaseConfig } from '@legifeed/db';

/** What the publishing app reads from the environment, validated once at start-up. */
export interface FeedConfig {
  /** Where to listen; 0 picks a free port. */
  port: number;
  /**
   * The public address of the site, for the absolute links of feeds and of the API (no trailing slash); null for
   * http://localhost and the port the server listens on.
   */
  baseUrl: string | null;
  database: DatabaseConfig;
  /**
   * How long the newest change sequence is trusted before storage is asked again: within it, cached feeds and
   * lists are served without a query, and may miss a change recorded less than that long ago.
   */
  freshnessMs: number;
}

/** Injection token of the validated `FeedConfig`. */
export const FEED_CONFIG = Symbol('FeedConfig');

export class FeedConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'FeedConfigError';
  }
}

type Env = Readonly<Record<string, string | undefined>>;

export const DEFAULT_PORT = 3000;
export const DEFAULT_FRESHNESS_MS = 1000;

/**
 * Reads `LEGIFEED_PORT` (default 3000), `LEGIFEED_BASE_URL` (default: http://localhost:<port>),
 * `LEGIFEED_FRESHNESS_MS` (default 1000) and the storage variables (`DATABASE_URL`, `LEGIFEED_DATA_DIR`);
 * `overrides` win over the environment (the CLI's --port).
 */
export function loadFeedConfig(env: Env = process.env, overrides: { port?: number } = {}): FeedConfig {
  const problems: string[] = [];
  const port = overrides.port ?? readPort(env.LEGIFEED_PORT, problems);
  const baseUrl = readBaseUrl(env.LEGIFEED_BASE_URL, problems);
  const freshnessMs = readFreshness(env.LEGIFEED_FRESHNESS_MS, problems);
  let database: DatabaseConfig = {};
  try {
    database = databaseConfigFromEnv(env);
  } catch (error) {
    problems.push((error as Error).message);
  }
  if (problems.length > 0) throw new FeedConfigError(problems);
  return { port, baseUrl, database, freshnessMs };
}

function readPort(raw: string | undefined, problems: string[]): number {
  const value = raw?.trim();
  if (value === undefined || value === '') return DEFAULT_PORT;
  const port = Number(value);
  if (Number.isInteger(port) && port >= 0 && port <= 65_535) return port;
  problems.push(`LEGIFEED_PORT: must be a whole number from 0 to 65535, got "${value}"`);
  return DEFAULT_PORT;
}

function readFreshness(raw: string | undefined, problems: string[]): number {
  const value = raw?.trim();
  if (value === undefined || value === '') return DEFAULT_FRESHNESS_MS;
  const ms = Number(value);
  if (/^\d+$/.test(value) && ms <= 60_000) return ms;
  problems.push(`LEGIFEED_FRESHNESS_MS: must be a whole number of milliseconds from 0 to 60000, got "${value}"`);
  return DEFAULT_FRESHNESS_MS;
}

function readBaseUrl(raw: string | undefined, problems: string[]): string | null {
  const value = raw?.trim();
  if (value === undefined || value === '') return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    problems.push(`LEGIFEED_BASE_URL: not a URL: "${value}"`);
    return value;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    problems.push(`LEGIFEED_BASE_URL: must start with http:// or https://, got "${value}"`);
  } else if (url.search !== '' || url.hash !== '') {
    problems.push(`LEGIFEED_BASE_URL: must not carry a query or a fragment, got "${value}"`);
  }
  return value.replace(/\/+$/, '');
}
