import type { ReadItem } from '../types.js';
import { openByteSource } from './byte-stream.js';
import { formatOf, type DumpFormat } from './dump-format.js';
import { openParquetBytes } from './parquet-buffer.js';
import { namingFailures } from './read-errors.js';
import { readJsonArray } from './read-json-array.js';
import { readJsonLines } from './read-json-lines.js';
import { readParquetLayout, readParquetRows } from './read-parquet.js';

export interface OpenedDump {
  /** The path or URL, as given. */
  file: string;
  format: DumpFormat;
  /** From the parquet footer; null for the other formats, whose length is known only once read. */
  totalRows: number | null;
  /** From the parquet schema; null for the other formats, whose rows each carry their own keys. */
  columns: string[] | null;
  /**
   * The rows, in file order, with row-level errors in their place. Can be iterated more than once. A whole-file
   * failure (truncated gzip, corrupt parquet, HTTP error) throws one DumpReadError after the rows read before it.
   */
  items(): AsyncIterable<ReadItem>;
  /**
   * Releases what opening took: the open parquet file, the temporary copy of a parquet URL served without Range
   * support, the unread response of a URL. Call it once done with `items()`.
   */
  close(): Promise<void>;
}

/**
 * Opens a dump by path or http(s) URL; the extension gives the format. Throws a DumpReadError when the dump
 * cannot be read at all: unknown extension, missing file, HTTP error, parquet without a valid footer.
 */
export async function openDump(source: string): Promise<OpenedDump> {
  const format = formatOf(source);
  return format === 'parquet' ? openParquetDump(source) : openStreamedDump(source, format);
}

async function openStreamedDump(source: string, format: Exclude<DumpFormat, 'parquet'>): Promise<OpenedDump> {
  const bytes = await openByteSource(source, format === 'jsonl.gz');
  const read = format === 'json' ? readJsonArray : readJsonLines;
  async function* items(): AsyncGenerator<ReadItem> {
    yield* read(await bytes.open(), source);
  }
  return {
    file: source,
    format,
    totalRows: null,
    columns: null,
    items: () => namingFailures(source, items()),
    close: bytes.release,
  };
}

async function openParquetDump(source: string): Promise<OpenedDump> {
  const bytes = await openParquetBytes(source);
  try {
    const layout = await readParquetLayout(bytes.buffer, source);
    return {
      file: source,
      format: 'parquet',
      totalRows: layout.totalRows,
      columns: layout.columns,
      items: () => namingFailures(source, readParquetRows(bytes, layout)),
      close: bytes.release,
    };
  } catch (error) {
    await bytes.release();
    throw error;
  }
}

/** Every row of a dump, in order, with row-level errors in their place; see `openDump` for failures. */
export async function* readDump(source: string): AsyncGenerator<ReadItem> {
  const dump = await openDump(source);
  try {
    yield* dump.items();
  } finally {
    await dump.close();
  }
}
