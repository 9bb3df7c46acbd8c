import { Module } from '@nestjs/common';
import { PlansModule } from '../plans/plans.module';
import { ProgressModule } from '../progress/progress.module';
import { ImportsController } from './imports.controller';
import { ImportsResolver } from './imports.resolver';
import { ImportsService } from './imports.service';

@Module({
  imports: [PlansModule, ProgressModule],
  controllers: [ImportsController],
  providers: [ImportsService, ImportsResolver],
})
export class ImportsModule {}
