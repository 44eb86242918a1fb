import { sql, type SQL } from 'drizzle-orm';

/**
 * A batch of rows as one relation: `json_to_recordset($1::json) as alias(column type, …)`. The whole batch
 * travels as a single text parameter, so a bulk write is one statement on node-postgres and PGlite alike, with
 * no array-literal escaping and no limit on the number of bind parameters. Records are keyed by column name.
 */
export function jsonRecordset(
  alias: string,
  records: readonly object[],
  columns: Readonly<Record<string, string>>,
): SQL {
  const definitions = Object.entries(columns)
    .map(([name, type]) => `"${name}" ${type}`)
    .join(', ');
  return sql`json_to_recordset(${JSON.stringify(records)}::json) as ${sql.raw(alias)}(${sql.raw(definitions)})`;
}

/** `(select value from json_array_elements_text($1::json))`: a list of text values as one parameter. */
export function jsonTextList(values: readonly string[]): SQL {
  return sql`(select value from json_array_elements_text(${JSON.stringify(values)}::json))`;
}

/** Splits a bulk write so no single statement carries an unbounded payload. */
export function inBatches<T>(items: readonly T[], size: number): T[][] {
  const batches: T[][] = [];
  for (let start = 0; start < items.length; start += size) batches.push(items.slice(start, start + size));
  return batches;
}

/** `"a", "b"`, or `alias."a", alias."b"`: a column list for statements built from a records' column map. */
export function columnList(names: readonly string[], qualifier?: string): SQL {
  const prefix = qualifier === undefined ? '' : `${qualifier}.`;
  return sql.raw(names.map((name) => `${prefix}"${name}"`).join(', '));
}
