import { CodeRepository, type Database } from '@legifeed/db';
import type { CalendarDay, CodeIdentity } from '@legifeed/parser';
import { Inject, Injectable } from '@nestjs/common';
import { DATABASE } from './database.module.js';
import { DumpDayRepository } from './dump-day.repository.js';

export interface CatalogedCode extends CodeIdentity {
  /** The as-of day of the dump the code's current state comes from; null before the first accepted dump. */
  stateDumpDate: CalendarDay | null;
}

/** The codes legifeed follows. */
@Injectable()
export class CodeCatalogRepository {
  private readonly codes: CodeRepository;

  constructor(
    @Inject(DATABASE) database: Database,
    private readonly dumpDays: DumpDayRepository,
  ) {
    this.codes = new CodeRepository(database);
  }

  /** By slug. */
  async list(): Promise<CatalogedCode[]> {
    const codes = await this.codes.list();
    const days = await this.dumpDays.daysOf(codes.flatMap((code) => (code.stateDumpId === null ? [] : [code.stateDumpId])));
    return codes.map((code) => ({
      slug: code.slug,
      title: code.title,
      stateDumpDate: code.stateDumpId === null ? null : (days.get(code.stateDumpId) ?? null),
    }));
  }

  async find(slug: string): Promise<CodeIdentity | null> {
    const code = await this.codes.find(slug);
    return code && { slug: code.slug, title: code.title };
  }
}
