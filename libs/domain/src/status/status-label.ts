import { foldDiacritics } from '@kstthc/vn-format';
import { TaskStatus } from '../model';

const LABELS: Record<TaskStatus, string> = {
  NOT_STARTED: 'Chưa thực hiện',
  IN_PROGRESS: 'Đang thực hiện',
  DONE: 'Đã hoàn thành',
};

/** The status as shown to users and printed in documents. */
export function statusLabel(status: TaskStatus): string {
  return LABELS[status];
}

// Patterns on folded text (see foldDiacritics).
const NOT_STARTED = /^chua\b/;
const IN_PROGRESS = /^(da va dang|dang)\b|\bdang (trien khai|thuc hien)\b/;
const DONE = /^(da\b|100 ?%|hoan thanh\b)|\bda hoan thanh\b/;
const ALSO_NOT_DONE = /\bchua\b/;

/**
 * Guesses a status from a result text written by a unit, for imports of old reports:
 * "Chưa thực hiện" → NOT_STARTED, "Đã và đang thực hiện…" → IN_PROGRESS, "Đã triển khai thực hiện",
 * "Đã hoàn thành", "100% …" → DONE. A done-looking text that also lists something "chưa" (not yet)
 * done is taken as in progress. Null when nothing is recognised.
 */
export function statusFromText(text: string): TaskStatus | null {
  const folded = foldDiacritics(text).replace(/^[\s\-–•+*.:;,]+/, '');
  if (folded === '') return null;
  if (NOT_STARTED.test(folded)) return 'NOT_STARTED';
  if (IN_PROGRESS.test(folded)) return 'IN_PROGRESS';
  if (DONE.test(folded)) return ALSO_NOT_DONE.test(folded) ? 'IN_PROGRESS' : 'DONE';
  return null;
}
