import { groupBy } from './group-by.util';

describe(groupBy.name, () => {
  it('returns one list per key in key order, empty for keys with no rows', () => {
    const rows = [
      { k: 'b', v: 1 },
      { k: 'a', v: 2 },
      { k: 'b', v: 3 },
      { k: 'z', v: 4 },
    ];
    expect(groupBy(['a', 'b', 'c'], rows, (r) => r.k).map((g) => g.map((r) => r.v))).toEqual([
      [2],
      [1, 3],
      [],
    ]);
  });
});
