import { parseDeadline, type Deadline } from '@kstthc/domain';
import { fold } from '../text/fold';

export interface DeadlineReading {
  deadline: Deadline;
  /** The text names a date or period that could not be read ("31/2/2026", "Tháng 13 năm 2026"). */
  unreadable: boolean;
}

const DATE_LIKE = /\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|\bngay \d{1,2} thang \d{1,2}\b/;
const PERIOD_LIKE = /\b(?:quy|thang) [0-9ivx]+\b|\bnam \d{4}\b|\b(?:trong|ca) nam\b/;

/**
 * A completion time parsed by the domain's rules, plus whether it looked like a date or a period
 * that the rules could not read — which the import reports as a warning.
 */
export function readDeadline(text: string, planYear: number): DeadlineReading {
  const deadline = parseDeadline(text, planYear);
  const folded = fold(text);
  const unreadable =
    deadline.freeText !== null &&
    deadline.dueDate === null &&
    (DATE_LIKE.test(folded) || PERIOD_LIKE.test(folded));
  return { deadline, unreadable };
}
