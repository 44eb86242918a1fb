import { describe, expect, it } from 'vitest';
import { databaseConfigFromEnv } from './config.js';

describe('databaseConfigFromEnv', () => {
  it('uses embedded storage in ./data unless told otherwise', () => {
    expect(databaseConfigFromEnv({})).toEqual({ dataDir: './data' });
    expect(databaseConfigFromEnv({ LEGIFEED_DATA_DIR: '/var/lib/legifeed' })).toEqual({ dataDir: '/var/lib/legifeed' });
  });

  it('uses PostgreSQL when DATABASE_URL is set', () => {
    expect(databaseConfigFromEnv({ DATABASE_URL: 'postgres://legifeed@db/legifeed' })).toEqual({
      url: 'postgres://legifeed@db/legifeed',
      dataDir: './data',
    });
  });

  it('refuses a DATABASE_URL that is not PostgreSQL, saying how to fall back', () => {
    expect(() => databaseConfigFromEnv({ DATABASE_URL: 'mysql://db/legifeed' })).toThrow(
      'DATABASE_URL must start with postgres:// or postgresql:// (got "mysql://db/legifeed"); unset it to use embedded storage',
    );
  });
});
