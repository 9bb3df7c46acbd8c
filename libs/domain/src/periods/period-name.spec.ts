import { PeriodRef } from '../model';
import { periodName } from './period-name';

describe(periodName.name, () => {
  it.each<[PeriodRef, string]>([
    [{ kind: 'MONTH', year: 2026, index: 3 }, 'tháng 3 năm 2026'],
    [{ kind: 'MONTH', year: 2026, index: 10 }, 'tháng 10 năm 2026'],
    [{ kind: 'QUARTER', year: 2026, index: 1 }, 'quý I năm 2026'],
    [{ kind: 'QUARTER', year: 2026, index: 4 }, 'quý IV năm 2026'],
    [{ kind: 'HALF_YEAR', year: 2026, index: 1 }, '6 tháng đầu năm 2026'],
    [{ kind: 'HALF_YEAR', year: 2026, index: 2 }, '6 tháng cuối năm 2026'],
    [{ kind: 'NINE_MONTHS', year: 2026 }, '9 tháng đầu năm 2026'],
    [{ kind: 'YEAR', year: 2026 }, 'năm 2026'],
  ])('%j → %s', (ref, expected) => {
    expect(periodName(ref)).toBe(expected);
  });

  it('refuses an invalid period', () => {
    expect(() => periodName({ kind: 'QUARTER', year: 2026, index: 0 })).toThrow('Quý phải từ 1 đến 4');
  });
});
