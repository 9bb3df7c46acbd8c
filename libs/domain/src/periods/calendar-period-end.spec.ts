import { PeriodRef } from '../model';
import { calendarPeriodEnd } from './calendar-period-end';

describe(calendarPeriodEnd.name, () => {
  it.each<[PeriodRef, string]>([
    [{ kind: 'MONTH', year: 2026, index: 2 }, '2026-02-28'],
    [{ kind: 'MONTH', year: 2028, index: 2 }, '2028-02-29'],
    [{ kind: 'MONTH', year: 2026, index: 10 }, '2026-10-31'],
    [{ kind: 'QUARTER', year: 2026, index: 1 }, '2026-03-31'],
    [{ kind: 'QUARTER', year: 2026, index: 2 }, '2026-06-30'],
    [{ kind: 'QUARTER', year: 2026, index: 3 }, '2026-09-30'],
    [{ kind: 'QUARTER', year: 2026, index: 4 }, '2026-12-31'],
    [{ kind: 'HALF_YEAR', year: 2026, index: 1 }, '2026-06-30'],
    [{ kind: 'HALF_YEAR', year: 2026, index: 2 }, '2026-12-31'],
    [{ kind: 'NINE_MONTHS', year: 2026 }, '2026-09-30'],
    [{ kind: 'YEAR', year: 2026 }, '2026-12-31'],
  ])('%j → %s', (ref, expected) => {
    expect(calendarPeriodEnd(ref)).toBe(expected);
  });
});
