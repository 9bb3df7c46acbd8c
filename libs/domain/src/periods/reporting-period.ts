import { DateRange, PeriodRef } from '../model';
import { isoDay } from './iso-day';
import { periodMonths } from './period-months';
import { periodName } from './period-name';

export type ReportingPeriod = DateRange & PeriodRef & { name: string };

/** Data cut-off: from the 15th of the month before the period's first month. */
export const CUT_OFF_START_DAY = 15;
/** … to the 14th of its last month. */
export const CUT_OFF_END_DAY = 14;

/**
 * The dates a periodic report counts (quý I 2026 = 2025-12-15..2026-03-14).
 * Throws RangeError with a Vietnamese message for an invalid kind, year or index.
 */
export function reportingPeriod(ref: PeriodRef): ReportingPeriod {
  const { firstMonth, lastMonth } = periodMonths(ref);
  const start =
    firstMonth === 1
      ? isoDay(ref.year - 1, 12, CUT_OFF_START_DAY)
      : isoDay(ref.year, firstMonth - 1, CUT_OFF_START_DAY);
  const end = isoDay(ref.year, lastMonth, CUT_OFF_END_DAY);
  const index = ref.kind === 'NINE_MONTHS' || ref.kind === 'YEAR' ? null : (ref.index as number);
  const normalized: PeriodRef = { kind: ref.kind, year: ref.year, index };
  return { ...normalized, start, end, name: periodName(normalized) };
}
