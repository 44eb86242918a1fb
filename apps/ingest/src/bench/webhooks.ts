import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { BenchRow } from '@legifeed/bench-kit';
import { createDatabase, type DumpRun, WebhookSubscriptionRepository } from '@legifeed/db';
import { createScratchPostgresDatabase } from '@legifeed/db/testing';
import { generateSigningSecret, parseSubscriptionFilter } from '@legifeed/webhooks';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import pg from 'pg';
import { loadConfig } from '../config/ingest-config.js';
import { DumpIngestAppModule } from '../dump-ingest-app.module.js';
import { IngestRequests } from '../ingest/ingest-requests.js';
import { JobQueue } from '../jobs/job-queue.js';
import { DEFAULT_WEBHOOKS_CONFIG } from '../webhooks/webhooks-config.js';

/**
 * Webhook delivery, end to end: real dumps ingested by the worker (inline queue, PostgreSQL), whose run owes
 * every change to 10 subscriptions and dispatches them; a loopback receiver answers 204.
 * - deliveries/s over the css-2020 → css-2023 burst (2,023 changes × 10 subscriptions), against a bare loop of
 *   node:http POSTs of the same bodies to the same receiver (10 loops, one per subscription, keep-alive);
 * - p99 delay from a run's end (its changes committed) to each delivery's first attempt, for the 16 changes of
 *   crpa-2023-05-16 × 10 subscriptions.
 */

const SUBSCRIPTIONS = 10;
const DUMPS = fileURLToPath(new URL('../../../../../shared/dumps/', import.meta.url));
const TARGET_PER_SECOND = 1_000;
const TARGET_P99_MS = 1_000;

interface Arrival {
  path: string;
  body: string;
  at: number;
}

