import { Module } from '@nestjs/common';
import { PlansModule } from '../modules/plans/plans.module';
import { ProgressModule } from '../modules/progress/progress.module';
import { DataloaderService } from './dataloader.service';

@Module({
  imports: [PlansModule, ProgressModule],
  providers: [DataloaderService],
  exports: [DataloaderService],
})
export class DataloaderModule {}
