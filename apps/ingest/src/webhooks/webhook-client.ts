import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { type AttemptResult, checkWebhookUrl, parseRetryAfter, refusedAddressReason } from '@legifeed/webhooks';

export interface WebhookClientOptions {
  allowPrivate: boolean;
  timeoutMs: number;
  /** How names are resolved; node's `dns.lookup` unless a test stands in for DNS. */
  resolve?: (hostname: string, callback: (error: Error | null, addresses: LookupAddress[]) => void) => void;
}

/** Response bodies are read (so the connection can be reused) and dropped; past this the connection is cut. */
const MAX_DISCARDED_BODY_BYTES = 64 * 1024;

class AddressRefusedError extends Error {}

/**
 * POSTs webhook messages. Every name is resolved when the connection is opened, and every address it resolves
 * to is checked then, through the socket's own `lookup`: the address checked is the address connected to, so a
 * name re-pointed between a check and the request (DNS rebinding) cannot reach a refused address. Redirects are
 * not followed; the response body is discarded. Connections are kept alive per origin.
 */
export class WebhookClient {
  private readonly agents: { http: http.Agent; https: https.Agent };
  private readonly lookup: LookupFunction;

  constructor(private readonly options: WebhookClientOptions) {
    this.lookup = checkedLookup(options);
    this.agents = {
      http: new http.Agent({ keepAlive: true }),
      https: new https.Agent({ keepAlive: true }),
    };
  }

  async post(url: string, body: string, headers: Readonly<Record<string, string>>): Promise<AttemptResult> {
    const started = performance.now();
    const latencyMs = () => Math.round(performance.now() - started);
    let target: URL;
    try {
      target = checkWebhookUrl(url, this.options);
    } catch (error) {
      return { kind: 'no-response', reason: 'refused', error: (error as Error).message, latencyMs: latencyMs() };
    }
    try {
      const { statusCode, retryAfter } = await this.send(target, body, headers);
      return { kind: 'response', statusCode, retryAfterMs: parseRetryAfter(retryAfter, new Date()), latencyMs: latencyMs() };
    } catch (error) {
      const reason = error instanceof AddressRefusedError ? 'refused' : error instanceof TimeoutError ? 'timeout' : 'network';
      return { kind: 'no-response', reason, error: (error as Error).message, latencyMs: latencyMs() };
    }
  }

  /** Closes idle kept-alive connections. */
  close(): void {
    this.agents.http.destroy();
    this.agents.https.destroy();
  }

  private send(
    target: URL,
    body: string,
    headers: Readonly<Record<string, string>>,
  ): Promise<{ statusCode: number; retryAfter: string | null }> {
    const secure = target.protocol === 'https:';
    return new Promise((resolve, reject) => {
      const request = (secure ? https : http).request(target, {
        method: 'POST',
        agent: secure ? this.agents.https : this.agents.http,
        lookup: this.lookup,
        headers: {
          ...headers,
          'content-type': 'application/json',
          'content-length': String(Buffer.byteLength(body)),
          'user-agent': 'legifeed-webhooks',
        },
      });
      const timeout = setTimeout(
        () => request.destroy(new TimeoutError(`no response within ${this.options.timeoutMs} ms`)),
        this.options.timeoutMs,
      );
      request.on('error', (error) => {
        clearTimeout(timeout);
        reject(describeNetworkError(error, target));
      });
      request.on('response', (response) => {
        const statusCode = response.statusCode ?? 0;
        const retryAfter = response.headers['retry-after'] ?? null;
        let discarded = 0;
        response.on('data', (chunk: Buffer) => {
          discarded += chunk.length;
          if (discarded > MAX_DISCARDED_BODY_BYTES) response.destroy();
        });
        const done = () => {
          clearTimeout(timeout);
          resolve({ statusCode, retryAfter });
        };
        response.on('end', done);
        response.on('close', done);
        response.on('error', done);
      });
      request.end(body);
    });
  }
}

class TimeoutError extends Error {}

function describeNetworkError(error: Error, target: URL): Error {
  if (error instanceof AddressRefusedError || error instanceof TimeoutError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  return new Error(`${target.host}: ${code === undefined ? error.message : `${code} (${error.message})`}`);
}

/** A socket `lookup` that resolves every address of the name and refuses them all if any is refused. */
function checkedLookup(options: WebhookClientOptions): LookupFunction {
  const resolve = options.resolve ?? ((hostname, callback) => dnsLookup(hostname, { all: true }, callback));
  return (hostname, lookupOptions, callback) => {
    resolve(hostname, (error, addresses) => {
      if (error !== null) return callback(error, '', 0);
      const wanted = lookupOptions.family === 4 || lookupOptions.family === 6 ? addresses.filter((a) => a.family === lookupOptions.family) : addresses;
      if (wanted.length === 0) return callback(new Error(`${hostname} has no address`), '', 0);
      if (!options.allowPrivate) {
        for (const { address } of addresses) {
          const reason = refusedAddressReason(address);
          if (reason !== null) return callback(new AddressRefusedError(`${hostname} resolves to ${reason}`), '', 0);
        }
      }
      if (lookupOptions.all) return (callback as unknown as (error: null, addresses: LookupAddress[]) => void)(null, wanted);
      callback(null, wanted[0]!.address, wanted[0]!.family);
    });
  };
}
