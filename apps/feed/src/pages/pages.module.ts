import { Module } from '@nestjs/common';
import { ArticlesModule } from '../articles/articles.module.js';
import { ChangesModule } from '../changes/changes.module.js';
import { StorageModule } from '../storage/storage.module.js';
import { PagesController } from './pages.controller.js';
import { PagesService } from './pages.service.js';

@Module({
  imports: [StorageModule, ChangesModule, ArticlesModule],
  controllers: [PagesController],
  providers: [PagesService],
})
export class PagesModule {}
