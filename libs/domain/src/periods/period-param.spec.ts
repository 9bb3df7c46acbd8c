import { PeriodRef } from '../model';
import { formatPeriodParam, parsePeriodParam } from './period-param';

describe(parsePeriodParam.name, () => {
  it.each<[string, PeriodRef]>([
    ['HALF_YEAR-2026-1', { kind: 'HALF_YEAR', year: 2026, index: 1 }],
    ['HALF_YEAR-2026-2', { kind: 'HALF_YEAR', year: 2026, index: 2 }],
    ['MONTH-2026-12', { kind: 'MONTH', year: 2026, index: 12 }],
    ['MONTH-2026-03', { kind: 'MONTH', year: 2026, index: 3 }],
    ['QUARTER-2026-4', { kind: 'QUARTER', year: 2026, index: 4 }],
    ['NINE_MONTHS-2026', { kind: 'NINE_MONTHS', year: 2026, index: null }],
    ['YEAR-2026', { kind: 'YEAR', year: 2026, index: null }],
    [' year-2026 ', { kind: 'YEAR', year: 2026, index: null }],
  ])('%j → %j', (param, expected) => {
    expect(parsePeriodParam(param)).toEqual(expected);
  });

  it.each([
    '',
    'HALF_YEAR-2026',
    'HALF_YEAR-2026-3',
    'QUARTER-2026-0',
    'QUARTER-2026-5',
    'MONTH-2026-13',
    'YEAR-2026-1',
    'NINE_MONTHS-2026-1',
    'WEEK-2026-1',
    'YEAR-26',
    'YEAR2026',
    'garbage',
  ])('%j → null', (param) => {
    expect(parsePeriodParam(param)).toBeNull();
  });
});

describe(formatPeriodParam.name, () => {
  it.each<[PeriodRef, string]>([
    [{ kind: 'HALF_YEAR', year: 2026, index: 1 }, 'HALF_YEAR-2026-1'],
    [{ kind: 'MONTH', year: 2026, index: 3 }, 'MONTH-2026-3'],
    [{ kind: 'QUARTER', year: 2026, index: 2 }, 'QUARTER-2026-2'],
    [{ kind: 'NINE_MONTHS', year: 2026 }, 'NINE_MONTHS-2026'],
    [{ kind: 'YEAR', year: 2026, index: null }, 'YEAR-2026'],
  ])('%j → %s', (ref, expected) => {
    expect(formatPeriodParam(ref)).toBe(expected);
    expect(parsePeriodParam(expected)).toEqual({ ...ref, index: ref.index ?? null });
  });

  it('refuses an invalid period', () => {
    expect(() => formatPeriodParam({ kind: 'MONTH', year: 2026, index: 13 })).toThrow(RangeError);
  });
});
