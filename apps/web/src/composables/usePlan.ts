import { watch, type Ref } from 'vue';
import { operations } from '@/graphql';
import type { Plan, Task } from '@/graphql/types';
import { useAsyncData } from './useAsyncData';
import { AppError, useGraphql } from './useGraphql';

/** Puts a changed task back into the tree, returning a new plan object (the tree is not deeply reactive). */
export function replaceTask(plan: Plan, task: Task): Plan {
  return {
    ...plan,
    sections: plan.sections.map((s) => ({
      ...s,
      contents: s.contents.map((c) =>
        c.tasks.some((t) => t.id === task.id)
          ? { ...c, tasks: c.tasks.map((t) => (t.id === task.id ? task : t)) }
          : c,
      ),
    })),
  };
}

export function findTask(plan: Plan | null, taskId: string): Task | null {
  for (const s of plan?.sections ?? [])
    for (const c of s.contents) for (const t of c.tasks) if (t.id === taskId) return t;
  return null;
}

/** A plan with its whole tree; reloads when the id changes. */
export function usePlan(planId: Ref<string>) {
  const request = useGraphql();
  async function load(): Promise<Plan> {
    const { plan } = await request<{ plan: Plan | null }>(operations.planTree, { id: planId.value });
    if (!plan) throw new AppError('NOT_FOUND', 'Không tìm thấy kế hoạch');
    return plan;
  }
  const state = useAsyncData(load, { immediate: false });
  // Another plan chosen: its predecessor's tasks must not stay on screen (or be opened) while it loads.
  watch(
    planId,
    (id, previous) => {
      if (previous !== undefined && id !== previous) state.data.value = null;
      void state.run();
    },
    { immediate: true },
  );

  /** Fetches the tree again and returns the fresh copy of one task (used after a CONFLICT). */
  async function reloadTask(taskId: string): Promise<Task | null> {
    const plan = await load();
    state.data.value = plan;
    return findTask(plan, taskId);
  }

  function updateTask(task: Task): void {
    if (state.data.value) state.data.value = replaceTask(state.data.value, task);
  }

  return {
    plan: state.data,
    loading: state.loading,
    error: state.error,
    reload: state.run,
    reloadTask,
    updateTask,
  };
}
