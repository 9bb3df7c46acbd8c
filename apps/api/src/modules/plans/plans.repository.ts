import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { OrganizationEntity } from '../organizations/entities/organization.entity';
import { UnitEntity } from '../units/entities/unit.entity';
import { ContentEntity } from './entities/content.entity';
import { PlanEntity } from './entities/plan.entity';
import { SectionEntity } from './entities/section.entity';
import { TaskUnitEntity, TaskUnitRole } from './entities/task-unit.entity';
import { TaskEntity } from './entities/task.entity';

export interface TaskUnitRow {
  taskId: string;
  role: TaskUnitRole;
  position: number;
  unit: UnitEntity;
}

export interface PlanCountsRow {
  planId: string;
  sections: number;
  contents: number;
  tasks: number;
}

/** The queries of the plan tree: each batched over many parents so a tree costs a fixed number of statements. */
@Injectable()
export class PlansRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  findPlans(organizationIds: string[], year?: number | null): Promise<PlanEntity[]> {
    return this.manager.find(PlanEntity, {
      where: { organizationId: In(organizationIds), ...(year ? { year } : {}) },
      order: { year: 'DESC', createdAt: 'DESC' },
    });
  }

  findPlan(id: string): Promise<PlanEntity | null> {
    return this.manager.findOne(PlanEntity, { where: { id } });
  }

  sectionsOfPlans(planIds: readonly string[]): Promise<SectionEntity[]> {
    return this.manager.find(SectionEntity, {
      where: { planId: In([...planIds]) },
      order: { position: 'ASC' },
    });
  }

  contentsOfSections(sectionIds: readonly string[]): Promise<ContentEntity[]> {
    return this.manager.find(ContentEntity, {
      where: { sectionId: In([...sectionIds]) },
      order: { position: 'ASC' },
    });
  }

  tasksOfContents(contentIds: readonly string[]): Promise<TaskEntity[]> {
    return this.manager.find(TaskEntity, {
      where: { contentId: In([...contentIds]) },
      order: { position: 'ASC' },
    });
  }

  async unitsOfTasks(taskIds: readonly string[]): Promise<TaskUnitRow[]> {
    const rows = await this.manager.find(TaskUnitEntity, {
      where: { taskId: In([...taskIds]) },
      relations: { unit: true },
      order: { position: 'ASC' },
    });
    return rows.map((r) => ({
      taskId: r.taskId,
      role: r.role,
      position: r.position,
      unit: r.unit as UnitEntity,
    }));
  }

  async countsOfPlans(planIds: readonly string[]): Promise<PlanCountsRow[]> {
    const rows: Array<{ plan_id: string; sections: string; contents: string; tasks: string }> =
      await this.manager.query(
        `SELECT p.id AS plan_id,
                (SELECT count(*) FROM section s WHERE s.plan_id = p.id) AS sections,
                (SELECT count(*) FROM content c WHERE c.plan_id = p.id) AS contents,
                (SELECT count(*) FROM task t WHERE t.plan_id = p.id) AS tasks
           FROM plan p WHERE p.id = ANY($1::uuid[])`,
        [[...planIds]],
      );
    return rows.map((r) => ({
      planId: r.plan_id,
      sections: Number(r.sections),
      contents: Number(r.contents),
      tasks: Number(r.tasks),
    }));
  }

  organizations(ids: readonly string[]): Promise<OrganizationEntity[]> {
    return this.manager.find(OrganizationEntity, { where: { id: In([...ids]) } });
  }

  /** Members of each group, by name. */
  async membersOfGroups(
    groupIds: readonly string[],
  ): Promise<Array<{ groupId: string; member: UnitEntity }>> {
    const rows: Array<{
      group_id: string;
      id: string;
      name: string;
      short_name: string | null;
      is_group: boolean;
    }> = await this.manager.query(
      `SELECT m.group_id, u.id, u.name, u.short_name, u.is_group
         FROM unit_group_member m JOIN unit u ON u.id = m.member_id
        WHERE m.group_id = ANY($1::uuid[]) ORDER BY u.name`,
      [[...groupIds]],
    );
    return rows.map((r) => ({
      groupId: r.group_id,
      member: Object.assign(new UnitEntity(), {
        id: r.id,
        name: r.name,
        shortName: r.short_name,
        isGroup: r.is_group,
      }),
    }));
  }

  units(ids: readonly string[]): Promise<UnitEntity[]> {
    return this.manager.find(UnitEntity, { where: { id: In([...ids]) } });
  }
}
