import { formatDateLong } from './format-date-long';

describe(formatDateLong.name, () => {
  it.each<[Date | string, string]>([
    ['2026-06-19', 'ngày 19 tháng 06 năm 2026'],
    ['2026-03-09', 'ngày 09 tháng 03 năm 2026'],
    ['2026-12-31T10:00:00', 'ngày 31 tháng 12 năm 2026'],
    [new Date('2026-06-19T01:00:00Z'), 'ngày 19 tháng 06 năm 2026'],
  ])('%j → %s', (input, expected) => {
    expect(formatDateLong(input)).toBe(expected);
  });
});
