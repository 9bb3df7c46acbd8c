import type { TaskStatus } from '@kstthc/domain';
import { PeriodKindEnum, TaskModel, TaskStatusEnum } from '../dto/plan.model';
import type { TaskEntity } from '../entities/task.entity';

export function toTaskModel(task: TaskEntity): TaskModel {
  return {
    id: task.id,
    planId: task.planId,
    contentId: task.contentId,
    code: task.code,
    description: task.description,
    position: task.position,
    deadline: {
      text: task.deadlineText,
      recurring: task.deadlineRecurring,
      dueDate: task.deadlineDueDate,
      period:
        task.deadlinePeriodKind && task.deadlinePeriodYear
          ? {
              kind: task.deadlinePeriodKind as PeriodKindEnum,
              year: task.deadlinePeriodYear,
              index: task.deadlinePeriodIndex,
            }
          : null,
      freeText: task.deadlineFreeText,
    },
    expectedProduct: task.expectedProduct,
    target: task.target,
    status: task.status as TaskStatus as TaskStatusEnum,
    result: task.result,
    measuredValue: task.measuredValue,
    version: task.version,
    updatedAt: task.updatedAt,
  };
}
