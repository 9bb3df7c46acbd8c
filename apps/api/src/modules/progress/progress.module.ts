import { Module } from '@nestjs/common';
import { PlansModule } from '../plans/plans.module';
import { EvidenceFilesController } from './evidence-files.controller';
import { EvidenceFilesService } from './evidence-files.service';
import { ProgressRepository } from './progress.repository';
import { ProgressResolver } from './progress.resolver';
import { ProgressService } from './progress.service';

@Module({
  imports: [PlansModule],
  controllers: [EvidenceFilesController],
  providers: [ProgressRepository, ProgressService, ProgressResolver, EvidenceFilesService],
  exports: [ProgressRepository, ProgressService],
})
export class ProgressModule {}
