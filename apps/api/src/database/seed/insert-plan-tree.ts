import { parseDeadline, TaskStatus } from '@kstthc/domain';
import type { EntityManager } from 'typeorm';
import { ContentEntity } from '../../modules/plans/entities/content.entity';
import { PlanEntity } from '../../modules/plans/entities/plan.entity';
import { SectionEntity } from '../../modules/plans/entities/section.entity';
import { TaskUnitEntity } from '../../modules/plans/entities/task-unit.entity';
import { TaskEntity } from '../../modules/plans/entities/task.entity';
import { TaskUpdateEntity } from '../../modules/progress/entities/task-update.entity';

export interface PlanTreeTask {
  code: string;
  description: string;
  leadUnits: string[];
  coordinatingUnits: string[];
  deadlineText: string;
  expectedProduct?: string | null;
  target?: string | null;
  updates?: Array<{
    status: TaskStatus;
    result: string | null;
    measuredValue: string | null;
    reportedAt: Date;
    authorId: string | null;
  }>;
}

export interface PlanTreeInput {
  organizationId: string;
  title: string;
  year: number;
  decision: string;
  unitIdOf: (name: string) => string;
  sections: Array<{
    code: string;
    title: string;
    contents: Array<{ code: string; title: string; tasks: PlanTreeTask[] }>;
  }>;
}

const CHUNK = 500;

async function insertChunked<T extends object>(
  manager: EntityManager,
  entity: new () => T,
  rows: T[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await manager.insert(entity, rows.slice(i, i + CHUNK) as never);
  }
}

/** Writes a whole plan tree with bulk inserts (seed, import, generated benchmark plans). */
export async function insertPlanTree(
  manager: EntityManager,
  input: PlanTreeInput,
): Promise<{ planId: string }> {
  const plan = await manager.save(
    manager.create(PlanEntity, {
      organizationId: input.organizationId,
      title: input.title,
      year: input.year,
      decision: input.decision,
    }),
  );
  const organizationId = input.organizationId;
  const sections: SectionEntity[] = [];
  const contents: ContentEntity[] = [];
  const tasks: TaskEntity[] = [];
  const taskUnits: TaskUnitEntity[] = [];
  const updates: TaskUpdateEntity[] = [];

  input.sections.forEach((s, sIndex) => {
    const section = manager.create(SectionEntity, {
      id: crypto.randomUUID(),
      organizationId,
      planId: plan.id,
      code: s.code,
      title: s.title,
      position: sIndex,
    });
    sections.push(section);
    s.contents.forEach((c, cIndex) => {
      const content = manager.create(ContentEntity, {
        id: crypto.randomUUID(),
        organizationId,
        planId: plan.id,
        sectionId: section.id,
        code: c.code,
        title: c.title,
        position: cIndex,
      });
      contents.push(content);
      c.tasks.forEach((t, tIndex) => {
        const deadline = parseDeadline(t.deadlineText, input.year);
        const history = [...(t.updates ?? [])].sort(
          (a, b) => a.reportedAt.getTime() - b.reportedAt.getTime(),
        );
        const latest = history.at(-1);
        const task = manager.create(TaskEntity, {
          id: crypto.randomUUID(),
          organizationId,
          planId: plan.id,
          contentId: content.id,
          code: t.code,
          description: t.description,
          position: tIndex,
          deadlineText: deadline.text,
          deadlineRecurring: deadline.recurring,
          deadlineDueDate: deadline.dueDate,
          deadlinePeriodKind: deadline.period?.kind ?? null,
          deadlinePeriodYear: deadline.period?.year ?? null,
          deadlinePeriodIndex: deadline.period?.index ?? null,
          deadlineFreeText: deadline.freeText,
          expectedProduct: t.expectedProduct ?? null,
          target: t.target ?? null,
          status: latest?.status ?? 'NOT_STARTED',
          result: latest?.result ?? null,
          measuredValue: latest?.measuredValue ?? null,
          version: 1,
        });
        tasks.push(task);
        const unitRow = (name: string, role: 'LEAD' | 'COORDINATING', position: number) =>
          manager.create(TaskUnitEntity, {
            taskId: task.id,
            unitId: input.unitIdOf(name),
            role,
            position,
            organizationId,
          });
        t.leadUnits.forEach((n, i) => taskUnits.push(unitRow(n, 'LEAD', i)));
        t.coordinatingUnits.forEach((n, i) => taskUnits.push(unitRow(n, 'COORDINATING', i)));
        for (const u of history) {
          updates.push(
            manager.create(TaskUpdateEntity, {
              id: crypto.randomUUID(),
              organizationId,
              taskId: task.id,
              status: u.status,
              result: u.result,
              measuredValue: u.measuredValue,
              evidence: [],
              authorId: u.authorId,
              reportedAt: u.reportedAt,
            }),
          );
        }
      });
    });
  });

  await insertChunked(manager, SectionEntity, sections);
  await insertChunked(manager, ContentEntity, contents);
  await insertChunked(manager, TaskEntity, tasks);
  await insertChunked(manager, TaskUnitEntity, taskUnits);
  await insertChunked(manager, TaskUpdateEntity, updates);
  return { planId: plan.id };
}
