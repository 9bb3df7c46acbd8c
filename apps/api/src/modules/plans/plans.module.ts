import { Module } from '@nestjs/common';
import { PlansRepository } from './plans.repository';
import { ContentResolver, PlansResolver, SectionResolver, TaskResolver } from './plans.resolver';
import { PlansService } from './plans.service';

@Module({
  providers: [PlansRepository, PlansService, PlansResolver, SectionResolver, ContentResolver, TaskResolver],
  exports: [PlansRepository, PlansService],
})
export class PlansModule {}
