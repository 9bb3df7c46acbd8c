import { daysInMonth } from '@kstthc/vn-format';

// A whole date (d/m/yyyy) or a lone year; years inside document symbols ("66.7/2025/NQ-CP") are left alone.
const DATE_OR_YEAR =
  /(?<![\d.])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?!\d)|(?<!\d)((?:19|20)\d{2})(?![\d]|\/[A-Za-zĐđ])/g;

/**
 * Moves every year in a completion-time text by `years`, to copy a plan to another year:
 * "Chậm nhất ngày 15/9/2026" → "Chậm nhất ngày 15/9/2027". 29 February becomes 28 when needed.
 */
export function shiftDeadlineYear(text: string, years: number): string {
  return text.replace(
    DATE_OR_YEAR,
    (match, day: string | undefined, sep: string, month: string, year: string, lone: string | undefined) => {
      if (lone !== undefined) return String(Number(lone) + years);
      if (day === undefined) return match;
      const shifted = Number(year) + years;
      const lastDay = Number(month) >= 1 && Number(month) <= 12 ? daysInMonth(shifted, Number(month)) : 31;
      const newDay = Number(day) > lastDay && Number(day) <= 29 ? String(lastDay) : day;
      return `${newDay}${sep}${month}${sep}${shifted}`;
    },
  );
}
