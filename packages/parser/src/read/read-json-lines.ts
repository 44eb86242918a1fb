import type { ReadItem } from '../types.js';
import { toReadItem } from './read-item.js';
import { textLines } from './text-lines.js';

/**
 * One JSON object a line. The row number is the line number, so it points into the file: blank lines yield
 * nothing but still count.
 */
export async function* readJsonLines(bytes: AsyncIterable<Buffer>, file: string): AsyncGenerator<ReadItem> {
  for await (const { number, text } of textLines(bytes)) {
    if (text.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      yield { kind: 'error', file, row: number, field: 'json', message: `invalid JSON: ${(error as Error).message}` };
      continue;
    }
    yield toReadItem(value, file, number);
  }
}
