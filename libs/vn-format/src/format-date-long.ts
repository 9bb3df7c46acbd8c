import { toIsoDate } from './to-iso-date';

/** "ngày 19 tháng 06 năm 2026", as in a report's place-and-date line. */
export function formatDateLong(d: Date | string): string {
  const [year, month, day] = toIsoDate(d).split('-');
  return `ngày ${day} tháng ${month} năm ${year}`;
}
