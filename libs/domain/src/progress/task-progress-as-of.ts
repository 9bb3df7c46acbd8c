import { toIsoDate } from '@kstthc/vn-format';
import { DateRange, ProgressTaskInput, TaskProgress, TaskUpdateInput } from '../model';
import { evaluateTarget } from './evaluate-target';

interface DatedUpdate extends TaskUpdateInput {
  day: string;
}

const isCarriedOut = (update: TaskUpdateInput) => update.status === 'IN_PROGRESS' || update.status === 'DONE';
const nonEmpty = (value: string | null | undefined): string | null =>
  value != null && value.trim() !== '' ? value : null;

/** The task's updates dated on or before the end, oldest first (same day: array order). */
function updatesAsOf(task: ProgressTaskInput, end: string): DatedUpdate[] {
  return task.updates
    .map((update, order) => ({ update: { ...update, day: toIsoDate(update.at) }, order }))
    .filter(({ update }) => update.day <= end)
    .sort((a, b) => (a.update.day < b.update.day ? -1 : a.update.day > b.update.day ? 1 : a.order - b.order))
    .map(({ update }) => update);
}

/** A task as of the period's end, by the rules of DESIGN.md ("Status and what counts"). */
export function taskProgressAsOf(task: ProgressTaskInput, range: DateRange): TaskProgress {
  const history = updatesAsOf(task, range.end);
  const latest = history.at(-1) ?? null;
  const status = latest?.status ?? 'NOT_STARTED';
  const latestOf = (pick: (u: DatedUpdate) => string | null | undefined) =>
    [...history]
      .reverse()
      .map(pick)
      .map(nonEmpty)
      .find((v) => v !== null) ?? null;
  const result = latestOf((u) => u.result);
  const measuredValue = latestOf((u) => u.measuredValue);

  const implemented = status === 'IN_PROGRESS' || status === 'DONE';
  // A recurring task counts as completed when it was carried out within the period.
  const carriedOutInPeriod = history.some((u) => isCarriedOut(u) && u.day >= range.start);
  const completed = status === 'DONE' || (task.deadline.recurring && carriedOutInPeriod);

  const dueDate = task.deadline.dueDate;
  let timeliness: TaskProgress['timeliness'] = null;
  if (completed) {
    const firstDone = history.find((u) => u.status === 'DONE');
    timeliness = dueDate && firstDone && firstDone.day > dueDate ? 'LATE' : 'ON_TIME';
  } else if (dueDate && dueDate < range.end) {
    timeliness = 'OVERDUE';
  }

  return {
    id: task.id,
    code: task.code,
    status,
    result,
    measuredValue,
    targetMet: evaluateTarget(task.target ?? null, measuredValue),
    implemented,
    completed,
    timeliness,
    lastUpdateAt: latest?.at ?? null,
  };
}
