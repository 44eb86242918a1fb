import { Module } from '@nestjs/common';
import { ArticleHistoryRepository } from './article-history.repository.js';
import { CodeCatalogRepository } from './code-catalog.repository.js';
import { DumpDayRepository } from './dump-day.repository.js';
import { PublishedChangeRepository } from './published-change.repository.js';

/** The repositories the publishing side reads through (the `Database` comes from the global DatabaseModule). */
@Module({
  providers: [ArticleHistoryRepository, CodeCatalogRepository, DumpDayRepository, PublishedChangeRepository],
  exports: [ArticleHistoryRepository, CodeCatalogRepository, PublishedChangeRepository],
})
export class StorageModule {}
