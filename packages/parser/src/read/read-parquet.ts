import {
  parquetMetadataAsync,
  parquetReadObjects,
  parquetSchema,
  type AsyncBuffer,
  type FileMetaData,
  type ParquetParsers,
} from 'hyparquet';
import { DumpReadError, type ReadItem } from '../types.js';

/**
 * Parquet values as the JSONL dumps hold them: timestamps and dates as epoch milliseconds, not Date objects.
 * Plain INT64 columns still come out as BigInt; `asJsonRow` turns those back into numbers.
 */
const AS_EPOCH_MILLISECONDS: Partial<ParquetParsers> = {
  timestampFromMilliseconds: (millis) => Number(millis),
  timestampFromMicroseconds: (micros) => Number(micros / 1000n),
  timestampFromNanoseconds: (nanos) => Number(nanos / 1_000_000n),
  dateFromDays: (days) => days * 86_400_000,
};

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
 */
export async function* readParquetRows(buffer: AsyncBuffer, layout: ParquetLayout): AsyncGenerator<ReadItem> {
  let rowStart = 0;
  for (const group of layout.metadata.row_groups) {
    const rowEnd = rowStart + Number(group.num_rows);
    const rows = await parquetReadObjects({
      file: buffer,
      metadata: layout.metadata,
      rowStart,
      rowEnd,
      parsers: AS_EPOCH_MILLISECONDS,
    });
    for (const [index, row] of rows.entries()) {
      yield { kind: 'row', row: rowStart + index + 1, raw: asJsonRow(row) };
    }
    rowStart = rowEnd;
  }
}

function asJsonRow(row: Record<string, unknown>): Record<string, unknown> {
  for (const key in row) {
    const value = row[key];
    // Epoch milliseconds and the source's other integers are far below 2^53: Number loses nothing.
    if (typeof value === 'bigint') row[key] = Number(value);
  }
  return row;
}
