import { computed, reactive, ref, type Ref } from 'vue';
import type { Plan, Task, TaskStatus } from '@/graphql/types';
import { deadlineState, todayIso, type DeadlineState } from './useDeadlineState';
import { foldText, matchesWords, queryWords } from './useTextSearch';

export type DeadlineFilter = 'OVERDUE' | 'DUE_SOON' | 'RECURRING' | 'DATED' | 'NO_DATE';

export interface TaskFilters {
  query: string;
  /** Tasks led or coordinated by any of these units; empty = every unit. */
  unitIds: string[];
  /** Only tasks these units lead (not merely coordinate). */
  leadOnly: boolean;
  statuses: TaskStatus[];
  deadline: DeadlineFilter | null;
}

/** A task with where it sits in the plan and its folded search text, computed once per load. */
export interface TaskEntry {
  task: Task;
  sectionId: string;
  sectionCode: string;
  contentId: string;
  searchText: string;
}

export type PlanRow =
  | {
      kind: 'section';
      key: string;
      sectionId: string;
      code: string;
      title: string;
      collapsed: boolean;
      shown: number;
    }
  | { kind: 'content'; key: string; code: string; title: string }
  | { kind: 'task'; key: string; entry: TaskEntry; state: DeadlineState };

export function emptyFilters(): TaskFilters {
  return { query: '', unitIds: [], leadOnly: false, statuses: [], deadline: null };
}

/** What a task is found by: its own text and units, and its content's title (a heading for sub-tasks). */
function taskSearchText(task: Task, contentTitle: string): string {
  return foldText(
    [
      task.code,
      task.description,
      contentTitle,
      task.result ?? '',
      task.expectedProduct ?? '',
      task.deadline.text,
      ...task.leadUnits.map((u) => u.name),
      ...task.coordinatingUnits.map((u) => u.name),
    ].join(' '),
  );
}

/** Every task of the plan in order, with its section and folded search text. */
export function indexPlan(plan: Plan): TaskEntry[] {
  const entries: TaskEntry[] = [];
  for (const section of plan.sections) {
    for (const content of section.contents) {
      for (const task of content.tasks) {
        entries.push({
          task,
          sectionId: section.id,
          sectionCode: section.code,
          contentId: content.id,
          searchText: taskSearchText(task, content.isTask ? '' : content.title),
        });
      }
    }
  }
  return entries;
}

function matchesDeadline(task: Task, filter: DeadlineFilter, today: string): boolean {
  switch (filter) {
    case 'OVERDUE':
    case 'DUE_SOON':
      return deadlineState(task, today) === filter;
    case 'RECURRING':
      return task.deadline.recurring;
    case 'DATED':
      return !!task.deadline.dueDate;
    case 'NO_DATE':
      return !task.deadline.dueDate && !task.deadline.recurring;
  }
}

/** The task filter as one predicate; the query is folded once, not once per task. */
export function taskMatcher(filters: TaskFilters, today: string): (entry: TaskEntry) => boolean {
  const words = queryWords(filters.query);
  const units = new Set(filters.unitIds);
  const statuses = new Set(filters.statuses);
  return ({ task, searchText }) => {
    if (statuses.size > 0 && !statuses.has(task.status)) return false;
    if (units.size > 0) {
      const lead = task.leadUnits.some((u) => units.has(u.id));
      const coordinating = !filters.leadOnly && task.coordinatingUnits.some((u) => units.has(u.id));
      if (!lead && !coordinating) return false;
    }
    if (filters.deadline && !matchesDeadline(task, filters.deadline, today)) return false;
    return words.length === 0 || matchesWords(searchText, words);
  };
}

export function isFiltering(filters: TaskFilters): boolean {
  return (
    filters.query.trim() !== '' ||
    filters.unitIds.length > 0 ||
    filters.statuses.length > 0 ||
    filters.deadline !== null
  );
}

/**
 * The rows of the appendix-shaped table: a bold section row, content rows for contents with sub-tasks,
 * task rows. While filtering, sections and contents without a matching task are left out.
 */
export function buildRows(
  plan: Plan,
  entries: readonly TaskEntry[],
  filters: TaskFilters,
  collapsed: ReadonlySet<string>,
  today: string,
): { rows: PlanRow[]; shown: number } {
  const filtering = isFiltering(filters);
  const matches = taskMatcher(filters, today);
  const byContent = new Map<string, TaskEntry[]>();
  for (const entry of entries) {
    if (!matches(entry)) continue;
    const list = byContent.get(entry.contentId);
    if (list) list.push(entry);
    else byContent.set(entry.contentId, [entry]);
  }
  const rows: PlanRow[] = [];
  let shown = 0;
  for (const section of plan.sections) {
    const sectionTasks = section.contents.reduce((n, c) => n + (byContent.get(c.id)?.length ?? 0), 0);
    if (filtering && sectionTasks === 0) continue;
    shown += sectionTasks;
    const isCollapsed = collapsed.has(section.id);
    rows.push({
      kind: 'section',
      key: `s-${section.id}`,
      sectionId: section.id,
      code: section.code,
      title: section.title,
      collapsed: isCollapsed,
      shown: sectionTasks,
    });
    if (isCollapsed) continue;
    for (const content of section.contents) {
      const tasks = byContent.get(content.id) ?? [];
      if (filtering && tasks.length === 0) continue;
      if (!content.isTask)
        rows.push({ kind: 'content', key: `c-${content.id}`, code: content.code, title: content.title });
      for (const entry of tasks) {
        rows.push({
          kind: 'task',
          key: `t-${entry.task.id}`,
          entry,
          state: deadlineState(entry.task, today),
        });
      }
    }
  }
  return { rows, shown };
}

/** Filters, collapsed sections and the resulting rows of a plan tree. */
export function usePlanTable(plan: Ref<Plan | null>) {
  const filters = reactive<TaskFilters>(emptyFilters());
  const collapsed = ref<Set<string>>(new Set());
  const today = todayIso();
  const entries = computed(() => (plan.value ? indexPlan(plan.value) : []));
  const result = computed(() =>
    plan.value
      ? buildRows(plan.value, entries.value, filters, collapsed.value, today)
      : { rows: [] as PlanRow[], shown: 0 },
  );

  function toggleSection(sectionId: string): void {
    const next = new Set(collapsed.value);
    if (next.has(sectionId)) next.delete(sectionId);
    else next.add(sectionId);
    collapsed.value = next;
  }
  function collapseAll(): void {
    collapsed.value = new Set(plan.value?.sections.map((s) => s.id) ?? []);
  }
  function expandAll(): void {
    collapsed.value = new Set();
  }
  function clearFilters(): void {
    Object.assign(filters, emptyFilters());
  }

  return {
    filters,
    collapsed,
    entries,
    rows: computed(() => result.value.rows),
    shown: computed(() => result.value.shown),
    total: computed(() => entries.value.length),
    filtering: computed(() => isFiltering(filters)),
    toggleSection,
    collapseAll,
    expandAll,
    clearFilters,
  };
}
