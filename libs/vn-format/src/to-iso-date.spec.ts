import { toIsoDate } from './to-iso-date';

describe(toIsoDate.name, () => {
  it.each<[Date | string, string]>([
    ['2026-06-19', '2026-06-19'],
    [' 2026-06-19 ', '2026-06-19'],
    ['2026-06-19T23:30:00', '2026-06-19'],
    ['2026-06-19 08:00', '2026-06-19'],
    ['2026-06-19T16:59:59Z', '2026-06-19'],
    ['2026-06-19T17:00:00Z', '2026-06-20'],
    ['2026-06-19T23:30:00+07:00', '2026-06-19'],
    ['2026-06-19T00:30:00+09:00', '2026-06-18'],
    [new Date('2026-06-19T10:00:00Z'), '2026-06-19'],
    [new Date('2026-06-18T18:00:00Z'), '2026-06-19'],
  ])('%j → %s', (input, expected) => {
    expect(toIsoDate(input)).toBe(expected);
  });

  it.each(['garbage', '', new Date('nope')])('rejects %j', (input) => {
    expect(() => toIsoDate(input)).toThrow(RangeError);
  });
});
