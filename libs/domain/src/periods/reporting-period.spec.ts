import { PeriodRef } from '../model';
import { reportingPeriod } from './reporting-period';

const month = (year: number, index: number): PeriodRef => ({ kind: 'MONTH', year, index });
const quarter = (year: number, index: number): PeriodRef => ({ kind: 'QUARTER', year, index });
const half = (year: number, index: number): PeriodRef => ({ kind: 'HALF_YEAR', year, index });
const nineMonths = (year: number): PeriodRef => ({ kind: 'NINE_MONTHS', year });
const wholeYear = (year: number): PeriodRef => ({ kind: 'YEAR', year });

describe(reportingPeriod.name, () => {
  it.each<[PeriodRef, string, string, string]>([
    [month(2026, 1), '2025-12-15', '2026-01-14', 'tháng 1 năm 2026'],
    [month(2026, 3), '2026-02-15', '2026-03-14', 'tháng 3 năm 2026'],
    [month(2026, 12), '2026-11-15', '2026-12-14', 'tháng 12 năm 2026'],
    [quarter(2026, 1), '2025-12-15', '2026-03-14', 'quý I năm 2026'],
    [quarter(2026, 2), '2026-03-15', '2026-06-14', 'quý II năm 2026'],
    [quarter(2026, 3), '2026-06-15', '2026-09-14', 'quý III năm 2026'],
    [quarter(2026, 4), '2026-09-15', '2026-12-14', 'quý IV năm 2026'],
    [half(2024, 1), '2023-12-15', '2024-06-14', '6 tháng đầu năm 2024'],
    [half(2026, 1), '2025-12-15', '2026-06-14', '6 tháng đầu năm 2026'],
    [half(2026, 2), '2026-06-15', '2026-12-14', '6 tháng cuối năm 2026'],
    [nineMonths(2026), '2025-12-15', '2026-09-14', '9 tháng đầu năm 2026'],
    [wholeYear(2026), '2025-12-15', '2026-12-14', 'năm 2026'],
  ])('%j → %s..%s', (ref, start, end, name) => {
    expect(reportingPeriod(ref)).toEqual({
      kind: ref.kind,
      year: ref.year,
      index: ref.index ?? null,
      start,
      end,
      name,
    });
  });

  it('ignores an index for the 9-month and yearly periods', () => {
    expect(reportingPeriod({ kind: 'YEAR', year: 2026, index: 3 }).index).toBeNull();
  });

  it.each<[PeriodRef, string]>([
    [month(2026, 0), 'Tháng phải từ 1 đến 12'],
    [month(2026, 13), 'Tháng phải từ 1 đến 12'],
    [{ kind: 'MONTH', year: 2026 }, 'Tháng phải từ 1 đến 12'],
    [quarter(2026, 5), 'Quý phải từ 1 đến 4'],
    [quarter(2026, 1.5), 'Quý phải từ 1 đến 4'],
    [{ kind: 'QUARTER', year: 2026, index: null }, 'Quý phải từ 1 đến 4'],
    [half(2026, 3), 'Kỳ 6 tháng phải là 1'],
    [{ kind: 'WEEK' as PeriodRef['kind'], year: 2026 }, 'Loại kỳ báo cáo không hợp lệ: WEEK'],
    [wholeYear(26), 'Năm không hợp lệ: 26'],
    [wholeYear(2026.5), 'Năm không hợp lệ'],
  ])('refuses %j', (ref, message) => {
    expect(() => reportingPeriod(ref)).toThrow(RangeError);
    expect(() => reportingPeriod(ref)).toThrow(message);
  });

  it('tiles a year with its months without gaps or overlaps', () => {
    for (let m = 1; m < 12; m++) {
      const next = new Date(`${reportingPeriod(month(2026, m)).end}T00:00:00Z`);
      next.setUTCDate(next.getUTCDate() + 1);
      expect(reportingPeriod(month(2026, m + 1)).start).toBe(next.toISOString().slice(0, 10));
    }
  });
});
