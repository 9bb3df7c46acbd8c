import { toIsoDate } from '@kstthc/vn-format';
import type { Task } from '@/graphql/types';

export type DeadlineState = 'OVERDUE' | 'DUE_SOON' | null;

/** How many days ahead a deadline counts as "due soon". */
export const DUE_SOON_DAYS = 30;

/** Today as yyyy-mm-dd in Vietnam's calendar. */
export function todayIso(now: Date = new Date()): string {
  return toIsoDate(now);
}

export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Overdue: a due date before today and not done; due soon: not done and due within DUE_SOON_DAYS. */
export function deadlineState(task: Pick<Task, 'status' | 'deadline'>, today: string): DeadlineState {
  const due = task.deadline.dueDate;
  if (!due || task.status === 'DONE') return null;
  if (due < today) return 'OVERDUE';
  if (due <= addDays(today, DUE_SOON_DAYS)) return 'DUE_SOON';
  return null;
}
