import { daysInMonth, foldDiacritics, fromRoman } from '@kstthc/vn-format';
import { calendarPeriodEnd } from '../periods/calendar-period-end';
import { isoDay } from '../periods/iso-day';
import { Deadline, PeriodRef } from '../model';

// Patterns run on folded text (lower case, no diacritics, single spaces).
const RECURRING = /\bthuong xuyen\b/;
const NUMERIC_DATE = /(?<![\d.])(\d{1,2}) ?([/.-]) ?(\d{1,2}) ?\2 ?(\d{4})(?!\d)/g;
const WORDED_DATE = /\bngay (\d{1,2}) thang (\d{1,2}) nam (\d{4})\b/g;
const YEAR_SUFFIX = String.raw`(?:\s*(?:nam|/|-)\s*(\d{4}))?`;
const QUARTER = new RegExp(String.raw`\bquy (iv|i{1,3}|[1-4])\b${YEAR_SUFFIX}`);
const HALF = new RegExp(String.raw`\b0?6 thang (dau|cuoi) nam\b(?:\s*(\d{4}))?`);
const NINE = new RegExp(String.raw`\b0?9 thang dau nam\b(?:\s*(\d{4}))?`);
const MONTH = new RegExp(String.raw`\bthang (\d{1,2})\b${YEAR_SUFFIX}`);
const YEAR = /\bnam (\d{4})\b/;
const THIS_YEAR = /\b(?:trong|ca) nam\b/;

interface DateScan {
  dates: string[];
  unreadable: boolean;
  rest: string;
}

function checkedDate(day: number, month: number, year: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return isoDay(year, month, day);
}

function scanDates(folded: string): DateScan {
  const dates: string[] = [];
  let unreadable = false;
  const take = (day: string, month: string, year: string) => {
    const date = checkedDate(Number(day), Number(month), Number(year));
    if (date) dates.push(date);
    else unreadable = true;
    return ' ';
  };
  const rest = folded
    .replace(WORDED_DATE, (_m, d: string, m: string, y: string) => take(d, m, y))
    .replace(NUMERIC_DATE, (_m, d: string, _sep: string, m: string, y: string) => take(d, m, y));
  return { dates, unreadable, rest };
}

type PeriodScan = { period: PeriodRef | null; unreadable: boolean };

function scanPeriod(text: string, planYear: number | undefined): PeriodScan {
  const yearOf = (written: string | undefined) => (written ? Number(written) : planYear);
  const build = (kind: PeriodRef['kind'], year: number | undefined, index: number | null): PeriodScan =>
    year === undefined
      ? { period: null, unreadable: true }
      : { period: { kind, year, index }, unreadable: false };

  const quarter = QUARTER.exec(text);
  if (quarter) {
    const index = /^\d$/.test(quarter[1])
      ? Number(quarter[1])
      : (fromRoman(quarter[1].toUpperCase()) as number);
    return build('QUARTER', yearOf(quarter[2]), index);
  }
  const half = HALF.exec(text);
  if (half) return build('HALF_YEAR', yearOf(half[2]), half[1] === 'dau' ? 1 : 2);
  const nine = NINE.exec(text);
  if (nine) return build('NINE_MONTHS', yearOf(nine[1]), null);
  const month = MONTH.exec(text);
  if (month) {
    const index = Number(month[1]);
    if (index < 1 || index > 12) return { period: null, unreadable: true };
    return build('MONTH', yearOf(month[2]), index);
  }
  const year = YEAR.exec(text);
  if (year) return build('YEAR', Number(year[1]), null);
  if (THIS_YEAR.test(text)) return build('YEAR', planYear, null);
  return { period: null, unreadable: false };
}

/**
 * Reads a completion time ("Thời gian hoàn thành") while keeping its text:
 * "Thường xuyên", "Chậm nhất ngày 15/9/2026", "Quý II năm 2026", "Trong năm 2026", both at once,
 * or free text. An explicit date wins over a period's end; with several dates the latest counts.
 * Text with an impossible date (31/2/2026) or a period without a year is kept as free text.
 */
export function parseDeadline(text: string, planYear?: number): Deadline {
  const original = text.trim();
  const folded = foldDiacritics(original);
  const recurring = RECURRING.test(folded);
  const { dates, unreadable: badDate, rest } = scanDates(folded);
  const { period, unreadable: badPeriod } = scanPeriod(rest, planYear);

  if (badDate || badPeriod) {
    return { text: original, recurring, dueDate: null, period: null, freeText: original };
  }
  const dueDate = dates.length > 0 ? [...dates].sort().at(-1)! : period ? calendarPeriodEnd(period) : null;
  const understood = recurring || dueDate !== null;
  return {
    text: original,
    recurring,
    dueDate,
    period,
    freeText: understood || original === '' ? null : original,
  };
}
