import { stat } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localAdminTokenPath, readLocalAdminToken } from '../src/http/local-admin-token.js';
import type { RunReport } from '../src/ingest/run-report.js';
import { startHttpApp, type TestServer } from './support/http-app.js';
import { CRPA_CODE, FIXTURES } from './support/real-dumps.js';
import { BACKENDS, createTestStorage, type TestStorage } from './support/test-storage.js';

const ADMIN_TOKEN = 'an-admin-token-for-tests';
const FIRST = `${FIXTURES}crpa/crpa-2023-01-02T0315.jsonl.gz`;
const SECOND = `${FIXTURES}crpa/crpa-2023-05-16T0334.jsonl.gz`;

describe.each(BACKENDS)('the ingest HTTP API, on %s', (kind) => {
  let storage: TestStorage;
  let server: TestServer;

  const call = async (method: string, path: string, options: { token?: string; body?: string } = {}) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
    const response = await fetch(`${server.url}${path}`, { method, headers, body: options.body ?? null });
    return { status: response.status, headers: response.headers, body: (await response.json()) as Record<string, unknown> };
  };
  const settled = async (id: number): Promise<RunReport> => {
    for (;;) {
      const { body } = await call('GET', `/api/dumps/${id}`);
      if (body.status !== 'queued' && body.status !== 'running') return body as unknown as RunReport;
      await sleep(100);
    }
  };

  beforeAll(async () => {
    storage = await createTestStorage(kind);
    server = await startHttpApp(storage, { LEGIFEED_ADMIN_TOKEN: ADMIN_TOKEN });
  }, 60_000);
  afterAll(async () => {
    await server?.close();
    await storage?.destroy();
  });

  it('refuses to ingest without the admin token, or with another, in JSON', async () => {
    const body = JSON.stringify({ sources: [FIRST] });
    const missing = await call('POST', '/api/ingest', { body });
    expect(missing.status).toBe(401);
    expect(missing.headers.get('www-authenticate')).toBe('Bearer');
    expect(missing.body).toMatchObject({ statusCode: 401, message: 'Admin token required: send Authorization: Bearer <LEGIFEED_ADMIN_TOKEN>' });
    const wrong = await call('POST', '/api/ingest', { body, token: `${ADMIN_TOKEN}-not` });
    expect(wrong.status).toBe(401);
    expect(await call('GET', '/api/dumps')).toMatchObject({ status: 200, body: { runs: [] } });
  });

  it('answers 400 in JSON, saying what is wrong, for a bad request', async () => {
    const cases: [string, string | RegExp][] = [
      ['{"sources": []}', 'sources: give at least one path or URL'],
      ['{"sources": ["a.jsonl"], "asOf": "yesterday"}', 'asOf: expected a day YYYY-MM-DD, got "yesterday"'],
      ['{"source": "a.jsonl"}', 'Unknown field source: expected sources, asOf, label, code'],
      ['["a.jsonl"]', /^Expected a JSON object/],
      ['{"sources": ["a.jsonl"', /JSON/],
      [JSON.stringify({ sources: ['/nowhere/crpa.jsonl.gz'] }), '/nowhere/crpa.jsonl.gz: no such file'],
    ];
    for (const [body, message] of cases) {
      const answer = await call('POST', '/api/ingest', { body, token: ADMIN_TOKEN });
      expect({ body, status: answer.status }).toEqual({ body, status: 400 });
      expect(answer.body.message).toMatch(message);
    }
  });

  it('queues dumps with 202, in as-of order, and reports each run’s status, progress and changes', async () => {
    const answer = await call('POST', '/api/ingest', {
      token: ADMIN_TOKEN,
      body: JSON.stringify({ sources: [SECOND, FIRST], label: 'two fixtures' }),
    });
    expect(answer.status).toBe(202);
    const runs = answer.body.runs as { id: number; source: string; code: string; asOf: string }[];
    expect(runs.map(({ source, code, asOf }) => ({ source, code, asOf }))).toEqual([
      { source: FIRST, code: CRPA_CODE, asOf: '2023-01-02' },
      { source: SECOND, code: CRPA_CODE, asOf: '2023-05-16' },
    ]);
    const [first, second] = [await settled(runs[0]!.id), await settled(runs[1]!.id)];
    expect(first).toMatchObject({ status: 'completed', changeTotal: 0, label: 'two fixtures', progress: { rowsRead: 473, totalRows: 473 } });
    expect(second).toMatchObject({
      status: 'completed',
      changes: { created: 2, amended: 9, repealed: 5 },
      changeTotal: 16,
      technical: 85,
      rowErrors: { count: 0, first: [] },
      hold: null,
      error: null,
    });
    expect(second.durationMs).toBeGreaterThan(0);
    const listed = await call('GET', '/api/dumps');
    expect((listed.body.runs as RunReport[]).map((run) => run.id)).toEqual([runs[1]!.id, runs[0]!.id]);
  });

  it('answers 404 for an unknown run, 400 for a bad id or filter', async () => {
    expect(await call('GET', '/api/dumps/999')).toMatchObject({ status: 404, body: { message: 'There is no dump run 999' } });
    expect((await call('GET', '/api/dumps/abc')).status).toBe(400);
    expect(await call('GET', '/api/dumps?status=done')).toMatchObject({ status: 400 });
    expect((await call('GET', '/api/dumps?status=completed&limit=1')).body.runs).toHaveLength(1);
  });

  it('releases or discards held runs only, for the admin', async () => {
    const [run] = ((await call('GET', '/api/dumps?limit=1')).body.runs as RunReport[]) as [RunReport];
    expect((await call('POST', `/api/dumps/${run.id}/discard`)).status).toBe(401);
    expect(await call('POST', `/api/dumps/${run.id}/discard`, { token: ADMIN_TOKEN })).toMatchObject({
      status: 400,
      body: { message: `Dump run ${run.id} is completed: only a held run can be discarded` },
    });
  });

  // Only embedded storage has a data directory to hold the token.
  if (kind === 'pglite') it('writes a local admin token in the data directory, for its user only, and accepts it', async () => {
    const dataDir = storage.env.LEGIFEED_DATA_DIR as string;
    expect((await stat(localAdminTokenPath(dataDir))).mode & 0o777).toBe(0o600);
    const token = (await readLocalAdminToken(dataDir)) as string;
    expect(token).toMatch(/^[\w-]{43}$/);
    const answer = await call('POST', '/api/ingest', { token, body: JSON.stringify({ sources: [FIRST] }) });
    expect(answer.status).toBe(202);
    expect(await settled((answer.body.runs as { id: number }[])[0]!.id)).toMatchObject({ status: 'completed', changeTotal: 0 });
  });
});
