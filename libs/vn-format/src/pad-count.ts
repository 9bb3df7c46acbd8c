/** Counts as Vietnamese documents write them, at least two digits: 5 → "05" ("05 mục"). */
export function padCount(n: number): string {
  return n >= 0 && n < 10 ? `0${n}` : String(n);
}
