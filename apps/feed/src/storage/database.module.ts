import { createDatabase, type Database, type DatabaseConfig } from '@legifeed/db';
import { type DynamicModule, Inject, Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';

/** Injection token of the open `Database` (PostgreSQL or embedded PGlite). */
export const DATABASE = Symbol('Database');

const CLOSE_ON_SHUTDOWN = Symbol('CloseDatabaseOnShutdown');

/** A database the caller opened, or the configuration to open one. */
export type DatabaseSource = { database: Database } | { config: DatabaseConfig };

@Injectable()
class DatabaseCloser implements OnApplicationShutdown {
  constructor(
    @Inject(DATABASE) private readonly database: Database,
    @Inject(CLOSE_ON_SHUTDOWN) private readonly closeOnShutdown: boolean,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.closeOnShutdown) await this.database.close();
  }
}

/** Provides the `Database` to every module (the app's own and the ones mounted beside it), global. */
@Module({})
export class DatabaseModule {
  /** `closeOnShutdown` defaults to closing only a database the module opened. */
  static forRoot(source: DatabaseSource, closeOnShutdown = !('database' in source)): DynamicModule {
    return {
      module: DatabaseModule,
      global: true,
      providers: [
        'database' in source
          ? { provide: DATABASE, useValue: source.database }
          : { provide: DATABASE, useFactory: () => createDatabase(source.config) },
        { provide: CLOSE_ON_SHUTDOWN, useValue: closeOnShutdown },
        DatabaseCloser,
      ],
      exports: [DATABASE],
    };
  }
}