/** Answers 204 to everything, noting when each webhook-id first arrived. */
async function startReceiver() {
  const arrivals: Arrival[] = [];
  const firstArrival = new Map<string, number>();
  const server = http.createServer({ keepAliveTimeout: 60_000 }, (request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const at = performance.now();
      const id = request.headers['webhook-id'];
      if (typeof id === 'string') {
        if (!firstArrival.has(id)) firstArrival.set(id, at);
        arrivals.push({ path: request.url ?? '/', body: Buffer.concat(chunks).toString('utf8'), at });
      }
      response.writeHead(204).end();
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { server, url, arrivals, firstArrival };
}

async function waitUntil(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!check()) {
    if (performance.now() > deadline) throw new Error(`webhooks bench: timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** The same bodies, POSTed by 10 sequential loops (one per subscription path) with a keep-alive agent. */
async function bareLoopPerSecond(url: string, arrivals: readonly Arrival[]): Promise<number> {
  const agent = new http.Agent({ keepAlive: true });
  const byPath = new Map<string, string[]>();
  for (const { path, body } of arrivals) byPath.set(path, [...(byPath.get(path) ?? []), body]);
  const post = (path: string, body: string) =>
    new Promise<void>((resolve, reject) => {
      const request = http.request(`${url}${path}`, {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      });
      request.on('error', reject);
      request.on('response', (response) => {
        response.resume();
        response.on('end', resolve);
      });
      request.end(body);
    });
  const started = performance.now();
  await Promise.all(
    [...byPath].map(async ([path, bodies]) => {
      for (const body of bodies) await post(`${path}-baseline`, body);
    }),
  );
  const seconds = (performance.now() - started) / 1_000;
  agent.destroy();
  return arrivals.length / seconds;
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export async function benchWebhooks(progress: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): Promise<BenchRow[]> {
  const scratch = await createScratchPostgresDatabase();
  const databaseUrl = scratch.url;
  const receiver = await startReceiver();
  let app: INestApplicationContext | null = null;
  try {
    const config = loadConfig({ DATABASE_URL: databaseUrl });
    const database = await createDatabase({ url: databaseUrl });
    app = await NestFactory.createApplicationContext(
      DumpIngestAppModule.forRoot({
        config,
        database,
        takeJobs: true,
        // The rate limit is lifted: this measures the pipeline, not the limit.
        webhooks: { ...DEFAULT_WEBHOOKS_CONFIG, allowPrivate: true, ratePerSecond: 1_000_000 },
      }),
      { logger: false, abortOnError: false },
    );
    const requests = app.get(IngestRequests);
    const queue = app.get(JobQueue);
    const ingest = async (file: string): Promise<number> => {
      const runs: DumpRun[] = await requests.requestIngest({ sources: [`${DUMPS}${file}`] });
      for (const run of runs) await queue.enqueueAndWait('ingest.dump', { runId: String(run.id), code: run.code as string });
      return performance.now();
    };
    const subscribe = async (code: string) => {
      const subscriptions = app!.get(WebhookSubscriptionRepository, { strict: false });
      for (let index = 0; index < SUBSCRIPTIONS; index += 1) {
        const id = `sub_${randomUUID().replaceAll('-', '')}`;
        const filter = parseSubscriptionFilter({ codes: [code] });
        await subscriptions.create({ id, url: `${receiver.url}/${id}`, filter, secret: generateSigningSecret() });
      }
    };

    progress('webhooks bench: ingesting css-2020-06-18 (baseline, no changes)');
    await ingest('css/css-2020-06-18.jsonl.gz');
    await subscribe('code-de-la-securite-sociale');
    progress('webhooks bench: ingesting css-2023-05-14, delivering its changes to 10 subscriptions');
    await ingest('css/css-2023-05-14.jsonl.gz');
    const burst = await countOwed(databaseUrl);
    await waitUntil(() => receiver.firstArrival.size >= burst, 300_000, `${burst} deliveries`);
    const times = receiver.arrivals.map((arrival) => arrival.at);
    const perSecond = burst / ((Math.max(...times) - Math.min(...times)) / 1_000);
    const burstArrivals = [...receiver.arrivals];
    progress(`webhooks bench: ${burst} deliveries at ${perSecond.toFixed(0)}/s; bare POST loop next`);
    const baselinePerSecond = await bareLoopPerSecond(receiver.url, burstArrivals);

    progress('webhooks bench: crpa-2023-01-02 then crpa-2023-05-16, delay to first attempt');
    await ingest('crpa/crpa-2023-01-02T0315.jsonl.gz');
    await subscribe('code-des-relations-entre-le-public-et-l-administration');
    const seenBefore = new Set(receiver.firstArrival.keys());
    const committedAt = await ingest('crpa/crpa-2023-05-16T0334.jsonl.gz');
    const owedNow = (await countOwed(databaseUrl)) - burst;
    await waitUntil(() => receiver.firstArrival.size - seenBefore.size >= owedNow, 60_000, `${owedNow} crpa deliveries`);
    const delays = [...receiver.firstArrival].filter(([id]) => !seenBefore.has(id)).map(([, at]) => at - committedAt);
    const p99 = percentile(delays, 99);

    return [
      {
        suite: 'webhooks',
        case: `deliveries/s, ${burst} (css-2023 × 10 subscriptions), loopback receiver`,
        result: `${perSecond.toFixed(0)}/s`,
        baseline: `${baselinePerSecond.toFixed(0)}/s bare node:http POST loop, same bodies`,
        ratio: perSecond / baselinePerSecond,
        target: `≥ ${TARGET_PER_SECOND}/s`,
        ok: perSecond >= TARGET_PER_SECOND,
      },
      {
        suite: 'webhooks',
        case: `p99 delay, run committed → first attempt (${delays.length} crpa deliveries)`,
        result: `${p99.toFixed(0)} ms`,
        baseline: `median ${percentile(delays, 50).toFixed(0)} ms`,
        ratio: null,
        target: `≤ ${TARGET_P99_MS} ms`,
        ok: p99 <= TARGET_P99_MS,
      },
    ];
  } finally {
    await app?.close();
    receiver.server.closeAllConnections();
    receiver.server.close();
    await scratch.drop();
  }
}

async function countOwed(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>('select count(*)::integer as n from webhook_outbox');
    return rows[0]!.n;
  } finally {
    await client.end();
  }
}
