import { describe, expect, it } from 'vitest';
import { makeTask } from '@/testing/plan-factory';
import { addDays, deadlineState, todayIso } from './useDeadlineState';

describe('deadlineState', () => {
  const due = (dueDate: string | null, status: 'NOT_STARTED' | 'IN_PROGRESS' | 'DONE' = 'NOT_STARTED') =>
    makeTask({ status, deadline: { text: '', recurring: false, dueDate, freeText: null } });

  it.each([
    ['2026-09-14', 'NOT_STARTED', 'OVERDUE'],
    ['2026-09-15', 'IN_PROGRESS', 'DUE_SOON'],
    ['2026-10-15', 'NOT_STARTED', 'DUE_SOON'],
    ['2026-10-16', 'NOT_STARTED', null],
    ['2026-09-01', 'DONE', null],
  ] as const)('due %s, %s → %s on 2026-09-15', (date, status, expected) => {
    expect(deadlineState(due(date, status), '2026-09-15')).toBe(expected);
  });

  it('a task with no date is never overdue', () => {
    expect(deadlineState(due(null), '2030-01-01')).toBeNull();
  });

  it('counts days across month ends and gives today in Vietnam time', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(todayIso(new Date('2026-06-18T18:30:00Z'))).toBe('2026-06-19');
  });
});
