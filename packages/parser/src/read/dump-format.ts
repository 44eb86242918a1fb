import { DumpReadError } from '../types.js';

export type DumpFormat = 'jsonl' | 'jsonl.gz' | 'json' | 'parquet';

/** Longest suffix first, so `.jsonl.gz` wins over a bare `.gz`. */
const SUFFIXES: ReadonlyArray<readonly [string, DumpFormat]> = [
  ['.jsonl.gz', 'jsonl.gz'],
  ['.jsonl', 'jsonl'],
  ['.json', 'json'],
  ['.parquet', 'parquet'],
];

export function isUrl(source: string): boolean {
  return /^https?:\/\//i.test(source);
}

/** The format a dump is in, from its file extension (for a URL, the extension of its path, query ignored). */
export function formatOf(source: string): DumpFormat {
  const name = (isUrl(source) ? new URL(source).pathname : source).toLowerCase();
  const match = SUFFIXES.find(([suffix]) => name.endsWith(suffix));
  if (!match) {
    throw new DumpReadError(source, 'unknown dump format: expected .jsonl, .jsonl.gz, .json or .parquet');
  }
  return match[1];
}
