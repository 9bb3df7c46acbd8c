import { Deadline, PeriodRef } from '../model';
import { parseDeadline } from './parse-deadline';

const deadline = (text: string, parts: Partial<Deadline>): Deadline => ({
  text,
  recurring: false,
  dueDate: null,
  period: null,
  freeText: null,
  ...parts,
});
const quarter = (year: number, index: number): PeriodRef => ({ kind: 'QUARTER', year, index });
const half = (year: number, index: number): PeriodRef => ({ kind: 'HALF_YEAR', year, index });
const month = (year: number, index: number): PeriodRef => ({ kind: 'MONTH', year, index });
const nineMonths = (year: number): PeriodRef => ({ kind: 'NINE_MONTHS', year, index: null });
const wholeYear = (year: number): PeriodRef => ({ kind: 'YEAR', year, index: null });

describe(parseDeadline.name, () => {
  describe('every completion time of the Hà Đông plan (seed 003)', () => {
    it.each<[string, Partial<Deadline>]>([
      ['Thường xuyên', { recurring: true }],
      ['Thường xuyên Chậm nhất ngày 15/9/2026', { recurring: true, dueDate: '2026-09-15' }],
      ['Chậm nhất ngày 15/9/2026', { dueDate: '2026-09-15' }],
      ['Theo lộ trình của Nghị quyết', { freeText: 'Theo lộ trình của Nghị quyết' }],
      ['Trong năm 2026', { dueDate: '2026-12-31', period: wholeYear(2026) }],
      ['Quý II năm 2026', { dueDate: '2026-06-30', period: quarter(2026, 2) }],
    ])('%j', (text, parts) => {
      expect(parseDeadline(text, 2026)).toEqual(deadline(text, parts));
    });
  });

  describe('other forms', () => {
    it.each<[string, Partial<Deadline>]>([
      ['thường xuyên', { recurring: true }],
      ['THƯỜNG XUYÊN', { recurring: true }],
      ['Thuong xuyen', { recurring: true }],
      ['Thường xuyên,\nchậm nhất ngày 15/09/2026', { recurring: true, dueDate: '2026-09-15' }],
      ['Trước ngày 30/6/2026', { dueDate: '2026-06-30' }],
      ['15/9/2026', { dueDate: '2026-09-15' }],
      ['15-9-2026', { dueDate: '2026-09-15' }],
      ['15.9.2026', { dueDate: '2026-09-15' }],
      ['Chậm nhất ngày 15 tháng 9 năm 2026', { dueDate: '2026-09-15' }],
      ['Từ 01/6/2026 đến 30/6/2026', { dueDate: '2026-06-30' }],
      ['Quý 2/2026', { dueDate: '2026-06-30', period: quarter(2026, 2) }],
      ['Quý II/2026', { dueDate: '2026-06-30', period: quarter(2026, 2) }],
      ['quý i năm 2026', { dueDate: '2026-03-31', period: quarter(2026, 1) }],
      ['Quý III năm 2026', { dueDate: '2026-09-30', period: quarter(2026, 3) }],
      ['Quý IV năm 2026', { dueDate: '2026-12-31', period: quarter(2026, 4) }],
      ['Quý IV', { dueDate: '2026-12-31', period: quarter(2026, 4) }],
      ['6 tháng đầu năm 2026', { dueDate: '2026-06-30', period: half(2026, 1) }],
      ['06 tháng đầu năm 2026', { dueDate: '2026-06-30', period: half(2026, 1) }],
      ['6 tháng cuối năm 2026', { dueDate: '2026-12-31', period: half(2026, 2) }],
      ['6 tháng đầu năm', { dueDate: '2026-06-30', period: half(2026, 1) }],
      ['9 tháng đầu năm 2026', { dueDate: '2026-09-30', period: nineMonths(2026) }],
      ['Năm 2026', { dueDate: '2026-12-31', period: wholeYear(2026) }],
      ['Trong năm', { dueDate: '2026-12-31', period: wholeYear(2026) }],
      ['Tháng 10/2026', { dueDate: '2026-10-31', period: month(2026, 10) }],
      ['tháng 10 năm 2026', { dueDate: '2026-10-31', period: month(2026, 10) }],
      ['Tháng 2', { dueDate: '2026-02-28', period: month(2026, 2) }],
      [
        'Thường xuyên, báo cáo Quý II năm 2026',
        { recurring: true, dueDate: '2026-06-30', period: quarter(2026, 2) },
      ],
      ['Quý III năm 2026, chậm nhất ngày 15/9/2026', { dueDate: '2026-09-15', period: quarter(2026, 3) }],
      ['  Thường xuyên  ', { recurring: true }],
      ['', {}],
      [
        'Theo lộ trình của Nghị quyết số 66.7/2025/NQ-CP',
        { freeText: 'Theo lộ trình của Nghị quyết số 66.7/2025/NQ-CP' },
      ],
      ['Khi có yêu cầu', { freeText: 'Khi có yêu cầu' }],
    ])('%j', (text, parts) => {
      expect(parseDeadline(text, 2026)).toEqual(deadline(text.trim(), parts));
    });
  });

  describe('unreadable dates and periods become free text', () => {
    it.each<[string, number | undefined, Partial<Deadline>]>([
      ['Chậm nhất ngày 31/2/2026', 2026, { freeText: 'Chậm nhất ngày 31/2/2026' }],
      [
        'Thường xuyên Chậm nhất ngày 31/2/2026',
        2026,
        { recurring: true, freeText: 'Thường xuyên Chậm nhất ngày 31/2/2026' },
      ],
      ['Tháng 13/2026', 2026, { freeText: 'Tháng 13/2026' }],
      ['Quý II', undefined, { freeText: 'Quý II' }],
      ['6 tháng đầu năm', undefined, { freeText: '6 tháng đầu năm' }],
    ])('%j (plan year %p)', (text, planYear, parts) => {
      expect(parseDeadline(text, planYear)).toEqual(deadline(text, parts));
    });
  });

  it('prefers the written year over the plan year', () => {
    expect(parseDeadline('Quý I năm 2027', 2026).period).toEqual(quarter(2027, 1));
  });

  it('keeps the text exactly as given, trimmed', () => {
    expect(parseDeadline('  Quý  II năm 2026 ').text).toBe('Quý  II năm 2026');
  });
});
