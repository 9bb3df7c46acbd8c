import { daysInMonth } from '@kstthc/vn-format';
import { PeriodRef } from '../model';
import { isoDay } from './iso-day';
import { periodMonths } from './period-months';

/** The calendar last day of a named period (quý II 2026 → 2026-06-30), for deadlines, not the cut-off. */
export function calendarPeriodEnd(ref: PeriodRef): string {
  const { lastMonth } = periodMonths(ref);
  return isoDay(ref.year, lastMonth, daysInMonth(ref.year, lastMonth));
}
