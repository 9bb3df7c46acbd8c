import { foldDiacritics } from './fold-diacritics';

/** True when every word of the query occurs in the haystack, ignoring case and diacritics. */
export function matchesSearch(haystack: string, query: string): boolean {
  const words = foldDiacritics(query)
    .split(' ')
    .filter((w) => w.length > 0);
  if (words.length === 0) return true;
  const folded = foldDiacritics(haystack);
  return words.every((w) => folded.includes(w));
}
