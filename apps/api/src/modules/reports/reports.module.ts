import { Module } from '@nestjs/common';
import { PlansModule } from '../plans/plans.module';
import { ProgressModule } from '../progress/progress.module';
import { ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';

@Module({
  imports: [PlansModule, ProgressModule],
  controllers: [ReportsController],
  providers: [ReportsService],
})
export class ReportsModule {}
