import { countProgress, type ProgressSummary } from '@kstthc/domain';
import { shallowRef, watch, type Ref } from 'vue';
import { operations } from '@/graphql';
import type { PeriodInput, Plan, Progress } from '@/graphql/types';
import { toAppError, useGraphql, type AppError } from './useGraphql';
import { periodRange } from './usePeriod';

/**
 * The progress figures computed in the browser from the plan's update history with the same
 * countProgress() the API uses; only for a server that does not answer `progress` yet.
 */
export function progressFromPlan(plan: Plan, range: { start: string; end: string }): ProgressSummary {
  const tasks = plan.sections.flatMap((section) =>
    section.contents.flatMap((content) =>
      content.tasks.map((task) => ({
        id: task.id,
        code: task.code,
        sectionCode: section.code,
        leadUnits: task.leadUnits.map((u) => u.name),
        deadline: { ...task.deadline, period: null },
        target: task.target,
        updates: task.updates.map((u) => ({
          status: u.status,
          at: u.reportedAt,
          result: u.result,
          measuredValue: u.measuredValue ?? null,
        })),
      })),
    ),
  );
  return countProgress(tasks, range);
}

/** `progress(planId, period)` from the API, falling back to progressFromPlan() while the API lacks it. */
export function useProgress(planId: Ref<string>, period: Ref<PeriodInput>, plan: Ref<Plan | null>) {
  const request = useGraphql();
  const progress = shallowRef<Progress | null>(null);
  const computedLocally = shallowRef(false);
  const loading = shallowRef(false);
  const error = shallowRef<AppError | null>(null);
  let ticket = 0;

  async function load(): Promise<void> {
    const mine = ++ticket;
    const range = periodRange(period.value);
    if (!range) return;
    loading.value = true;
    error.value = null;
    try {
      const { progress: value } = await request<{ progress: Progress }>(operations.progress, {
        planId: planId.value,
        period: { kind: period.value.kind, year: period.value.year, index: period.value.index ?? null },
      });
      if (mine !== ticket) return;
      progress.value = value;
      computedLocally.value = false;
    } catch (e) {
      if (mine !== ticket) return;
      const appError = toAppError(e);
      if (appError.code === 'NOT_AVAILABLE' && plan.value) {
        progress.value = progressFromPlan(plan.value, range);
        computedLocally.value = true;
      } else if (appError.code !== 'NOT_AVAILABLE') {
        error.value = appError;
      }
    } finally {
      if (mine === ticket) loading.value = false;
    }
  }

  watch([planId, period, plan], () => void load(), { immediate: true, deep: true });
  return { progress, computedLocally, loading, error, reload: load };
}
