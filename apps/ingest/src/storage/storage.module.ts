import { type DynamicModule, Inject, Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';
import {
  ChangeRepository,
  CodeRepository,
  CodeStateRepository,
  type Database,
  DumpRepository,
  IngestWriter,
} from '@legifeed/db';

/** Injection token of the open `Database` (PostgreSQL or embedded PGlite). */
export const DATABASE = Symbol('Database');

/** The repositories the ingest side works with, each over the one open database. */
const REPOSITORIES = [DumpRepository, CodeStateRepository, CodeRepository, ChangeRepository, IngestWriter] as const;

/**
 * Closes the database when the application shuts down: in `onApplicationShutdown`, after the queue has let the
 * active jobs finish (see `JobRunner`), so no job loses its connection half-way.
 */
@Injectable()
class DatabaseCloser implements OnApplicationShutdown {
  constructor(@Inject(DATABASE) private readonly database: Database) {}

  async onApplicationShutdown(): Promise<void> {
    await this.database.close();
  }
}

/**
 * Storage for the whole application. The caller opens the database (it must know early whether the embedded
 * data directory is free) and hands it over: the module closes it at shutdown, unless `close` is false (another
 * module of the application closes it).
 */
@Module({})
export class StorageModule {
  static forRoot(database: Database, { close = true } = {}): DynamicModule {
    return {
      module: StorageModule,
      global: true,
      providers: [
        { provide: DATABASE, useValue: database },
        ...REPOSITORIES.map((repository) => ({
          provide: repository,
          inject: [DATABASE],
          useFactory: (open: Database) => new repository(open),
        })),
        ...(close ? [DatabaseCloser] : []),
      ],
      exports: [DATABASE, ...REPOSITORIES],
    };
  }
}
