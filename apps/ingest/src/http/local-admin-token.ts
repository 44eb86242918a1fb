import { randomBytes } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Inject, Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import type { Database } from '@legifeed/db';
import { INGEST_CONFIG } from '../config/config.module.js';
import type { IngestConfig } from '../config/ingest-config.js';
import { DATABASE } from '../storage/storage.module.js';
import type { AdminTokens } from './admin-token.guard.js';

const FILE_NAME = 'local-admin-token';

export function localAdminTokenPath(dataDir: string): string {
  return join(dataDir, FILE_NAME);
}

/** The token the process owning `dataDir` accepts from local callers, or null when none is written. */
export async function readLocalAdminToken(dataDir: string): Promise<string | null> {
  try {
    return (await readFile(localAdminTokenPath(dataDir), 'utf8')).trim() || null;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * On embedded storage, the process owning the data directory is the only one that can ingest into it, so
 * `legifeed ingest` hands it the dumps over HTTP. With no `LEGIFEED_ADMIN_TOKEN` set, the owner writes a random
 * token into the data directory, readable by its user only: whoever may write the data directory may ingest.
 */
@Injectable()
export class LocalAdminToken implements OnModuleInit, OnApplicationShutdown {
  private token: string | null = null;

  constructor(
    @Inject(INGEST_CONFIG) private readonly config: IngestConfig,
    @Inject(DATABASE) private readonly database: Database,
  ) {}

  get value(): string | null {
    return this.token;
  }

  async onModuleInit(): Promise<void> {
    if (this.database.embeddedLock === null) return;
    const token = randomBytes(32).toString('base64url');
    await writeFile(localAdminTokenPath(this.config.dataDir), token, { mode: 0o600 });
    this.token = token;
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.token !== null) await rm(localAdminTokenPath(this.config.dataDir), { force: true });
  }
}

/** What this server accepts: `LEGIFEED_ADMIN_TOKEN` and, on embedded storage, its local token. */
export function adminTokensOf(config: IngestConfig, localToken: LocalAdminToken): AdminTokens {
  return () => [config.adminToken, localToken.value].filter((token) => token !== null);
}
