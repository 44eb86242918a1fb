import { fileURLToPath } from 'node:url';
import type { AsyncBuffer } from 'hyparquet';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReadItem } from '../types.js';
import { openParquetBytes, type ParquetBytes } from './parquet-buffer.js';
import { readParquetLayout, readParquetRows, type ParquetLayout } from './read-parquet.js';

const CSS = fileURLToPath(new URL('../../../../../shared/dumps/css/css-2023-05-14.parquet', import.meta.url));

/** The file's bytes, counting the slices asked of them. */
function counted(buffer: AsyncBuffer): { buffer: AsyncBuffer; slices: Array<[number, number]> } {
  const slices: Array<[number, number]> = [];
  return {
    slices,
    buffer: {
      byteLength: buffer.byteLength,
      slice(start, end = buffer.byteLength) {
        slices.push([start, end]);
        return buffer.slice(start, end);
      },
    },
  };
}

async function rowsOf(bytes: Pick<ParquetBytes, 'buffer' | 'remote'>, layout: ParquetLayout): Promise<ReadItem[]> {
  const items: ReadItem[] = [];
  for await (const item of readParquetRows(bytes, layout)) items.push(item);
  return items;
}

describe('readParquetRows on the css dump (two row groups of 42 columns)', () => {
  let file: ParquetBytes;
  let layout: ParquetLayout;
  beforeAll(async () => {
    file = await openParquetBytes(CSS);
    layout = await readParquetLayout(file.buffer, CSS);
  });
  afterAll(() => file.release());

  it('fetches a remote row group in one request, and gives the rows a file gives', async () => {
    const remote = counted(file.buffer);
    const fromRemote = await rowsOf({ buffer: remote.buffer, remote: true }, layout);
    expect(remote.slices).toHaveLength(layout.metadata.row_groups.length);
    const fromFile = await rowsOf({ buffer: file.buffer, remote: false }, layout);
    expect(fromRemote).toHaveLength(7257);
    expect(fromRemote).toStrictEqual(fromFile);
  });

  it('numbers rows across row groups and gives text as strings', async () => {
    const items = await rowsOf(file, layout);
    const firstOfSecondGroup = Number(layout.metadata.row_groups[0]?.num_rows) + 1;
    const item = items[firstOfSecondGroup - 1];
    expect(item).toMatchObject({ kind: 'row', row: firstOfSecondGroup });
    expect(item?.kind === 'row' && typeof item.raw.texteHtml).toBe('string');
    expect(item?.kind === 'row' && item.raw.title_main).toBe('Code de la sécurité sociale');
  });
});
