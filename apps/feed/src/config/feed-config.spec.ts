import { describe, expect, it } from 'vitest';
import { FeedConfigError, loadFeedConfig } from './feed-config.js';

function problemsOf(env: Record<string, string>): readonly string[] {
  try {
    loadFeedConfig(env);
  } catch (error) {
    if (error instanceof FeedConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('loadFeedConfig', () => {
  it('serves embedded storage on port 3000 with no environment at all', () => {
    expect(loadFeedConfig({})).toEqual({ port: 3000, baseUrl: null, database: { dataDir: './data' }, freshnessMs: 1000 });
  });

  it('reads every variable, and the port given by the caller wins', () => {
    const env = {
      LEGIFEED_PORT: '8080',
      LEGIFEED_BASE_URL: 'https://legifeed.example.org/',
      LEGIFEED_FRESHNESS_MS: '250',
      DATABASE_URL: 'postgres://legifeed@localhost/legifeed',
      LEGIFEED_DATA_DIR: '/var/lib/legifeed',
    };
    expect(loadFeedConfig(env)).toEqual({
      port: 8080,
      baseUrl: 'https://legifeed.example.org',
      database: { url: 'postgres://legifeed@localhost/legifeed', dataDir: '/var/lib/legifeed' },
      freshnessMs: 250,
    });
    expect(loadFeedConfig(env, { port: 0 }).port).toBe(0);
  });

  it('gives one message per wrong variable, all at once', () => {
    expect(
      problemsOf({ LEGIFEED_PORT: '70000', LEGIFEED_BASE_URL: 'legifeed.example.org', LEGIFEED_FRESHNESS_MS: 'soon', DATABASE_URL: 'mysql://db' }),
    ).toEqual([
      'LEGIFEED_PORT: must be a whole number from 0 to 65535, got "70000"',
      'LEGIFEED_BASE_URL: not a URL: "legifeed.example.org"',
      'LEGIFEED_FRESHNESS_MS: must be a whole number of milliseconds from 0 to 60000, got "soon"',
      'DATABASE_URL must start with postgres:// or postgresql:// (got "mysql://db"); unset it to use embedded storage',
    ]);
    expect(problemsOf({ LEGIFEED_BASE_URL: 'https://legifeed.example.org/?x=1' })).toEqual([
      'LEGIFEED_BASE_URL: must not carry a query or a fragment, got "https://legifeed.example.org/?x=1"',
    ]);
  });
});
