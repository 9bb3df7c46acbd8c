import { isoDay } from './iso-day';

describe(isoDay.name, () => {
  it.each<[number, number, number, string]>([
    [2026, 9, 15, '2026-09-15'],
    [2025, 12, 1, '2025-12-01'],
    [999, 1, 1, '0999-01-01'],
  ])('%i, %i, %i → %s', (year, month, day, expected) => {
    expect(isoDay(year, month, day)).toBe(expected);
  });
});
