export type RowCode =
  | { kind: 'none' }
  | { kind: 'section'; code: string }
  | { kind: 'content'; code: string }
  | { kind: 'task'; code: string; contentCode: string }
  | { kind: 'unknown'; text: string };

// Sections are numbered I … XXXIX; letters such as C, D or L are sub-items ("c)"), not sections.
const SECTION = /^X{0,3}(IX|IV|V?I{0,3})$/;
const CONTENT = /^\d{1,3}$/;
const TASK = /^(\d{1,3})[.,](\d{1,3})$/;

/**
 * What the TT cell of a row says: a section ("II"), a content ("2"), a task ("2.1"),
 * nothing (a continuation row), or something else. "2.", "II." and "2,1" are accepted.
 */
export function classifyCode(cell: string): RowCode {
  const firstLine = cell.trim().split('\n')[0] ?? '';
  const text = firstLine.replace(/\s+/g, '').replace(/[.)]+$/, '');
  if (text === '') return cell.trim() === '' ? { kind: 'none' } : { kind: 'unknown', text: cell.trim() };
  if (SECTION.test(text)) return { kind: 'section', code: text };
  if (CONTENT.test(text)) return { kind: 'content', code: String(Number(text)) };
  const task = TASK.exec(text);
  if (task) {
    const contentCode = String(Number(task[1]));
    return { kind: 'task', code: `${contentCode}.${Number(task[2])}`, contentCode };
  }
  return { kind: 'unknown', text: firstLine.trim() };
}
