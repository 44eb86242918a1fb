import { REQUIRED_COLUMNS } from './columns.js';
import { normaliseRow } from './normalise/normalise-row.js';
import { openDump } from './read/open-dump.js';
import type { DumpFormat } from './read/dump-format.js';
import { isRowError, type ArticleVersion, type RawRow, type RowError } from './types.js';

export interface ParseOptions {
  /** Versions a batch holds (the last one may hold fewer). Default 500. */
  batchSize?: number;
  /** How many row errors the report keeps, the first ones in row order. Default 10. */
  keepErrors?: number;
  /** Called after each batch and once at the end. */
  onProgress?: (progress: ParseProgress) => void;
}

export interface ParseProgress {
  rowsRead: number;
  /** Known up front for parquet only. */
  totalRows: number | null;
}

export interface ParseReport {
  file: string;
  format: DumpFormat;
  /** Rows met, good or bad: `versions + rowErrorCount`. */
  rowsRead: number;
  versions: number;
  rowErrorCount: number;
  /** The first `keepErrors` row errors (reading or normalising), in row order. */
  firstRowErrors: RowError[];
  totalRows: number | null;
  /**
   * Required columns the dump lacks: for parquet, absent from the schema; otherwise, never seen in any row.
   * A dump with no rows lacks none (emptiness is its own condition, for the caller to judge).
   */
  missingRequiredColumns: string[];
}

export interface ParsedDump {
  /** Normalised versions in row order, in batches. Each call reads the dump again. */
  batches(): AsyncIterable<ArticleVersion[]>;
  /** The last completed reading's report; throws while no `batches()` iteration has finished. */
  readonly report: ParseReport;
}

/**
 * Reads and normalises a dump (path or http(s) URL). Bad rows become counted RowErrors and reading goes on;
 * a dump that cannot be read whole fails the iteration with a DumpReadError.
 */
export function parseDump(source: string, options: ParseOptions = {}): ParsedDump {
  const { batchSize = 500, keepErrors = 10, onProgress } = options;
  let completed: ParseReport | null = null;

  async function* batches(): AsyncGenerator<ArticleVersion[]> {
    const dump = await openDump(source);
    const errors = new ErrorKeeper(keepErrors);
    const columns = new ColumnTracker(dump.columns);
    let rowsRead = 0;
    let batch: ArticleVersion[] = [];
    const progress = () => onProgress?.({ rowsRead, totalRows: dump.totalRows });
    try {
      for await (const item of dump.items()) {
        rowsRead += 1;
        if (item.kind === 'error') {
          const { file, row, field, message } = item;
          errors.add({ file, row, field, message });
          continue;
        }
        columns.see(item.raw);
        const normalised = normaliseRow(item.raw, { file: source, row: item.row });
        if (isRowError(normalised)) {
          errors.add(normalised);
          continue;
        }
        batch.push(normalised);
        if (batch.length >= batchSize) {
          yield batch;
          batch = [];
          progress();
        }
      }
    } catch (error) {
      // The rows read before a whole-file failure reach the caller before the failure does.
      if (batch.length > 0) yield batch;
      throw error;
    } finally {
      await dump.close();
    }
    if (batch.length > 0) yield batch;
    progress();
    completed = {
      file: source,
      format: dump.format,
      rowsRead,
      versions: rowsRead - errors.count,
      rowErrorCount: errors.count,
      firstRowErrors: errors.first,
      totalRows: dump.totalRows,
      missingRequiredColumns: columns.missing(rowsRead),
    };
  }

  return {
    batches,
    get report(): ParseReport {
      if (!completed) throw new Error(`${source}: the report exists once batches() has been read to the end`);
      return completed;
    },
  };
}

/** Counts every error and keeps the first few; rows arrive in order, so the first kept are the first met. */
class ErrorKeeper {
  count = 0;
  readonly first: RowError[] = [];

  constructor(private readonly keep: number) {}

  add(error: RowError): void {
    this.count += 1;
    if (this.first.length < this.keep) this.first.push(error);
  }
}

/** Which required columns a dump lacks: from the parquet schema when there is one, else from the rows' keys. */
class ColumnTracker {
  private readonly unseen: Set<string>;

  constructor(private readonly schema: string[] | null) {
    this.unseen = new Set(REQUIRED_COLUMNS);
  }

  see(raw: RawRow): void {
    if (this.schema || this.unseen.size === 0) return;
    for (const column of this.unseen) if (column in raw) this.unseen.delete(column);
  }

  missing(rowsRead: number): string[] {
    if (this.schema) return REQUIRED_COLUMNS.filter((column) => !this.schema?.includes(column));
    return rowsRead === 0 ? [] : [...this.unseen];
  }
}
