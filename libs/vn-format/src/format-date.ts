import { toIsoDate } from './to-iso-date';

/** "19/06/2026": the calendar day as Vietnamese documents write it. */
export function formatDate(d: Date | string): string {
  const [year, month, day] = toIsoDate(d).split('-');
  return `${day}/${month}/${year}`;
}
