import { Module } from '@nestjs/common';
import { ArticlesModule } from '../articles/articles.module.js';
import { ChangesModule } from '../changes/changes.module.js';
import { StorageModule } from '../storage/storage.module.js';
import { FeedsController } from './feeds.controller.js';
import { FeedsService } from './feeds.service.js';

@Module({
  imports: [StorageModule, ChangesModule, ArticlesModule],
  controllers: [FeedsController],
  providers: [FeedsService],
})
export class FeedsModule {}
