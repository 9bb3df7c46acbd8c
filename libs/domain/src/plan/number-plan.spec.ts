import { numberPlan } from './number-plan';

const tasks = (...ids: string[]) => ids.map((id) => ({ id }));

describe(numberPlan.name, () => {
  it('numbers sections in Roman numerals, contents from 1 and tasks as content.n', () => {
    const codes = numberPlan([
      { id: 's1', contents: [{ id: 'c1', tasks: tasks('t1') }] },
      {
        id: 's2',
        contents: [
          { id: 'c2', tasks: tasks('t2') },
          { id: 'c3', tasks: tasks('t3', 't4') },
        ],
      },
    ]);
    expect(Object.fromEntries(codes)).toEqual({
      s1: 'I',
      c1: '1',
      t1: '1',
      s2: 'II',
      c2: '1',
      t2: '1',
      c3: '2',
      t3: '2.1',
      t4: '2.2',
    });
  });

  it('gives a content with no task a code and nothing else', () => {
    expect(Object.fromEntries(numberPlan([{ id: 's', contents: [{ id: 'c', tasks: [] }] }]))).toEqual({
      s: 'I',
      c: '1',
    });
  });
});
