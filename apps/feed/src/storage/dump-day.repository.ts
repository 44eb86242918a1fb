import { DumpRepository, type Database } from '@legifeed/db';
import type { CalendarDay } from '@legifeed/parser';
import { Inject, Injectable } from '@nestjs/common';
import { DATABASE } from './database.module.js';

/** The as-of day of each dump, which the pages and feeds show as "Données Légifrance au …". */
@Injectable()
export class DumpDayRepository {
  private readonly dumps: DumpRepository;
  // A dump's as-of day is set when it is queued and never changes: kept once read.
  private readonly known = new Map<number, CalendarDay | null>();

  constructor(@Inject(DATABASE) database: Database) {
    this.dumps = new DumpRepository(database);
  }

  async daysOf(dumpIds: Iterable<number>): Promise<Map<number, CalendarDay | null>> {
    const missing = [...new Set(dumpIds)].filter((id) => !this.known.has(id));
    const runs = await Promise.all(missing.map((id) => this.dumps.find(id)));
    runs.forEach((run, index) => this.known.set(missing[index]!, run?.asOf ?? null));
    return this.known;
  }
}
