const CANONICAL = /^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;
const VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

/**
 * "XIX" → 19; null unless the text is one canonical upper-case Roman numeral.
 * Lower case is refused so that ordinary words ("vi", "mix") are never taken for section codes.
 */
export function fromRoman(s: string): number | null {
  const text = s.trim();
  if (text.length === 0 || !CANONICAL.test(text)) return null;
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const value = VALUES[text[i]];
    const next = i + 1 < text.length ? VALUES[text[i + 1]] : 0;
    total += value < next ? -value : value;
  }
  return total;
}
