import { fromRoman } from './from-roman';

describe(fromRoman.name, () => {
  it.each([
    ['I', 1],
    ['II', 2],
    ['IV', 4],
    ['V', 5],
    ['IX', 9],
    ['XIV', 14],
    ['XIX', 19],
    ['XX', 20],
    [' III ', 3],
    ['MMXXVI', 2026],
  ])('%j → %i', (input, expected) => {
    expect(fromRoman(input)).toBe(expected);
  });

  it.each(['', ' ', 'IIII', 'VV', 'IC', 'XM', 'iv', 'ii', 'I.', '1', 'ABC', 'I I'])('%j → null', (input) => {
    expect(fromRoman(input)).toBeNull();
  });
});
