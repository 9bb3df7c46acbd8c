import { padCount } from './pad-count';

describe(padCount.name, () => {
  it.each([
    [0, '00'],
    [5, '05'],
    [9, '09'],
    [10, '10'],
    [22, '22'],
    [30, '30'],
    [120, '120'],
  ])('%i → %s', (n, expected) => {
    expect(padCount(n)).toBe(expected);
  });
});
