import { Module } from '@nestjs/common';
import { DumpIngestService } from './dump-ingest.service.js';
import { DumpSource } from './dump-source.js';
import { IngestRequests } from './ingest-requests.js';
import { IngestService } from './ingest.service.js';

/**
 * The real `IngestService` and the request side (`IngestRequests`), over the storage of `StorageModule` and the
 * queue of `QueueModule` (both global). Static, so the HTTP module importing it shares the same instances.
 */
@Module({
  providers: [DumpSource, IngestRequests, { provide: IngestService, useClass: DumpIngestService }],
  exports: [IngestService, IngestRequests],
})
export class DumpIngestModule {}
