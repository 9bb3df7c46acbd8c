import { describe, expect, it, vi } from 'vitest';
import { nextTick, ref } from 'vue';
import type { Plan } from '@/graphql/types';
import { makePlan } from '@/testing/plan-factory';

const pending = new Map<string, (plan: Plan) => void>();
vi.mock('./useGraphql', async (original) => ({
  ...(await original<typeof import('./useGraphql')>()),
  useGraphql: () => (_query: string, variables: { id: string }) =>
    new Promise((resolve) => pending.set(variables.id, (plan: Plan) => resolve({ plan }))),
}));

const { usePlan } = await import('./usePlan');

describe('usePlan', () => {
  it("does not keep showing the previous plan's tasks while another plan loads", async () => {
    const planId = ref('p-2026');
    const { plan, loading } = usePlan(planId);
    const first = { ...makePlan(), id: 'p-2026' };
    pending.get('p-2026')?.(first);
    await vi.waitFor(() => expect(plan.value?.id).toBe('p-2026'));

    planId.value = 'p-2027';
    await nextTick();
    expect(plan.value).toBeNull();
    expect(loading.value).toBe(true);
    pending.get('p-2027')?.({ ...makePlan(), id: 'p-2027' });
    await vi.waitFor(() => expect(plan.value?.id).toBe('p-2027'));
  });
});
