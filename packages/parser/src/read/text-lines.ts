export interface NumberedLine {
  /** 1-based line number in the decoded text. */
  number: number;
  text: string;
}

const NEWLINE = 0x0a;

/**
 * Splits a byte stream into UTF-8 lines, numbered from 1. A trailing "\r" and a leading byte-order mark are
 * dropped; a last line without a newline is still a line.
 *
 * Lines are cut in the bytes and each is decoded on its own: a newline byte never occurs inside a multi-byte
 * character, and decoding whole chunks first, then cutting the strings, copied every character twice more
 * (a third of everything the normalisation of a dump allocated).
 */
export async function* textLines(bytes: AsyncIterable<Uint8Array>): AsyncGenerator<NumberedLine> {
  /** The start of a line that began in an earlier chunk. */
  let carried: Buffer | null = null;
  let number = 0;
  for await (const chunk of bytes) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let start = 0;
    let end: number;
    while ((end = buffer.indexOf(NEWLINE, start)) !== -1) {
      const line: string = carried
        ? Buffer.concat([carried, buffer.subarray(start, end)]).toString('utf8')
        : buffer.toString('utf8', start, end);
      carried = null;
      yield { number: ++number, text: withoutLineEnding(line, number) };
      start = end + 1;
    }
    if (start < buffer.length) {
      carried = carried ? Buffer.concat([carried, buffer.subarray(start)]) : buffer.subarray(start);
    }
  }
  if (carried) yield { number: ++number, text: withoutLineEnding(carried.toString('utf8'), number) };
}

function withoutLineEnding(line: string, number: number): string {
  const text = line.endsWith('\r') ? line.slice(0, -1) : line;
  return number === 1 && text.startsWith('\uFEFF') ? text.slice(1) : text;
}
