import { StringDecoder } from 'node:string_decoder';

export interface NumberedLine {
  /** 1-based line number in the decoded text. */
  number: number;
  text: string;
}

/**
 * Splits a byte stream into UTF-8 lines, numbered from 1. A trailing "\r" and a leading byte-order mark are
 * dropped; a last line without a newline is still a line.
 */
export async function* textLines(bytes: AsyncIterable<Buffer>): AsyncGenerator<NumberedLine> {
  const decoder = new StringDecoder('utf8');
  let pending = '';
  let number = 0;
  for await (const chunk of bytes) {
    pending += decoder.write(chunk);
    let start = 0;
    let end: number;
    while ((end = pending.indexOf('\n', start)) !== -1) {
      yield { number: ++number, text: withoutLineEnding(pending.slice(start, end), number) };
      start = end + 1;
    }
    pending = pending.slice(start);
  }
  pending += decoder.end();
  if (pending !== '') yield { number: ++number, text: withoutLineEnding(pending, number) };
}

function withoutLineEnding(line: string, number: number): string {
  const text = line.endsWith('\r') ? line.slice(0, -1) : line;
  return number === 1 && text.startsWith('\uFEFF') ? text.slice(1) : text;
}
