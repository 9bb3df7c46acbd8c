import { AuditEntryEntity } from '../modules/audit/entities/audit-entry.entity';
import { OrganizationEntity } from '../modules/organizations/entities/organization.entity';
import { ContentEntity } from '../modules/plans/entities/content.entity';
import { PlanEntity } from '../modules/plans/entities/plan.entity';
import { SectionEntity } from '../modules/plans/entities/section.entity';
import { TaskUnitEntity } from '../modules/plans/entities/task-unit.entity';
import { TaskEntity } from '../modules/plans/entities/task.entity';
import { EvidenceFileEntity } from '../modules/progress/entities/evidence-file.entity';
import { TaskUpdateEntity } from '../modules/progress/entities/task-update.entity';
import { UnitEntity } from '../modules/units/entities/unit.entity';
import { UserEntity } from '../modules/users/entities/user.entity';

export const ENTITIES = [
  OrganizationEntity,
  UnitEntity,
  UserEntity,
  PlanEntity,
  SectionEntity,
  ContentEntity,
  TaskEntity,
  TaskUnitEntity,
  TaskUpdateEntity,
  EvidenceFileEntity,
  AuditEntryEntity,
];
