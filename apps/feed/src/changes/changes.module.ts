import { Module } from '@nestjs/common';
import { NewestChange } from '../http/newest-change.js';
import { RepresentationCache } from '../http/representation-cache.js';
import { StorageModule } from '../storage/storage.module.js';
import { ChangeFilterResolver } from './change-filter.resolver.js';
import { ChangeListingService } from './change-listing.service.js';
import { ChangesController } from './changes.controller.js';
import { ChangesService } from './changes.service.js';

/** The change API, and the filtered listing that feeds and pages share. */
@Module({
  imports: [StorageModule],
  controllers: [ChangesController],
  providers: [ChangeFilterResolver, ChangeListingService, ChangesService, NewestChange, RepresentationCache],
  exports: [ChangeListingService, RepresentationCache],
})
export class ChangesModule {}
