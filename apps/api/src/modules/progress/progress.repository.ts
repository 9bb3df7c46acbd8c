import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { TaskStatusEnum } from '../plans/dto/plan.model';
import { ContentEntity } from '../plans/entities/content.entity';
import { PlanEntity } from '../plans/entities/plan.entity';
import { SectionEntity } from '../plans/entities/section.entity';
import { TaskUnitEntity } from '../plans/entities/task-unit.entity';
import { TaskEntity } from '../plans/entities/task.entity';
import { groupBy } from '../plans/utils/group-by.util';
import type { PlanSnapshot } from './plan-snapshot';
import { TaskUpdateModel } from './dto/task-update.model';
import { TaskUpdateEntity } from './entities/task-update.entity';

@Injectable()
export class ProgressRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Every task's history, oldest first, with its authors, in one statement. */
  async updatesOfTasks(taskIds: readonly string[]): Promise<TaskUpdateModel[]> {
    const rows = await this.dataSource.manager.find(TaskUpdateEntity, {
      where: { taskId: In([...taskIds]) },
      relations: { author: true },
      order: { reportedAt: 'ASC', createdAt: 'ASC' },
    });
    return rows.map((u) => ({
      id: u.id,
      taskId: u.taskId,
      kind: u.kind,
      status: u.status as TaskStatusEnum,
      result: u.result,
      measuredValue: u.measuredValue,
      evidence: u.evidence.map((e) => ({
        number: e.number,
        date: e.date,
        title: e.title,
        fileId: e.fileId ?? null,
      })),
      author: u.author ? { id: u.author.id, fullName: u.author.fullName } : null,
      reportedAt: u.reportedAt,
      createdAt: u.createdAt,
    }));
  }

  /** The plan with every task's units and history, in six statements whatever its size. */
  async planSnapshot(planId: string): Promise<PlanSnapshot | null> {
    const manager = this.dataSource.manager;
    const plan = await manager.findOne(PlanEntity, { where: { id: planId } });
    if (!plan) return null;
    const sections = await manager.find(SectionEntity, { where: { planId }, order: { position: 'ASC' } });
    const contents = await manager.find(ContentEntity, { where: { planId }, order: { position: 'ASC' } });
    const tasks = await manager.find(TaskEntity, { where: { planId }, order: { position: 'ASC' } });
    const taskIds = tasks.map((t) => t.id);
    const units = await manager.find(TaskUnitEntity, {
      where: { taskId: In(taskIds) },
      relations: { unit: true },
      order: { position: 'ASC' },
    });
    const updates = await manager.find(TaskUpdateEntity, {
      where: { taskId: In(taskIds) },
      order: { reportedAt: 'ASC', createdAt: 'ASC' },
    });
    const unitsByTask = groupBy(taskIds, units, (u) => u.taskId);
    const updatesByTask = groupBy(taskIds, updates, (u) => u.taskId);
    const snapshotTasks = new Map(
      tasks.map((task, i) => [
        task.id,
        {
          entity: task,
          leadUnits: unitsByTask[i].filter((u) => u.role === 'LEAD').map((u) => u.unit!.name),
          coordinatingUnits: unitsByTask[i].filter((u) => u.role === 'COORDINATING').map((u) => u.unit!.name),
          updates: updatesByTask[i]
            .filter((u) => u.kind === 'REPORT')
            .map((u) => ({
              status: u.status,
              at: u.reportedAt.toISOString(),
              result: u.result,
              measuredValue: u.measuredValue,
            })),
        },
      ]),
    );
    return {
      plan,
      sections: sections.map((s) => ({
        code: s.code,
        title: s.title,
        contents: contents
          .filter((c) => c.sectionId === s.id)
          .map((c) => ({
            code: c.code,
            title: c.title,
            tasks: tasks.filter((t) => t.contentId === c.id).map((t) => snapshotTasks.get(t.id)!),
          })),
      })),
    };
  }
}
