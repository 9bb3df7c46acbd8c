import { formatNumber } from './format-number';

/** A value that is already a percentage, always with two decimals: 66.67 → "66,67%". */
export function formatPercent(value: number): string {
  return `${formatNumber(value, 2)}%`;
}
