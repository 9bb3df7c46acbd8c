import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { UnitEntity } from './entities/unit.entity';

@Injectable()
export class UnitsService {
  constructor(@InjectRepository(UnitEntity) private readonly units: Repository<UnitEntity>) {}

  listUnits(auth: AuthUser): Promise<UnitEntity[]> {
    return this.units.find({
      where: { organizationId: auth.organizationId },
      order: { isGroup: 'DESC', name: 'ASC' },
    });
  }
}
