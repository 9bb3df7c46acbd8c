import { formatDate } from '@kstthc/vn-format';

const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/** "14:05 ngày 19/06/2026" in Vietnam time (UTC+7 all year round). */
export function formatDateTimeVn(moment: Date): string {
  const local = new Date(moment.getTime() + VIETNAM_OFFSET_MS);
  const hh = String(local.getUTCHours()).padStart(2, '0');
  const mm = String(local.getUTCMinutes()).padStart(2, '0');
  return `${hh}:${mm} ngày ${formatDate(local.toISOString().slice(0, 10))}`;
}
