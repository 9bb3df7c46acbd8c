import { formatPercent } from './format-percent';

describe(formatPercent.name, () => {
  it.each([
    [66.67, '66,67%'],
    [100, '100,00%'],
    [0, '0,00%'],
    [12.5, '12,50%'],
    [99.789, '99,79%'],
  ])('%d → %s', (value, expected) => {
    expect(formatPercent(value)).toBe(expected);
  });
});
