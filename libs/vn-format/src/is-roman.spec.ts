import { isRoman } from './is-roman';

describe(isRoman.name, () => {
  it.each([
    ['I', true],
    ['V', true],
    ['XX', true],
    ['IIII', false],
    ['vi', false],
    ['2', false],
    ['2.1', false],
    ['', false],
  ])('%j → %s', (input, expected) => {
    expect(isRoman(input)).toBe(expected);
  });
});
