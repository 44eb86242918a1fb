import { JSONParser } from '@streamparser/json';
import { DumpReadError, type ReadItem } from '../types.js';
import { toReadItem } from './read-item.js';

/**
 * A top-level JSON array, parsed element by element so the whole file is never held in memory. The row number
 * is the element's 1-based position. A syntax error cannot be skipped in a single document, so it fails the
 * whole file (after the elements before it).
 */
export async function* readJsonArray(bytes: AsyncIterable<Buffer>, file: string): AsyncGenerator<ReadItem> {
  const parser = new JSONParser({ paths: ['$.*'], keepStack: false });
  let parsed: ReadItem[] = [];
  parser.onValue = ({ value, key }) => {
    parsed.push(toReadItem(value, file, (key as number) + 1));
  };
  let checkedStart = false;
  try {
    for await (const chunk of bytes) {
      if (!checkedStart) checkedStart = assertArrayStart(chunk, file);
      parser.write(chunk);
      yield* parsed;
      parsed = [];
    }
    if (!checkedStart) throw new DumpReadError(file, 'empty file: expected a JSON array');
    if (!parser.isEnded) parser.end();
  } catch (error) {
    if (error instanceof DumpReadError) throw error;
    throw new DumpReadError(file, `invalid JSON: ${(error as Error).message}`, { cause: error });
  }
  yield* parsed;
}

/** True once the first significant byte has been seen (and is "["); false while the chunk is only blank. */
function assertArrayStart(chunk: Buffer, file: string): boolean {
  const text = chunk.toString('utf8', 0, Math.min(chunk.length, 64)).replace(/^\uFEFF/, '').trimStart();
  if (text === '') return false;
  if (!text.startsWith('[')) throw new DumpReadError(file, 'expected a top-level JSON array');
  return true;
}
