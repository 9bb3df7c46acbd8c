import type { Deadline, ProgressTaskInput, TaskUpdateInput } from '@kstthc/domain';
import type { PlanEntity } from '../plans/entities/plan.entity';
import type { TaskEntity } from '../plans/entities/task.entity';

export interface SnapshotTask {
  entity: TaskEntity;
  leadUnits: string[];
  coordinatingUnits: string[];
  updates: TaskUpdateInput[];
}

/** A whole plan as of now: what counting and the report documents read. */
export interface PlanSnapshot {
  plan: PlanEntity;
  sections: Array<{
    code: string;
    title: string;
    contents: Array<{ code: string; title: string; tasks: SnapshotTask[] }>;
  }>;
}

export function deadlineOf(task: TaskEntity): Deadline {
  return {
    text: task.deadlineText,
    recurring: task.deadlineRecurring,
    dueDate: task.deadlineDueDate,
    period:
      task.deadlinePeriodKind && task.deadlinePeriodYear
        ? { kind: task.deadlinePeriodKind, year: task.deadlinePeriodYear, index: task.deadlinePeriodIndex }
        : null,
    freeText: task.deadlineFreeText,
  };
}

/** The counting rules' view of every task of the plan, in plan order. */
export function progressInputs(snapshot: PlanSnapshot): ProgressTaskInput[] {
  return snapshot.sections.flatMap((section) =>
    section.contents.flatMap((content) =>
      content.tasks.map((task) => ({
        id: task.entity.id,
        code: task.entity.code,
        sectionCode: section.code,
        leadUnits: task.leadUnits,
        deadline: deadlineOf(task.entity),
        target: task.entity.target,
        updates: task.updates,
      })),
    ),
  );
}
