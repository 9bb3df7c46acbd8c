import { PeriodKind, PeriodRef } from '../model';

const KINDS: readonly PeriodKind[] = ['MONTH', 'QUARTER', 'HALF_YEAR', 'NINE_MONTHS', 'YEAR'];

/** The calendar months a period covers, after checking the reference; throws RangeError when invalid. */
export function periodMonths(ref: PeriodRef): { firstMonth: number; lastMonth: number } {
  if (!KINDS.includes(ref.kind)) {
    throw new RangeError(`Loại kỳ báo cáo không hợp lệ: ${String(ref.kind)}`);
  }
  if (!Number.isInteger(ref.year) || ref.year < 1000 || ref.year > 9999) {
    throw new RangeError(`Năm không hợp lệ: ${String(ref.year)}`);
  }
  const index = ref.index ?? NaN;
  const inRange = (max: number) => Number.isInteger(index) && index >= 1 && index <= max;
  switch (ref.kind) {
    case 'MONTH':
      if (!inRange(12)) throw new RangeError('Tháng phải từ 1 đến 12');
      return { firstMonth: index, lastMonth: index };
    case 'QUARTER':
      if (!inRange(4)) throw new RangeError('Quý phải từ 1 đến 4');
      return { firstMonth: index * 3 - 2, lastMonth: index * 3 };
    case 'HALF_YEAR':
      if (!inRange(2))
        throw new RangeError('Kỳ 6 tháng phải là 1 (6 tháng đầu năm) hoặc 2 (6 tháng cuối năm)');
      return { firstMonth: index * 6 - 5, lastMonth: index * 6 };
    case 'NINE_MONTHS':
      return { firstMonth: 1, lastMonth: 9 };
    case 'YEAR':
      return { firstMonth: 1, lastMonth: 12 };
  }
}
