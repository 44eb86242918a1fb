import { articleVersions, ChangeRepository, CodeRepository, changes, type ChangeFilter, type Database, type StoredChange } from '@legifeed/db';
import { publishedChangeOf, type PublishedChange } from '@legifeed/publish';
import { Inject, Injectable } from '@nestjs/common';
import { inArray, max } from 'drizzle-orm';
import { DATABASE } from './database.module.js';
import { DumpDayRepository } from './dump-day.repository.js';
import { isPendingText } from './source-placeholders.js';

export interface PublishedChangePage {
  /** In the order storage returned them: newest first, or oldest first when `after` was given. */
  changes: PublishedChange[];
  /** The sequence to continue from in the same direction, or null on the last page. */
  nextCursor: number | null;
}

/** Recorded changes as the renderers take them: with the code's title, the dump's day and the placeholders. */
@Injectable()
export class PublishedChangeRepository {
  private readonly changes: ChangeRepository;
  private readonly codes: CodeRepository;

  constructor(
    @Inject(DATABASE) private readonly database: Database,
    private readonly dumpDays: DumpDayRepository,
  ) {
    this.changes = new ChangeRepository(database);
    this.codes = new CodeRepository(database);
  }

  async list(filter: ChangeFilter): Promise<PublishedChangePage> {
    const page = await this.changes.list(filter);
    return { changes: await this.publish(page.changes), nextCursor: page.nextCursor };
  }

  async get(id: string): Promise<PublishedChange | null> {
    const stored = await this.changes.get(id);
    return stored === null ? null : ((await this.publish([stored]))[0] ?? null);
  }

  /** The sequence of the newest recorded change, 0 when none. */
  async newestSequence(): Promise<number> {
    const [row] = await this.database.db.select({ newest: max(changes.sequence) }).from(changes);
    return Number(row?.newest ?? 0);
  }

  private async publish(stored: readonly StoredChange[]): Promise<PublishedChange[]> {
    if (stored.length === 0) return [];
    const [codes, days, pending] = await Promise.all([
      this.codes.list(),
      this.dumpDays.daysOf(stored.map((change) => change.detectedDumpId)),
      this.pendingVersionIds(stored.flatMap((change) => (change.after === null ? [] : [change.after.id]))),
    ]);
    const titles = new Map(codes.map((code) => [code.slug, code.title]));
    return stored.map((change) =>
      publishedChangeOf(change, {
        code: { slug: change.code, title: titles.get(change.code) ?? change.code },
        dumpDay: days.get(change.detectedDumpId) ?? null,
        diff: change.diff,
        ...(change.after !== null && pending.has(change.after.id) ? { placeholders: { afterTextPending: true } } : {}),
      }),
    );
  }

  /** The versions among `ids` whose text is the source's "en cours de traitement". */
  private async pendingVersionIds(ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await this.database.db
      .select({ id: articleVersions.id, text: articleVersions.text })
      .from(articleVersions)
      .where(inArray(articleVersions.id, [...new Set(ids)]));
    return new Set(rows.filter((row) => isPendingText(row.text)).map((row) => row.id));
  }
}
