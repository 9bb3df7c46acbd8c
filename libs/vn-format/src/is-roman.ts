import { fromRoman } from './from-roman';

/** Whether the text is one canonical upper-case Roman numeral ("IV", not "IIII" or "iv"). */
export function isRoman(s: string): boolean {
  return fromRoman(s) !== null;
}
