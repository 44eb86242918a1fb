import { readFile, writeFile } from 'node:fs/promises';
import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createDatabase,
  embeddedLockPath,
  EmbeddedDatabaseLockedError,
  MIGRATIONS_FOLDER,
  readEmbeddedOwner,
  type Database,
} from '../src/index.js';
import { queryRows } from '../src/sql/query-rows.js';
import { BACKENDS, createTestStorage, type TestStorage } from './support/test-databases.js';

async function migrationCount(database: Database): Promise<number> {
  const [row] = await queryRows<{ count: number | string }>(
    database,
    sql`select count(*)::integer as count from drizzle.__drizzle_migrations`,
  );
  return Number(row!.count);
}

async function journalLength(): Promise<number> {
  const journal = JSON.parse(await readFile(`${MIGRATIONS_FOLDER}/meta/_journal.json`, 'utf8')) as {
    entries: unknown[];
  };
  return journal.entries.length;
}

describe.each(BACKENDS)('opening a %s database', (kind) => {
  let storage: TestStorage | undefined;
  const opened: Database[] = [];

  afterEach(async () => {
    for (const database of opened.splice(0)) await database.close();
    await storage?.drop();
  });

  it('applies the migrations once, and opening again applies nothing', async () => {
    storage = await createTestStorage(kind);
    const first = await storage.open();
    expect(first.kind).toBe(kind);
    expect(await migrationCount(first)).toBe(await journalLength());
    await first.close();

    const second = await storage.open();
    opened.push(second);
    expect(await migrationCount(second)).toBe(await journalLength());
    const tables = await queryRows<{ table_name: string }>(
      second,
      sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`,
    );
    expect(tables.map((table) => table.table_name)).toEqual([
      'article_references',
      'article_version_revisions',
      'article_versions',
      'changes',
      'code_state',
      'codes',
      'dumps',
      'sections',
      'webhook_attempts',
      'webhook_outbox',
      'webhook_subscriptions',
    ]);
  });

  it('searches French text with the french configuration', async () => {
    storage = await createTestStorage(kind);
    const database = await storage.open();
    opened.push(database);
    const [row] = await queryRows<{ matches: boolean }>(
      database,
      sql`select to_tsvector('french', 'Les collectivités territoriales s''administrent librement')
            @@ websearch_to_tsquery('french', 'collectivité territoriale') as matches`,
    );
    expect(row!.matches).toBe(true);
  });

  it('rolls a transaction back when its work throws', async () => {
    storage = await createTestStorage(kind);
    const database = await storage.open();
    opened.push(database);
    await expect(
      database.transaction(async (tx) => {
        await tx.db.execute(sql`insert into codes (slug, title) values ('css', 'Code de la sécurité sociale')`);
        throw new Error('stop');
      }),
    ).rejects.toThrow('stop');
    expect(await queryRows(database, sql`select slug from codes`)).toEqual([]);
  });
});

describe('opening one PostgreSQL database from several processes at once', () => {
  let storage: TestStorage | undefined;
  afterEach(() => storage?.drop());

  it('migrates it once, the others waiting on the migration lock', async () => {
    storage = await createTestStorage('postgres');
    const databases = await Promise.all([storage.open(), storage.open(), storage.open()]);
    try {
      for (const database of databases) expect(await migrationCount(database)).toBe(await journalLength());
    } finally {
      for (const database of databases) await database.close();
    }
  });
});

describe('the embedded data directory has one owner', () => {
  let storage: TestStorage | undefined;
  afterEach(() => storage?.drop());

  it('refuses a second opener with a message naming the owner, and lets it in once the owner closes', async () => {
    storage = await createTestStorage('pglite');
    const { dataDir } = storage.config as { dataDir: string };
    const owner = await storage.open();
    await owner.embeddedLock!.announceHttpPort(3000);

    const refusal = await createDatabase({ dataDir }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(EmbeddedDatabaseLockedError);
    expect((refusal as EmbeddedDatabaseLockedError).owner).toMatchObject({ pid: process.pid, httpPort: 3000 });
    expect((refusal as Error).message).toContain(`already open in process ${process.pid} (serving HTTP on port 3000`);
    expect(await readEmbeddedOwner(dataDir)).toMatchObject({ pid: process.pid, httpPort: 3000 });

    await owner.close();
    expect(await readEmbeddedOwner(dataDir)).toBeNull();
    const next = await createDatabase({ dataDir });
    await next.close();
  });

  it('takes over the lock of a process that died without releasing it', async () => {
    storage = await createTestStorage('pglite');
    const { dataDir } = storage.config as { dataDir: string };
    const first = await storage.open();
    await first.close();
    // The pid of a process that has exited: PIDs are not reused this quickly, and 2^22 is above the usual pid_max.
    await writeFile(embeddedLockPath(dataDir), JSON.stringify({ pid: 4_194_305, httpPort: 3000, since: 'then' }));
    expect(await readEmbeddedOwner(dataDir)).toBeNull();

    const database = await storage.open();
    expect(await readEmbeddedOwner(dataDir)).toMatchObject({ pid: process.pid, httpPort: null });
    await database.close();
  });
});
