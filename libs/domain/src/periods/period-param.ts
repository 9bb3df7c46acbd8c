import { PeriodRef } from '../model';
import { periodMonths } from './period-months';

const WITH_INDEX = /^(MONTH|QUARTER|HALF_YEAR)-(\d{4})-(\d{1,2})$/;
const WITHOUT_INDEX = /^(NINE_MONTHS|YEAR)-(\d{4})$/;

/** "HALF_YEAR-2026-1", "YEAR-2026" (the `period` query parameter) → PeriodRef; null when invalid. */
export function parsePeriodParam(param: string): PeriodRef | null {
  const text = param.trim().toUpperCase();
  const withIndex = WITH_INDEX.exec(text);
  const withoutIndex = WITHOUT_INDEX.exec(text);
  let ref: PeriodRef;
  if (withIndex) {
    ref = {
      kind: withIndex[1] as PeriodRef['kind'],
      year: Number(withIndex[2]),
      index: Number(withIndex[3]),
    };
  } else if (withoutIndex) {
    ref = { kind: withoutIndex[1] as PeriodRef['kind'], year: Number(withoutIndex[2]), index: null };
  } else {
    return null;
  }
  try {
    periodMonths(ref);
  } catch {
    return null;
  }
  return ref;
}

/** PeriodRef → "HALF_YEAR-2026-1" or "YEAR-2026"; the inverse of parsePeriodParam. */
export function formatPeriodParam(ref: PeriodRef): string {
  periodMonths(ref);
  return ref.kind === 'NINE_MONTHS' || ref.kind === 'YEAR'
    ? `${ref.kind}-${ref.year}`
    : `${ref.kind}-${ref.year}-${ref.index}`;
}
