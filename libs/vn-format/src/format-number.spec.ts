import { formatNumber } from './format-number';

describe(formatNumber.name, () => {
  it.each<[number, number | undefined, string]>([
    [2619, undefined, '2.619'],
    [0, undefined, '0'],
    [999, undefined, '999'],
    [1000, undefined, '1.000'],
    [1234567, undefined, '1.234.567'],
    [66.666, 2, '66,67'],
    [66.665, 2, '66,67'],
    [1.005, 2, '1,01'],
    [12.5, 2, '12,50'],
    [100, 2, '100,00'],
    [1234.5, 1, '1.234,5'],
    [2.5, 0, '3'],
    [-2619.4, 0, '-2.619'],
    [-0.001, 2, '0,00'],
    [99.79, 2, '99,79'],
  ])('%d with %p decimals → %s', (n, decimals, expected) => {
    expect(formatNumber(n, decimals)).toBe(expected);
  });

  it('prints non-finite numbers as JavaScript does', () => {
    expect(formatNumber(Number.NaN)).toBe('NaN');
  });
});
