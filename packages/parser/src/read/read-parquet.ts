import {
  parquetMetadataAsync,
  parquetScan,
  parquetSchema,
  type AsyncBuffer,
  type DecodedArray,
  type FileMetaData,
  type ParquetParsers,
  type RowGroup,
} from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { DumpReadError, type ReadItem } from '../types.js';
import type { ParquetBytes } from './parquet-buffer.js';

/**
 * Parquet values as the JSONL dumps hold them: timestamps and dates as epoch milliseconds, not Date objects.
 * Plain INT64 columns still come out as BigInt; `jsonValue` turns those back into numbers.
 */
const AS_EPOCH_MILLISECONDS: Partial<ParquetParsers> = {
  timestampFromMilliseconds: (millis) => Number(millis),
  timestampFromMicroseconds: (micros) => Number(micros / 1000n),
  timestampFromNanoseconds: (nanos) => Number(nanos / 1_000_000n),
  dateFromDays: (days) => days * 86_400_000,
};

/**
 * As above, with strings left as their UTF-8 bytes (views into the decompressed page) until their row is made.
 * A row group's strings decoded up front all live until the group's last row, so they outlive the young
 * generation and pile up in the old one between full collections; decoded row by row they die young, as the
 * JSONL reader's do. (hyparquet decodes every BYTE_ARRAY as text, so each Uint8Array in a column is a string.)
 */
const WITH_LAZY_STRINGS: Partial<ParquetParsers> = {
  ...AS_EPOCH_MILLISECONDS,
  stringFromBytes: (bytes) => bytes as unknown as string,
};
const utf8 = new TextDecoder();

export interface ParquetLayout {
  metadata: FileMetaData;
  totalRows: number;
  columns: string[];
}

/** Reads the footer; a file too short or without parquet's magic bytes is a DumpReadError. */
export async function readParquetLayout(buffer: AsyncBuffer, file: string): Promise<ParquetLayout> {
  let metadata: FileMetaData;
  try {
    metadata = await parquetMetadataAsync(buffer, { parsers: AS_EPOCH_MILLISECONDS });
  } catch (error) {
    throw new DumpReadError(file, `not a readable parquet file (truncated or corrupt?): ${(error as Error).message}`, {
      cause: error,
    });
  }
  const columns = parquetSchema(metadata).children.map((child) => child.element.name);
  return { metadata, totalRows: Number(metadata.num_rows), columns };
}

/**
 * Rows one row group at a time, so memory is bounded by the largest row group, not by the file. (Slicing inside a
 * row group does not help: writers such as DuckDB put a column chunk in one page, which is decoded whole.)
 * A group's column chunks are all fetched first, then decoded one column after the other, and rows are made one
 * at a time from the columns. Decoding every column at once into row objects kept every intermediate buffer and
 * the whole group's strings alive together: peak RSS went over 300 MB on the css dump, against about 220 MB this
 * way.
 */
export async function* readParquetRows(
  bytes: Pick<ParquetBytes, 'buffer' | 'remote'>,
  layout: ParquetLayout,
): AsyncGenerator<ReadItem> {
  let rowStart = 0;
  for (const group of layout.metadata.row_groups) {
    const rowEnd = rowStart + Number(group.num_rows);
    const file = await fetchedGroup(bytes, group);
    // Handed straight to groupRows, whose frame ends with the group: nothing here keeps it while the next decodes.
    yield* groupRows(layout.columns, await decodeGroup(file, layout, rowStart, rowEnd), rowStart, rowEnd);
    rowStart = rowEnd;
  }
}

function* groupRows(columns: string[], values: DecodedArray[], rowStart: number, rowEnd: number): Generator<ReadItem> {
  const decoder = new RowDecoder(columns, values);
  for (let index = 0; index < rowEnd - rowStart; index += 1) {
    yield { kind: 'row', row: rowStart + index + 1, raw: decoder.rowAt(index) };
  }
}

