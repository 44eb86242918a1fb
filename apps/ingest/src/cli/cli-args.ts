import { UsageError } from './cli-output.js';

/**
 * Runs node:util's `parseArgs` (strict: unknown options are refused), turning its complaints into usage errors:
 * `commandLine(() => parseArgs({ args, options, allowPositionals: true }))`.
 */
export function commandLine<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** A dump run id as typed: a positive whole number. */
export function runIdArgument(positionals: readonly string[], usage: string): number {
  const [text, ...extra] = positionals;
  const id = Number(text);
  if (text === undefined || extra.length > 0 || !Number.isSafeInteger(id) || id < 1) {
    throw new UsageError(`expected one dump run id: ${usage}`);
  }
  return id;
}

/** A whole number option, or the fallback when absent. */
export function wholeNumberOption(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isSafeInteger(number) || number < 1) throw new UsageError(`--${name} expects a whole number, got "${value}"`);
  return number;
}

/** A TCP port to listen on; 0 takes any free one. */
export function portOption(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new UsageError(`--port expects 0 to 65535, got "${value}"`);
  return port;
}
