import { foldDiacritics } from '@kstthc/vn-format';

/** Folds text for comparison (lower case, no diacritics, đ → d, single spaces, trimmed). */
export const fold: (s: string) => string = foldDiacritics;

/**
 * Folds a piece of text without touching spaces, so that positions can be mapped back to the
 * original: "Đông" → "dong".
 */
export function foldChars(s: string): string {
  return s.toLowerCase().replace(/đ/g, 'd').normalize('NFD').replace(/\p{M}/gu, '');
}
