import { toRoman } from '@kstthc/vn-format';
import { PeriodRef } from '../model';
import { periodMonths } from './period-months';

/** How documents name a period: "quý I năm 2026", "6 tháng đầu năm 2026", "năm 2026". */
export function periodName(ref: PeriodRef): string {
  const { firstMonth } = periodMonths(ref);
  switch (ref.kind) {
    case 'MONTH':
      return `tháng ${firstMonth} năm ${ref.year}`;
    case 'QUARTER':
      return `quý ${toRoman(ref.index as number)} năm ${ref.year}`;
    case 'HALF_YEAR':
      return `6 tháng ${ref.index === 1 ? 'đầu' : 'cuối'} năm ${ref.year}`;
    case 'NINE_MONTHS':
      return `9 tháng đầu năm ${ref.year}`;
    case 'YEAR':
      return `năm ${ref.year}`;
  }
}
