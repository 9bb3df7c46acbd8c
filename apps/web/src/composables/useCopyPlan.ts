import { computed, ref, shallowRef } from 'vue';
import { operations } from '@/graphql';
import type { CopiedPlan } from '@/graphql/types';
import { toAppError, type AppError, type GraphqlRequest } from './useGraphql';

/** The plan being copied: its id and year. */
export interface CopySource {
  id: string;
  year: number;
}

/** The i18n key of what is wrong with the typed target year, or null when it can be sent. */
export function copyYearError(text: string, sourceYear: number): string | null {
  const value = text.trim();
  if (value === '') return 'copyPlan.yearRequired';
  if (!/^\d{4}$/.test(value)) return 'copyPlan.yearFormat';
  const year = Number(value);
  if (year < 2000 || year > 2100) return 'copyPlan.yearRange';
  if (year === sourceYear) return 'copyPlan.yearSame';
  return null;
}

/** The dialog's state: the typed year checked as it changes, the request, its refusal or result. */
export function useCopyPlan(request: GraphqlRequest) {
  const source = shallowRef<CopySource | null>(null);
  const yearText = ref('');
  const busy = ref(false);
  const error = shallowRef<AppError | null>(null);
  const copied = shallowRef<CopiedPlan | null>(null);

  const yearError = computed(() => (source.value ? copyYearError(yearText.value, source.value.year) : null));
  const canSubmit = computed(() => !!source.value && !yearError.value && !busy.value && !copied.value);

  /** Starts over for another plan, proposing the year after its own. */
  function open(plan: CopySource): void {
    source.value = plan;
    yearText.value = String(plan.year + 1);
    error.value = null;
    copied.value = null;
    busy.value = false;
  }

  /** Sends the copy; the new plan on success, null when refused (the message is in `error`). */
  async function submit(): Promise<CopiedPlan | null> {
    if (!source.value || !canSubmit.value) return null;
    busy.value = true;
    error.value = null;
    try {
      const data = await request<{ copyPlanToYear: CopiedPlan }>(operations.copyPlanToYear, {
        input: { planId: source.value.id, year: Number(yearText.value.trim()) },
      });
      copied.value = data.copyPlanToYear;
      return copied.value;
    } catch (e) {
      error.value = toAppError(e);
      return null;
    } finally {
      busy.value = false;
    }
  }

  return { source, yearText, yearError, canSubmit, busy, error, copied, open, submit };
}
