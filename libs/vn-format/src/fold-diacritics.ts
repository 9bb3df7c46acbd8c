/**
 * Folds Vietnamese text for comparison: lower case, no diacritics, đ → d, single spaces.
 * "Phòng Văn hoá-Xã hội" and "phong van hóa-xa hoi" fold to the same string.
 */
export function foldDiacritics(s: string): string {
  return s
    .toLowerCase()
    .replace(/đ/g, 'd')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}
