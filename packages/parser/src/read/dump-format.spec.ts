import { describe, expect, it } from 'vitest';
import { DumpReadError } from '../types.js';
import { formatOf } from './dump-format.js';

describe('formatOf', () => {
  it('reads the format from the extension, .jsonl.gz before .jsonl', () => {
    expect(formatOf('/dumps/crpa-2024-07-27T1514.jsonl.gz')).toBe('jsonl.gz');
    expect(formatOf('cgct-sample.jsonl')).toBe('jsonl');
    expect(formatOf('rows.JSON')).toBe('json');
    expect(formatOf('train-00000-of-00001.parquet')).toBe('parquet');
  });

  it("reads a URL's path, ignoring its query string", () => {
    expect(formatOf('https://example.org/data/train-00000-of-00001.parquet?download=true')).toBe('parquet');
    expect(() => formatOf('http://example.org/export?name=dump.jsonl')).toThrow(DumpReadError);
  });

  it('rejects an unknown extension with an error naming the file', () => {
    expect(() => formatOf('/dumps/cgct.csv')).toThrow('/dumps/cgct.csv: unknown dump format');
    expect(() => formatOf('/dumps/cgct.gz')).toThrow(DumpReadError);
  });
});
