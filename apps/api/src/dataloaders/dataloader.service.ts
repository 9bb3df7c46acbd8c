import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { OrganizationModel, PlanCountsModel, UnitModel } from '../modules/plans/dto/plan.model';
import { ContentEntity } from '../modules/plans/entities/content.entity';
import { SectionEntity } from '../modules/plans/entities/section.entity';
import { TaskEntity } from '../modules/plans/entities/task.entity';
import { PlansRepository } from '../modules/plans/plans.repository';
import { groupBy } from '../modules/plans/utils/group-by.util';
import { TaskUpdateModel } from '../modules/progress/dto/task-update.model';
import { ProgressRepository } from '../modules/progress/progress.repository';

export interface TaskUnits {
  lead: UnitModel[];
  coordinating: UnitModel[];
}

export interface Loaders {
  sectionsByPlan: DataLoader<string, SectionEntity[]>;
  contentsBySection: DataLoader<string, ContentEntity[]>;
  tasksByContent: DataLoader<string, TaskEntity[]>;
  unitsByTask: DataLoader<string, TaskUnits>;
  updatesByTask: DataLoader<string, TaskUpdateModel[]>;
  countsByPlan: DataLoader<string, PlanCountsModel>;
  organizationById: DataLoader<string, OrganizationModel | null>;
  membersByGroup: DataLoader<string, UnitModel[]>;
  unitById: DataLoader<string, UnitModel | null>;
}

const toUnitModel = (u: {
  id: string;
  name: string;
  shortName: string | null;
  isGroup: boolean;
}): UnitModel => ({
  id: u.id,
  name: u.name,
  shortName: u.shortName,
  isGroup: u.isGroup,
});

/** Builds fresh per-request loaders, so each level of a plan tree costs one SQL statement. */
@Injectable()
export class DataloaderService {
  constructor(
    private readonly plans: PlansRepository,
    private readonly progress: ProgressRepository,
  ) {}

  create(): Loaders {
    return {
      sectionsByPlan: new DataLoader(async (ids) =>
        groupBy(ids, await this.plans.sectionsOfPlans(ids), (s) => s.planId),
      ),
      contentsBySection: new DataLoader(async (ids) =>
        groupBy(ids, await this.plans.contentsOfSections(ids), (c) => c.sectionId),
      ),
      tasksByContent: new DataLoader(async (ids) =>
        groupBy(ids, await this.plans.tasksOfContents(ids), (t) => t.contentId),
      ),
      unitsByTask: new DataLoader(async (ids) =>
        groupBy(ids, await this.plans.unitsOfTasks(ids), (r) => r.taskId).map((rows) => ({
          lead: rows.filter((r) => r.role === 'LEAD').map((r) => toUnitModel(r.unit)),
          coordinating: rows.filter((r) => r.role === 'COORDINATING').map((r) => toUnitModel(r.unit)),
        })),
      ),
      updatesByTask: new DataLoader(async (ids) =>
        groupBy(ids, await this.progress.updatesOfTasks(ids), (u) => u.taskId),
      ),
      countsByPlan: new DataLoader(async (ids) => {
        const rows = await this.plans.countsOfPlans(ids);
        return ids.map((id) => rows.find((r) => r.planId === id) ?? { sections: 0, contents: 0, tasks: 0 });
      }),
      membersByGroup: new DataLoader(async (ids) =>
        groupBy(ids, await this.plans.membersOfGroups(ids), (m) => m.groupId).map((rows) =>
          rows.map((r) => toUnitModel(r.member)),
        ),
      ),
      unitById: new DataLoader(async (ids) => {
        const rows = await this.plans.units(ids);
        return ids.map((id) => {
          const unit = rows.find((u) => u.id === id);
          return unit ? toUnitModel(unit) : null;
        });
      }),
      organizationById: new DataLoader(async (ids) => {
        const rows = await this.plans.organizations(ids);
        return ids.map((id) => rows.find((o) => o.id === id) ?? null);
      }),
    };
  }
}
