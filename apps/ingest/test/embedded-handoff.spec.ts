import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RunReport } from '../src/ingest/run-report.js';
import { assertBuilt, cliEnv, JsonLinesProcess, legifeed, withoutProgress } from './support/cli-process.js';
import { REPO_ROOT } from './support/real-dumps.js';
import { createTestStorage, type TestStorage } from './support/test-storage.js';

const SERVER = `${REPO_ROOT}apps/ingest/test/support/ingest-server.mjs`;

describe('legifeed ingest while another process owns the embedded data directory', () => {
  let storage: TestStorage;
  const owners: JsonLinesProcess[] = [];

  beforeAll(async () => {
    assertBuilt();
    storage = await createTestStorage('pglite');
  });
  afterEach(async () => {
    for (const owner of owners.splice(0)) await owner.stop();
  });
  afterAll(() => storage?.destroy());

  it('hands the dumps to the owner over HTTP and follows them to the end', async () => {
    const server = new JsonLinesProcess([SERVER], cliEnv(storage.env));
    owners.push(server);
    await server.waitFor((line) => typeof line.port === 'number');

    const { code, stdout, stderr } = await legifeed(
      ['ingest', 'fixtures/crpa/crpa-2023-01-02T0315.jsonl.gz', 'fixtures/crpa/crpa-2023-05-16T0334.jsonl.gz', '--json'],
      storage.env,
    );
    expect({ code, stderr: withoutProgress(stderr) }).toEqual({ code: 0, stderr: '' });
    const reports = JSON.parse(stdout) as RunReport[];
    expect(reports.map((report) => [report.status, report.changeTotal, report.technical])).toEqual([
      ['completed', 0, 0],
      ['completed', 16, 85],
    ]);
    const listed = await legifeed(['dumps', '--json'], storage.env);
    expect((JSON.parse(listed.stdout) as RunReport[]).map((report) => report.id)).toEqual([2, 1]);
  });

  it('says which process holds the directory when that process serves no HTTP', async () => {
    const worker = new JsonLinesProcess([`${REPO_ROOT}bin/legifeed.mjs`, 'worker'], cliEnv(storage.env));
    owners.push(worker);
    await worker.waitFor((line) => line.message === 'taking jobs');
    const { code, stderr } = await legifeed(['ingest', 'fixtures/crpa/crpa-2023-01-02T0315.jsonl.gz'], storage.env);
    expect(code).toBe(1);
    expect(stderr).toMatch(
      new RegExp(
        `^legifeed ingest: The embedded database in ${storage.env.LEGIFEED_DATA_DIR} is open in process ${worker.pid} ` +
          '\\(since [^)]+\\), which serves no HTTP',
      ),
    );
  });
});
