import type { CodeIdentity } from '@legifeed/parser';
import { asc, eq } from 'drizzle-orm';
import type { DatabaseSession } from '../connection/database.js';
import { codes } from '../schema/codes.js';

export interface StoredCode extends CodeIdentity {
  /** The accepted dump the code's current state comes from; null before the first. */
  stateDumpId: number | null;
}

export class CodeRepository {
  constructor(private readonly session: DatabaseSession) {}

  /** Creates the code, or updates its title. */
  async upsert(code: CodeIdentity): Promise<void> {
    await this.session.db
      .insert(codes)
      .values({ slug: code.slug, title: code.title })
      .onConflictDoUpdate({ target: codes.slug, set: { title: code.title } });
  }

  async find(slug: string): Promise<StoredCode | null> {
    const [row] = await this.session.db.select().from(codes).where(eq(codes.slug, slug));
    return row === undefined ? null : toStoredCode(row);
  }

  async list(): Promise<StoredCode[]> {
    const rows = await this.session.db.select().from(codes).orderBy(asc(codes.slug));
    return rows.map(toStoredCode);
  }
}

function toStoredCode(row: typeof codes.$inferSelect): StoredCode {
  return { slug: row.slug, title: row.title, stateDumpId: row.stateDumpId };
}
