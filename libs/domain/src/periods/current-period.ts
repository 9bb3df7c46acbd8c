import { toIsoDate } from '@kstthc/vn-format';
import { PeriodKind } from '../model';
import { CUT_OFF_START_DAY, ReportingPeriod, reportingPeriod } from './reporting-period';

/**
 * The reporting period of a kind whose cut-off range contains the day: from the 15th on,
 * a day counts toward the next month (2026-12-20 is in tháng 1, quý I and năm 2027).
 * Days after 14 September fall in no 9-month range; they get that year's 9 months, the last one begun.
 */
export function currentPeriod(kind: PeriodKind, today: string | Date): ReportingPeriod {
  const [year, month, day] = toIsoDate(today).split('-').map(Number);
  let periodYear = year;
  let periodMonth = month;
  if (day >= CUT_OFF_START_DAY) {
    periodMonth += 1;
    if (periodMonth === 13) {
      periodMonth = 1;
      periodYear += 1;
    }
  }
  switch (kind) {
    case 'MONTH':
      return reportingPeriod({ kind, year: periodYear, index: periodMonth });
    case 'QUARTER':
      return reportingPeriod({ kind, year: periodYear, index: Math.ceil(periodMonth / 3) });
    case 'HALF_YEAR':
      return reportingPeriod({ kind, year: periodYear, index: Math.ceil(periodMonth / 6) });
    default:
      return reportingPeriod({ kind, year: periodYear, index: null });
  }
}
