import { readDeadline } from './read-deadline';

describe('readDeadline', () => {
  it.each([
    ['Thường xuyên', { recurring: true, dueDate: null, freeText: null }],
    ['Thường xuyên Chậm nhất ngày 15/9/2026', { recurring: true, dueDate: '2026-09-15', freeText: null }],
    ['Quý II năm 2026', { dueDate: '2026-06-30', period: { kind: 'QUARTER', year: 2026, index: 2 } }],
    ['Trong năm', { dueDate: '2025-12-31', period: { kind: 'YEAR', year: 2025 } }],
    ['Theo lộ trình của Nghị quyết', { dueDate: null, freeText: 'Theo lộ trình của Nghị quyết' }],
    ['Theo Nghị quyết số 01/NQ-CP', { dueDate: null, freeText: 'Theo Nghị quyết số 01/NQ-CP' }],
    ['', { dueDate: null, freeText: null }],
  ])('reads %j', (text, expected) => {
    const { deadline, unreadable } = readDeadline(text, 2025);
    expect(unreadable).toBe(false);
    expect(deadline).toMatchObject({ text, ...expected });
  });

  it.each(['31/2/2026', 'Chậm nhất ngày 31/02/2026', 'Tháng 13 năm 2026'])(
    'flags %j as unreadable',
    (text) => {
      const { deadline, unreadable } = readDeadline(text, 2026);
      expect(unreadable).toBe(true);
      expect(deadline).toMatchObject({ text, dueDate: null, freeText: text });
    },
  );
});
