import { PeriodRef } from '../model';
import { periodMonths } from './period-months';

describe(periodMonths.name, () => {
  it.each<[PeriodRef, number, number]>([
    [{ kind: 'MONTH', year: 2026, index: 7 }, 7, 7],
    [{ kind: 'QUARTER', year: 2026, index: 1 }, 1, 3],
    [{ kind: 'QUARTER', year: 2026, index: 3 }, 7, 9],
    [{ kind: 'HALF_YEAR', year: 2026, index: 1 }, 1, 6],
    [{ kind: 'HALF_YEAR', year: 2026, index: 2 }, 7, 12],
    [{ kind: 'NINE_MONTHS', year: 2026 }, 1, 9],
    [{ kind: 'YEAR', year: 2026 }, 1, 12],
  ])('%j → months %i..%i', (ref, firstMonth, lastMonth) => {
    expect(periodMonths(ref)).toEqual({ firstMonth, lastMonth });
  });
});
