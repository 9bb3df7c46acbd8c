const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;

/**
 * The calendar day (yyyy-mm-dd) of a date as a Vietnamese reader sees it.
 * ISO dates and date-times without an offset are taken as written; instants (Date objects,
 * date-times with "Z" or an offset) are read in Asia/Ho_Chi_Minh time (UTC+7, no DST),
 * so a server running in UTC dates documents the same as an officer in Hà Đông.
 */
export function toIsoDate(d: Date | string): string {
  if (typeof d === 'string') {
    const s = d.trim();
    if (ISO_DATE.test(s)) return s;
    const local = LOCAL_DATE_TIME.exec(s);
    if (local) return local[1];
    return toIsoDate(new Date(s));
  }
  const time = d.getTime();
  if (Number.isNaN(time)) throw new RangeError(`Ngày không hợp lệ: ${String(d)}`);
  return new Date(time + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}
