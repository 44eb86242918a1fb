import { measureInChild, printRows, type BenchRow } from '@legifeed/bench-kit';
import { createDatabase } from '@legifeed/db';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createFeedApp } from '../bootstrap.js';
import { DEFAULT_FRESHNESS_MS } from '../config/feed-config.js';
import { ingestRealDumps } from '../seed/ingest-real-dump.js';
import { recordResponse, startBareServer, type RecordedResponse } from './bare-server.js';
import type { LoadResult } from './load-generator.js';

/**
 * Requests per second the publishing app serves on embedded storage (PGlite, filled with the changes of five
 * real CRPA snapshots), against a bare node:http server answering the same recorded bytes, measured in the same
 * run by the same load generator (autocannon, in its own process). Best of ROUNDS alternated runs each.
 */
const DUMPS = fileURLToPath(new URL('../../../../../shared/dumps/crpa/', import.meta.url));
const LOAD_GENERATOR = fileURLToPath(new URL('./load-generator.js', import.meta.url));
const SECONDS = 5;
const CONNECTIONS = 10;
const ROUNDS = 2;
const CRPA = 'code-des-relations-entre-le-public-et-l-administration';

interface BenchCase {
  name: string;
  path: string;
  /** Sent as If-None-Match: the client already holds the current representation. */
  revalidate: boolean;
  expectedStatus: number;
  target: number;
}

const CASES: readonly BenchCase[] = [
  { name: 'filtered Atom feed, 200', path: `/feeds/changes.atom?code=${CRPA}&kind=amended&kind=corrected`, revalidate: false, expectedStatus: 200, target: 0.5 },
  { name: 'filtered Atom feed, 304 (If-None-Match)', path: `/feeds/changes.atom?code=${CRPA}&kind=amended&kind=corrected`, revalidate: true, expectedStatus: 304, target: 0.8 },
  { name: 'GET /api/changes?kind=amended, 200', path: '/api/changes?kind=amended', revalidate: false, expectedStatus: 200, target: 0.5 },
];

async function requestsPerSecond(url: string, etag: string | null, expectedStatus: number): Promise<number> {
  const args = [url, String(SECONDS), String(CONNECTIONS), ...(etag === null ? [] : [etag])];
  const result = await measureInChild<LoadResult>(LOAD_GENERATOR, args);
  const unexpected = Object.entries(result.statuses).filter(([status]) => Number(status) !== expectedStatus);
  if (unexpected.length > 0 || result.errors > 0) {
    throw new Error(`${url}: expected only ${expectedStatus}s, got ${JSON.stringify(result.statuses)} and ${result.errors} errors`);
  }
  return result.requestsPerSecond;
}

const perSecond = (rate: number) => `${Math.round(rate).toLocaleString('en-GB')} req/s`;

async function measureCase(appUrl: string, bench: BenchCase): Promise<BenchRow> {
  const ok = await recordResponse(`${appUrl}${bench.path}`);
  const etag = String(ok.headers.etag);
  const notModified: RecordedResponse = await recordResponse(`${appUrl}${bench.path}`, { 'if-none-match': etag });
  if (ok.status !== 200 || notModified.status !== 304) throw new Error(`${bench.path}: got ${ok.status} then ${notModified.status}, expected 200 then 304`);
  const bare = await startBareServer(ok, notModified);
  const sent = bench.revalidate ? etag : null;
  let app = 0;
  let baseline = 0;
  try {
    for (let round = 1; round <= ROUNDS; round += 1) {
      app = Math.max(app, await requestsPerSecond(`${appUrl}${bench.path}`, sent, bench.expectedStatus));
      baseline = Math.max(baseline, await requestsPerSecond(`${bare.url}${bench.path}`, sent, bench.expectedStatus));
      process.stderr.write(`  ${bench.name}, round ${round}: app ${perSecond(app)}, bare ${perSecond(baseline)}\n`);
    }
  } finally {
    await new Promise((resolve) => bare.server.close(resolve));
  }
  const ratio = app / baseline;
  return {
    suite: 'feed',
    case: `${bench.name} (${ok.body.length.toLocaleString('en-GB')} B)`,
    result: perSecond(app),
    baseline: `bare node:http, same bytes: ${perSecond(baseline)}`,
    ratio: Number(ratio.toFixed(3)),
    target: `≥ ${bench.target}× bare`,
    ok: ratio >= bench.target,
  };
}

async function main(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'legifeed-feed-bench-'));
  const database = await createDatabase({ dataDir });
  try {
    process.stderr.write('feed bench: recording the changes of five CRPA snapshots on PGlite\n');
    await ingestRealDumps(database, DUMPS);
    const config = { port: 0, baseUrl: null, database: { dataDir }, freshnessMs: DEFAULT_FRESHNESS_MS };
    const app = await createFeedApp({ config, database, logger: false });
    await app.listen(0);
    const appUrl = `http://localhost:${(app.getHttpServer().address() as AddressInfo).port}`;
    const rows: BenchRow[] = [];
    try {
      for (const bench of CASES) rows.push(await measureCase(appUrl, bench));
    } finally {
      await app.close();
    }
    printRows(rows);
  } finally {
    await database.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

await main();
