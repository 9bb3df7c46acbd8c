import { formatNumber } from './format-number';
import { formatPercent } from './format-percent';

export interface Rate {
  /** Percentage rounded half up to two decimals: 66.67. */
  rate: number;
  /** As printed in reports: "66,67%". */
  rateText: string;
}

/** part / total as a percentage: (20, 30) → 66.67 and "66,67%"; a total of 0 gives 0. */
export function formatRate(part: number, total: number): Rate {
  if (!(total > 0) || !Number.isFinite(part)) return { rate: 0, rateText: formatPercent(0) };
  let hundredths: number;
  if (Number.isInteger(part) && Number.isInteger(total) && part >= 0) {
    // Exact integer arithmetic on the fraction: round(part * 10000 / total), half up.
    hundredths = Math.floor((2 * part * 10000 + total) / (2 * total));
  } else {
    hundredths = Number(
      formatNumber((part * 100) / total, 2)
        .replace(/\./g, '')
        .replace(',', ''),
    );
  }
  const rate = hundredths / 100;
  return { rate, rateText: formatPercent(rate) };
}
