import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDump } from '../../src/read/open-dump.js';
import { serveFolder, type DumpServer } from './dump-server.js';
import { DUMPS, readAll } from './dumps.js';

const temporaryDownloads = () => new Set(readdirSync(tmpdir()).filter((name) => name.startsWith('legifeed-dump-')));

describe.each([
  { ranges: true, label: 'a server with Range support' },
  { ranges: false, label: 'a server without Range support' },
])('dumps served over HTTP by $label', ({ ranges }) => {
  let server: DumpServer;
  beforeAll(async () => {
    server = await serveFolder(DUMPS, { ranges });
  });
  afterAll(() => server.close());

  it('streams a .jsonl.gz to the same rows as the local file', async () => {
    const local = await readAll(join(DUMPS, 'crpa/crpa-2024-07-27T1514.jsonl.gz'));
    expect(await readAll(server.url('crpa/crpa-2024-07-27T1514.jsonl.gz'))).toStrictEqual(local);
  });

  it('reads a parquet file to the same rows as the local file, its footer first', async () => {
    const url = server.url('css/css-2023-05-14.parquet?download=true');
    const before = temporaryDownloads();
    const dump = await openDump(url);
    expect(dump).toMatchObject({ file: url, format: 'parquet', totalRows: 7257 });
    const rows = [];
    for await (const item of dump.items()) rows.push(item);
    await dump.close();
    expect(rows).toStrictEqual(await readAll(join(DUMPS, 'css/css-2023-05-14.parquet')));
    const parquetStatuses = server.requests.filter((r) => r.path.endsWith('.parquet')).map((r) => r.status);
    // With Range, only parts of the file travel; without, one whole download to a temporary copy, since removed.
    expect(parquetStatuses).toEqual(ranges ? expect.arrayContaining([206]) : [200]);
    if (ranges) expect(parquetStatuses).not.toContain(200);
    expect([...temporaryDownloads()].filter((name) => !before.has(name))).toEqual([]);
  });

  it('a missing dump is a DumpReadError naming the URL and the status', async () => {
    for (const path of ['crpa/absent.jsonl.gz', 'css/absent.parquet']) {
      const url = server.url(path);
      await expect(readAll(url)).rejects.toMatchObject({
        name: 'DumpReadError',
        file: url,
        message: `${url}: HTTP 404 Not Found`,
      });
    }
  });
});

describe('an unreachable dump server', () => {
  it('is a DumpReadError naming the URL', async () => {
    const server = await serveFolder(DUMPS, { ranges: true });
    const url = server.url('crpa/crpa-2024-07-27T1514.jsonl.gz');
    await server.close();
    await expect(readAll(url)).rejects.toMatchObject({
      name: 'DumpReadError',
      file: url,
      message: expect.stringContaining('cannot fetch'),
    });
  });
});
