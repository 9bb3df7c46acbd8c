import { foldDiacritics, formatRate } from '@kstthc/vn-format';
import { DateRange, ProgressFigures, ProgressSummary, ProgressTaskInput, TaskProgress } from '../model';
import { taskProgressAsOf } from './task-progress-as-of';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function figures(tasks: TaskProgress[]): ProgressFigures {
  const completed = tasks.filter((t) => t.completed).length;
  return {
    total: tasks.length,
    implemented: tasks.filter((t) => t.implemented).length,
    completed,
    ...formatRate(completed, tasks.length),
    onTime: tasks.filter((t) => t.timeliness === 'ON_TIME').length,
    late: tasks.filter((t) => t.timeliness === 'LATE').length,
    overdue: tasks.filter((t) => t.timeliness === 'OVERDUE').length,
  };
}

/** Groups in order of first appearance; a task may fall in several groups, once in each. */
function groupBy(
  tasks: ProgressTaskInput[],
  progress: TaskProgress[],
  keysOf: (task: ProgressTaskInput) => string[],
): Array<{ label: string; tasks: TaskProgress[] }> {
  const groups = new Map<string, { label: string; tasks: TaskProgress[] }>();
  tasks.forEach((task, i) => {
    const seen = new Set<string>();
    for (const label of keysOf(task)) {
      const key = foldDiacritics(label);
      if (key === '' || seen.has(key)) continue;
      seen.add(key);
      const group = groups.get(key) ?? { label: label.trim(), tasks: [] };
      group.tasks.push(progress[i]);
      groups.set(key, group);
    }
  });
  return [...groups.values()];
}

function checkRange(range: DateRange): void {
  if (!ISO_DATE.test(range.start) || !ISO_DATE.test(range.end) || range.start > range.end) {
    throw new RangeError(`Kỳ báo cáo không hợp lệ: ${range.start} đến ${range.end}`);
  }
}

/**
 * The progress figures of a plan for a period, evaluated as of the period's last day from the update
 * history: updates dated after the end are ignored, so a past period's report never changes.
 * Unit names are grouped ignoring case and diacritics ("Văn hoá" = "Văn hóa"), shown as first written.
 */
export function countProgress(tasks: ProgressTaskInput[], range: DateRange): ProgressSummary {
  checkRange(range);
  const progress = tasks.map((task) => taskProgressAsOf(task, range));
  return {
    periodStart: range.start,
    periodEnd: range.end,
    ...figures(progress),
    bySection: groupBy(tasks, progress, (t) => [t.sectionCode]).map((g) => ({
      sectionCode: g.label,
      ...figures(g.tasks),
    })),
    byUnit: groupBy(tasks, progress, (t) => t.leadUnits).map((g) => ({ unit: g.label, ...figures(g.tasks) })),
    tasks: progress,
  };
}
