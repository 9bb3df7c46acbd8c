import { computed, type Ref } from 'vue';
import type { Me, Task, Unit } from '@/graphql/types';
import { unitIdsActingFor } from './useUnits';

/** Who may report progress (set the status): leaders and administrators, and officers of a unit that leads it. */
export function canReportOn(user: Me | null, task: Task, actingFor: readonly string[]): boolean {
  if (!user) return false;
  if (user.role === 'ADMIN' || user.role === 'LEADER') return true;
  if (user.role !== 'OFFICER') return false;
  const ids = new Set(actingFor);
  return task.leadUnits.some((u) => ids.has(u.id));
}

/** Officers of a coordinating unit add a contribution note (with evidence) but never change the status. */
export function canContributeOn(user: Me | null, task: Task, actingFor: readonly string[]): boolean {
  if (user?.role !== 'OFFICER' || canReportOn(user, task, actingFor)) return false;
  const ids = new Set(actingFor);
  return task.coordinatingUnits.some((u) => ids.has(u.id));
}

export function useTaskAccess(user: Ref<Me | null>, units: Ref<Unit[] | null>) {
  const actingFor = computed(() => unitIdsActingFor(user.value?.unitId ?? null, units.value ?? []));
  const canAssign = computed(() => user.value?.role === 'ADMIN' || user.value?.role === 'LEADER');
  return {
    actingFor,
    canAssign,
    canReport: (task: Task) => canReportOn(user.value, task, actingFor.value),
    canContribute: (task: Task) => canContributeOn(user.value, task, actingFor.value),
  };
}
