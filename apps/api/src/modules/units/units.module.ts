import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UnitEntity } from './entities/unit.entity';
import { UnitsResolver } from './units.resolver';
import { UnitsService } from './units.service';

@Module({
  imports: [TypeOrmModule.forFeature([UnitEntity])],
  providers: [UnitsService, UnitsResolver],
  exports: [UnitsService],
})
export class UnitsModule {}
