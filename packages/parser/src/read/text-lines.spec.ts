import { describe, expect, it } from 'vitest';
import { textLines } from './text-lines.js';

async function linesOf(...chunks: Array<string | Uint8Array>): Promise<Array<[number, string]>> {
  async function* bytes() {
    for (const chunk of chunks) yield typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
  }
  const lines: Array<[number, string]> = [];
  for await (const { number, text } of textLines(bytes())) lines.push([number, text]);
  return lines;
}

describe('textLines', () => {
  it('numbers lines from 1, blank ones included, and keeps a last line without newline', async () => {
    expect(await linesOf('a\n\nb\nc')).toEqual([
      [1, 'a'],
      [2, ''],
      [3, 'b'],
      [4, 'c'],
    ]);
  });

  it('joins a line split across chunks, even inside a multi-byte character', async () => {
    const bytes = Buffer.from('intérêt\nfin\n');
    const inside = bytes.indexOf(Buffer.from('é')) + 1;
    expect(await linesOf(bytes.subarray(0, inside), bytes.subarray(inside))).toEqual([
      [1, 'intérêt'],
      [2, 'fin'],
    ]);
  });

  it('joins a line spread over several chunks', async () => {
    expect(await linesOf('{"a":', '"long', ' line"}\n{"b":', '2}')).toEqual([
      [1, '{"a":"long line"}'],
      [2, '{"b":2}'],
    ]);
  });

  it('reads plain Uint8Array chunks, as a fetch response body gives them, cut inside a character', async () => {
    const bytes = new TextEncoder().encode('après\nfin\n');
    expect(await linesOf(bytes.subarray(0, 4), bytes.subarray(4))).toEqual([
      [1, 'après'],
      [2, 'fin'],
    ]);
  });

  it('drops Windows line endings and a byte-order mark', async () => {
    expect(await linesOf('\uFEFF{"a":1}\r\n{"b":2}\r\n')).toEqual([
      [1, '{"a":1}'],
      [2, '{"b":2}'],
    ]);
  });

  it('yields nothing for an empty stream', async () => {
    expect(await linesOf()).toEqual([]);
  });
});