async function decodeGroup(
  file: AsyncBuffer,
  layout: ParquetLayout,
  rowStart: number,
  rowEnd: number,
): Promise<DecodedArray[]> {
  const scan = await parquetScan({
    file,
    metadata: layout.metadata,
    rowStart,
    rowEnd,
    parsers: WITH_LAZY_STRINGS,
    // hyparquet's own snappy is JavaScript: the WebAssembly one decodes the pages in half the time. (They also
    // bring the codecs hyparquet lacks: gzip, brotli, zstd, lz4.)
    compressors,
  });
  const values: DecodedArray[] = [];
  for (const column of layout.columns) values.push(await scan.readColumn({ column, rowStart, rowEnd }));
  return values;
}

/** Rows made from a group's decoded columns, one at a time. */
class RowDecoder {
  /**
   * Per column, the bytes last decoded and their text: a dictionary-encoded column hands the same bytes to row
   * after row (one code title, one etat, the same nota), which are then decoded once.
   */
  private readonly lastBytes: unknown[];
  private readonly lastText: string[];

  constructor(
    private readonly columns: string[],
    private readonly values: DecodedArray[],
  ) {
    this.lastBytes = columns.map(() => undefined);
    this.lastText = columns.map(() => '');
  }

  rowAt(index: number): Record<string, unknown> {
    const row: Record<string, unknown> = {};
    for (let column = 0; column < this.columns.length; column += 1) {
      const value: unknown = (this.values[column] as DecodedArray)[index];
      row[this.columns[column] as string] = value instanceof Uint8Array ? this.text(column, value) : jsonValue(value);
    }
    return row;
  }

  private text(column: number, bytes: Uint8Array): string {
    if (bytes !== this.lastBytes[column]) {
      this.lastBytes[column] = bytes;
      this.lastText[column] = utf8.decode(bytes);
    }
    return this.lastText[column] as string;
  }
}

/**
 * A decoded value as JSON holds it: text decoded, BigInts as numbers (epoch milliseconds and the source's other
 * integers are far below 2^53: Number loses nothing), nested lists and structs likewise.
 */
function jsonValue(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (typeof value !== 'object' || value === null) return value;
  if (value instanceof Uint8Array) return utf8.decode(value);
  if (Array.isArray(value)) return value.map(jsonValue);
  return Object.fromEntries(Object.entries(value).map(([key, nested]) => [key, jsonValue(nested)]));
}

type ByteRange = readonly [start: number, end: number];

/**
 * The group's column chunks, all asked for at once before any is decoded: a remote file's in one request, a local
 * file's in one read each, made together. Decoding then never waits for bytes, which matters on a busy machine,
 * where each wait for a read, one per column, cost a turn of the scheduler. Reads outside the group (none are
 * expected) go to the file.
 */
async function fetchedGroup(bytes: Pick<ParquetBytes, 'buffer' | 'remote'>, group: RowGroup): Promise<AsyncBuffer> {
  const chunks = chunkRanges(group);
  const fetches: ByteRange[] = bytes.remote && chunks.length > 0 ? [spanOf(chunks)] : chunks;
  const fetched = await Promise.all(fetches.map(([start, end]) => bytes.buffer.slice(start, end)));
  const { byteLength } = bytes.buffer;
  return {
    byteLength,
    slice(from, to = byteLength) {
      const index = fetches.findIndex(([start, end]) => start <= from && to <= end);
      if (index < 0) return bytes.buffer.slice(from, to);
      const [start, end] = fetches[index] as ByteRange;
      const buffer = fetched[index] as ArrayBuffer;
      return start === from && end === to ? buffer : buffer.slice(from - start, to - start);
    },
  };
}

function chunkRanges(group: RowGroup): ByteRange[] {
  return group.columns.flatMap(({ meta_data: chunk }) => {
    if (!chunk) return [];
    // As hyparquet reads a chunk: some writers leave dictionary_page_offset at 0 when there is no dictionary.
    const start = Number(chunk.dictionary_page_offset || chunk.data_page_offset);
    return [[start, start + Number(chunk.total_compressed_size)] as const];
  });
}

function spanOf(ranges: readonly ByteRange[]): ByteRange {
  return [Math.min(...ranges.map(([start]) => start)), Math.max(...ranges.map(([, end]) => end))];
}
