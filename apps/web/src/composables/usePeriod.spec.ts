import { describe, expect, it } from 'vitest';
import { defaultPeriod, indexCount, periodParam, periodRange } from './usePeriod';

describe('periods on screen', () => {
  it('names the download parameter', () => {
    expect(periodParam({ kind: 'HALF_YEAR', year: 2026, index: 1 })).toBe('HALF_YEAR-2026-1');
    expect(periodParam({ kind: 'YEAR', year: 2026, index: null })).toBe('YEAR-2026');
  });

  it('uses the data cut-off rule from libs/domain', () => {
    expect(periodRange({ kind: 'HALF_YEAR', year: 2026, index: 1 })).toMatchObject({
      start: '2025-12-15',
      end: '2026-06-14',
      name: '6 tháng đầu năm 2026',
    });
    expect(periodRange({ kind: 'QUARTER', year: 2026, index: 9 })).toBeNull();
  });

  it('defaults to the current half year of the plan year, else the plan year', () => {
    expect(defaultPeriod(2026, new Date('2026-06-10T03:00:00Z'))).toEqual({
      kind: 'HALF_YEAR',
      year: 2026,
      index: 1,
    });
    expect(defaultPeriod(2025, new Date('2026-06-10T03:00:00Z'))).toEqual({
      kind: 'YEAR',
      year: 2025,
      index: null,
    });
    expect(indexCount('QUARTER')).toBe(4);
  });
});
