import { shiftDeadlineYear } from './shift-deadline-year';

describe(shiftDeadlineYear.name, () => {
  it.each<[string, number, string]>([
    ['Chậm nhất ngày 15/9/2026', 1, 'Chậm nhất ngày 15/9/2027'],
    ['Thường xuyên Chậm nhất ngày 15/9/2026', 1, 'Thường xuyên Chậm nhất ngày 15/9/2027'],
    ['Quý II năm 2026', 1, 'Quý II năm 2027'],
    ['Quý 2/2026', 1, 'Quý 2/2027'],
    ['6 tháng đầu năm 2026', 1, '6 tháng đầu năm 2027'],
    ['Trong năm 2026', 2, 'Trong năm 2028'],
    ['Tháng 10/2026', 1, 'Tháng 10/2027'],
    ['15-09-2026', 1, '15-09-2027'],
    ['ngày 15 tháng 9 năm 2026', 1, 'ngày 15 tháng 9 năm 2027'],
    ['Từ 01/6/2026 đến 30/6/2026', 1, 'Từ 01/6/2027 đến 30/6/2027'],
    ['Trước ngày 29/2/2028', 1, 'Trước ngày 28/2/2029'],
    ['Trước ngày 28/2/2027', 1, 'Trước ngày 28/2/2028'],
    ['Chậm nhất ngày 15/9/2027', -1, 'Chậm nhất ngày 15/9/2026'],
    ['Thường xuyên', 1, 'Thường xuyên'],
    ['Theo lộ trình của Nghị quyết', 1, 'Theo lộ trình của Nghị quyết'],
    ['Theo lộ trình của Nghị quyết số 66.7/2025/NQ-CP', 1, 'Theo lộ trình của Nghị quyết số 66.7/2025/NQ-CP'],
  ])('%j + %i → %j', (text, years, expected) => {
    expect(shiftDeadlineYear(text, years)).toBe(expected);
  });
});
