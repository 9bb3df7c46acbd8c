import { daysInMonth } from './days-in-month';

const VN_DATE = /^(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})$/;

/** "15/9/2026", "15-09-2026", "15.9.2026" → "2026-09-15"; null when not a real date. */
export function parseVnDate(s: string): string | null {
  const match = VN_DATE.exec(s.trim());
  if (!match) return null;
  const day = Number(match[1]);
  const month = Number(match[3]);
  const year = Number(match[4]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${match[4]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
