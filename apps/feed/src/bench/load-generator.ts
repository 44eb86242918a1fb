import autocannon from 'autocannon';

/**
 * One load run, in its own process so that the load generator does not share a core's time with the server it
 * measures: `node load-generator.js <url> <seconds> <connections> [If-None-Match]`. Prints one JSON line.
 */
export interface LoadResult {
  requestsPerSecond: number;
  /** Responses by status code. */
  statuses: Record<string, number>;
  errors: number;
}

const [url, seconds, connections, ifNoneMatch] = process.argv.slice(2);
if (url === undefined || seconds === undefined || connections === undefined) {
  console.error('usage: load-generator.js <url> <seconds> <connections> [If-None-Match]');
  process.exit(2);
}
const result = await autocannon({
  url,
  duration: Number(seconds),
  connections: Number(connections),
  ...(ifNoneMatch === undefined ? {} : { headers: { 'if-none-match': ifNoneMatch } }),
});
const statuses = Object.fromEntries(
  Object.entries(result.statusCodeStats as Record<string, { count: number }>).map(([status, { count }]) => [status, count]),
);
const output: LoadResult = { requestsPerSecond: result.requests.average, statuses, errors: result.errors + result.timeouts };
console.log(JSON.stringify(output));
