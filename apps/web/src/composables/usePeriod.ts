import { currentPeriod, reportingPeriod, type ReportingPeriod } from '@kstthc/domain';
import { computed, ref } from 'vue';
import type { PeriodInput, PeriodKind } from '@/graphql/types';

export const PERIOD_KINDS: PeriodKind[] = ['MONTH', 'QUARTER', 'HALF_YEAR', 'NINE_MONTHS', 'YEAR'];

/** How many indexes a kind has: 12 months, 4 quarters, 2 halves; none for 9 months and the year. */
export function indexCount(kind: PeriodKind): number {
  return kind === 'MONTH' ? 12 : kind === 'QUARTER' ? 4 : kind === 'HALF_YEAR' ? 2 : 0;
}

/** The `period` query parameter of the download endpoints: "HALF_YEAR-2026-1", "YEAR-2026". */
export function periodParam(period: PeriodInput): string {
  return indexCount(period.kind) > 0
    ? `${period.kind}-${period.year}-${period.index}`
    : `${period.kind}-${period.year}`;
}

/** The range a period counts (cut-off rule from libs/domain), or null when the input is incomplete. */
export function periodRange(period: PeriodInput): ReportingPeriod | null {
  try {
    return reportingPeriod(period);
  } catch {
    return null;
  }
}

/** The current 6-month period by default, the most common report; the plan's year when it is another. */
export function defaultPeriod(planYear: number | null, today: Date = new Date()): PeriodInput {
  const current = currentPeriod('HALF_YEAR', today);
  if (planYear === null || current.year === planYear)
    return { kind: 'HALF_YEAR', year: current.year, index: current.index };
  return { kind: 'YEAR', year: planYear, index: null };
}

/** A reporting period chosen on screen, with its counted date range. */
export function usePeriod(initial: PeriodInput) {
  const period = ref<PeriodInput>({ ...initial });
  const range = computed(() => periodRange(period.value));
  const param = computed(() => periodParam(period.value));
  return { period, range, param };
}
