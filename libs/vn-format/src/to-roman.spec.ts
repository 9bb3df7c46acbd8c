import { toRoman } from './to-roman';
import { fromRoman } from './from-roman';

describe(toRoman.name, () => {
  it.each([
    [1, 'I'],
    [2, 'II'],
    [3, 'III'],
    [4, 'IV'],
    [5, 'V'],
    [6, 'VI'],
    [9, 'IX'],
    [10, 'X'],
    [14, 'XIV'],
    [19, 'XIX'],
    [20, 'XX'],
    [40, 'XL'],
    [90, 'XC'],
    [2026, 'MMXXVI'],
    [3999, 'MMMCMXCIX'],
  ])('%i → %s', (n, expected) => {
    expect(toRoman(n)).toBe(expected);
  });

  it.each([0, -1, 1.5, 4000, Number.NaN])('refuses %d', (n) => {
    expect(() => toRoman(n)).toThrow(RangeError);
  });

  it('round-trips with fromRoman from 1 to 100', () => {
    for (let n = 1; n <= 100; n++) expect(fromRoman(toRoman(n))).toBe(n);
  });
});
