import { foldDiacritics } from '@kstthc/vn-format';

/** Vietnamese text folded for search: lower case, no diacritics, đ → d ("Hà Đông" → "ha dong"). */
export const foldText = foldDiacritics;

/** The words of a query, folded; empty words dropped. */
export function queryWords(query: string): string[] {
  return foldText(query)
    .split(' ')
    .filter((w) => w.length > 0);
}

/** True when every folded query word occurs in the already folded haystack. */
export function matchesWords(foldedHaystack: string, words: readonly string[]): boolean {
  return words.every((w) => foldedHaystack.includes(w));
}

/** Diacritic-insensitive search of raw text: "ha dong" finds "Hà Đông". */
export function useTextSearch() {
  return {
    foldText,
    matches: (haystack: string, query: string) => matchesWords(foldText(haystack), queryWords(query)),
  };
}
