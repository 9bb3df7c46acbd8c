import { computed, type Ref } from 'vue';
import type { Me, Task, Unit } from '@/graphql/types';
import { unitIdsActingFor } from './useUnits';

/** Who may report on a task: leaders and administrators, and officers of a unit that leads or coordinates it. */
export function canReportOn(user: Me | null, task: Task, actingFor: readonly string[]): boolean {
  if (!user) return false;
  if (user.role === 'ADMIN' || user.role === 'LEADER') return true;
  if (user.role !== 'OFFICER') return false;
  const ids = new Set(actingFor);
  return [...task.leadUnits, ...task.coordinatingUnits].some((u) => ids.has(u.id));
}

export function useTaskAccess(user: Ref<Me | null>, units: Ref<Unit[] | null>) {
  const actingFor = computed(() => unitIdsActingFor(user.value?.unitId ?? null, units.value ?? []));
  const canAssign = computed(() => user.value?.role === 'ADMIN' || user.value?.role === 'LEADER');
  return { actingFor, canAssign, canReport: (task: Task) => canReportOn(user.value, task, actingFor.value) };
}
