import { formatDate } from './format-date';

const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/** "14:05 ngày 19/06/2026" in Vietnam time (UTC+7 all year round). */
export function formatDateTime(moment: Date | string): string {
  const time = new Date(moment).getTime();
  if (Number.isNaN(time)) throw new RangeError(`Thời điểm không hợp lệ: ${String(moment)}`);
  const local = new Date(time + VIETNAM_OFFSET_MS);
  const hh = String(local.getUTCHours()).padStart(2, '0');
  const mm = String(local.getUTCMinutes()).padStart(2, '0');
  return `${hh}:${mm} ngày ${formatDate(local.toISOString().slice(0, 10))}`;
}
