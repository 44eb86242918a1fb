export interface DatabaseConfig {
  /** `postgres://…`: use that PostgreSQL server. Absent: embedded PGlite in `dataDir`. */
  url?: string;
  /** Where embedded storage lives (default `./data`). */
  dataDir?: string;
}

export const DEFAULT_DATA_DIR = './data';

/** Reads `DATABASE_URL` and `LEGIFEED_DATA_DIR` once, at start-up. */
export function databaseConfigFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  const url = env.DATABASE_URL?.trim() || undefined;
  if (url !== undefined && !/^postgres(ql)?:\/\//.test(url)) {
    throw new Error(
      `DATABASE_URL must start with postgres:// or postgresql:// (got "${url}"); unset it to use embedded storage`,
    );
  }
  const dataDir = env.LEGIFEED_DATA_DIR?.trim() || DEFAULT_DATA_DIR;
  return url === undefined ? { dataDir } : { url, dataDir };
}
