import { setTimeout as sleep } from 'node:timers/promises';
import type { IngestRequest } from '../../ingest/ingest-requests.js';
import { type RunReport, SETTLED_STATUSES } from '../../ingest/run-report.js';
import type { JobProgress } from '../../jobs/job-queue.js';
import type { QueuedRun } from '../../http/ingest.controller.js';
import { CliError } from '../cli-output.js';
import type { IngestClient } from './ingest-client.js';

const POLL_INTERVAL_MS = 300;

/**
 * The ingest side of another process (the owner of the embedded data directory), through its HTTP API:
 * `POST /api/ingest`, then `GET /api/dumps/:id` until the run settles.
 */
export class HttpIngestClient implements IngestClient {
  constructor(
    private readonly baseUrl: string,
    private readonly adminToken: string | null,
    /** Who is being asked, for messages: "process 1234". */
    private readonly owner: string,
  ) {}

  async requestIngest(request: IngestRequest): Promise<RunReport[]> {
    const { runs } = await this.call<{ runs: QueuedRun[] }>('POST', '/api/ingest', request);
    return Promise.all(runs.map((run) => this.report(run.id)));
  }

  async waitForRun(run: RunReport, onProgress: (progress: JobProgress) => void): Promise<RunReport> {
    for (;;) {
      const report = await this.report(run.id);
      onProgress(report.progress);
      if (SETTLED_STATUSES.has(report.status)) return report;
      await sleep(POLL_INTERVAL_MS);
    }
  }

  async listRuns(filter: { code?: string; limit: number }): Promise<RunReport[]> {
    const query = new URLSearchParams({ limit: String(filter.limit) });
    if (filter.code !== undefined) query.set('code', filter.code);
    return (await this.call<{ runs: RunReport[] }>('GET', `/api/dumps?${query}`)).runs;
  }

  release(runId: number): Promise<RunReport> {
    return this.call('POST', `/api/dumps/${runId}/release`);
  }

  discard(runId: number): Promise<RunReport> {
    return this.call('POST', `/api/dumps/${runId}/discard`);
  }

  async close(): Promise<void> {}

  private report(runId: number): Promise<RunReport> {
    return this.call('GET', `/api/dumps/${runId}`);
  }

  private async call<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (this.adminToken !== null) headers.authorization = `Bearer ${this.adminToken}`;
    let response: Response;
    try {
      const payload = body === undefined ? null : JSON.stringify(body);
      response = await fetch(`${this.baseUrl}${path}`, { method, headers, body: payload });
    } catch (error) {
      const { cause, message } = error as Error;
      const reason = cause instanceof Error ? cause.message : message;
      throw new CliError(`${this.owner} holds the data directory but does not answer at ${this.baseUrl}: ${reason}`);
    }
    const answer = (await response.json().catch(() => null)) as (T & { message?: unknown }) | null;
    if (response.ok && answer !== null) return answer;
    const message = typeof answer?.message === 'string' ? answer.message : `HTTP ${response.status}`;
    const hint = response.status === 401 ? ' (set LEGIFEED_ADMIN_TOKEN to the token that process was started with)' : '';
    throw new CliError(`${this.owner} refused ${method} ${path}: ${message}${hint}`);
  }
}
