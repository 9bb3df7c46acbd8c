import { formatDate } from './format-date';

describe(formatDate.name, () => {
  it.each<[Date | string, string]>([
    ['2026-06-19', '19/06/2026'],
    ['2026-01-01', '01/01/2026'],
    ['2026-12-31', '31/12/2026'],
    ['2026-06-19T08:00:00', '19/06/2026'],
    ['2026-06-18T20:00:00Z', '19/06/2026'],
    [new Date('2026-03-09T03:00:00Z'), '09/03/2026'],
  ])('%j → %s', (input, expected) => {
    expect(formatDate(input)).toBe(expected);
  });

  it('does not shift an ISO date by the time zone', () => {
    expect(formatDate('2026-01-01')).toBe('01/01/2026');
  });
});
