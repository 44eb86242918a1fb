import { DumpReadError } from '../types.js';

/** GET a dump's URL; a network failure or a non-2xx status is a DumpReadError naming the URL. */
export async function fetchDump(url: string, headers: Record<string, string> = {}): Promise<Response> {
  let response: Response;
  try {
    // identity: a server that gzips on the fly would otherwise hand us a body fetch has already decoded.
    response = await fetch(url, { headers: { 'accept-encoding': 'identity', ...headers } });
  } catch (error) {
    throw new DumpReadError(url, `cannot fetch: ${describeCause(error)}`, { cause: error });
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new DumpReadError(url, `HTTP ${response.status} ${response.statusText}`.trim());
  }
  return response;
}

function describeCause(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  return cause instanceof Error ? cause.message : String(cause);
}
