import { foldDiacritics } from '@kstthc/vn-format';

const PERCENT = /(\d+(?:[.,]\d+)?)\s*%/;
const FRACTION = /(?<![\d.,])(\d+)\s*\/\s*(\d+)(?![\d.,/])/;
const NUMBER = /\d+(?:[.,]\d+)?/;

const toNumber = (written: string): number => Number(written.replace(',', '.'));

function measuredPercent(measured: string): number | null {
  const percent = PERCENT.exec(measured);
  if (percent) return toNumber(percent[1]);
  const fraction = FRACTION.exec(measured);
  if (fraction && Number(fraction[2]) > 0) return (Number(fraction[1]) * 100) / Number(fraction[2]);
  const number = NUMBER.exec(measured);
  return number ? toNumber(number[0]) : null;
}

/**
 * Whether a reported value meets a measurable target: "Đạt tỷ lệ tối thiểu 80% hồ sơ …" with "99,79%" → true.
 * Reads the first percentage of the target and the first percentage (or fraction "4/4", or number) of the value;
 * "tối đa" / "không quá" targets are ceilings. Null when either is missing or unreadable.
 */
export function evaluateTarget(target: string | null, measured: string | null): boolean | null {
  if (!target || !measured) return null;
  const threshold = PERCENT.exec(target);
  const value = measuredPercent(measured);
  if (!threshold || value === null || Number.isNaN(value)) return null;
  const limit = toNumber(threshold[1]);
  const before = foldDiacritics(target.slice(0, threshold.index));
  const ceiling = /\b(toi da|khong qua|khong vuot qua|duoi)\s*$/.test(before);
  return ceiling ? value <= limit : value >= limit;
}
