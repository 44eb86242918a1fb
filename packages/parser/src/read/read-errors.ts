import { DumpReadError } from '../types.js';

/** Turns any failure while reading into one DumpReadError naming the file; errors already named pass through. */
export async function* namingFailures<T>(file: string, items: AsyncIterable<T>): AsyncGenerator<T> {
  try {
    yield* items;
  } catch (error) {
    throw asDumpReadError(file, error);
  }
}

export function asDumpReadError(file: string, error: unknown): DumpReadError {
  if (error instanceof DumpReadError) return error;
  return new DumpReadError(file, describe(error), { cause: error });
}

function describe(error: unknown): string {
  const { code, message } = error as NodeJS.ErrnoException;
  switch (code) {
    case 'Z_BUF_ERROR':
      return `truncated gzip: ${message}`;
    case 'Z_DATA_ERROR':
      return `corrupt gzip: ${message}`;
    case 'ENOENT':
      return 'no such file';
    default:
      return message ?? String(error);
  }
}
