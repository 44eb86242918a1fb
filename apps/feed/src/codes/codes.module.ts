import { Module } from '@nestjs/common';
import { StorageModule } from '../storage/storage.module.js';
import { CodesController } from './codes.controller.js';
import { CodesService } from './codes.service.js';

@Module({
  imports: [StorageModule],
  controllers: [CodesController],
  providers: [CodesService],
})
export class CodesModule {}
