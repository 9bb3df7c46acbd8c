import { parseDeadline } from '../deadlines/parse-deadline';
import { fixtureTasks } from '../fixtures/ha-dong-2026';
import { ProgressTaskInput } from '../model';
import { countProgress } from './count-progress';
import {
  CPCM,
  FIRST_HALF_2026,
  TTDVSNC,
  TTPVHCC,
  dueBy,
  recurring,
  task,
  tasks,
  update,
} from './__fixtures__/progress-factories';

const done = (at = '2026-03-01') => [update('DONE', at)];
const inProgress = (at = '2026-03-01') => [update('IN_PROGRESS', at)];

describe(countProgress.name, () => {
  it('counts nothing for a plan without tasks', () => {
    expect(countProgress([], FIRST_HALF_2026)).toEqual({
      periodStart: '2025-12-15',
      periodEnd: '2026-06-14',
      total: 0,
      implemented: 0,
      completed: 0,
      rate: 0,
      rateText: '0,00%',
      onTime: 0,
      late: 0,
      overdue: 0,
      bySection: [],
      byUnit: [],
      tasks: [],
    });
  });

  it('gives 20/30 → 66,67%', () => {
    const summary = countProgress([...tasks(20, { updates: done() }), ...tasks(10)], FIRST_HALF_2026);
    expect(summary).toMatchObject({
      total: 30,
      implemented: 20,
      completed: 20,
      rate: 66.67,
      rateText: '66,67%',
    });
  });

  it('counts recurring tasks as completed only when carried out inside the period', () => {
    const summary = countProgress(
      [
        task({ deadline: recurring(), updates: inProgress('2026-02-01') }),
        task({ deadline: recurring(), updates: inProgress('2025-11-01') }),
        task({ deadline: recurring(), updates: inProgress('2026-06-20') }),
        task({ updates: inProgress('2026-02-01') }),
      ],
      FIRST_HALF_2026,
    );
    expect(summary).toMatchObject({ total: 4, implemented: 3, completed: 1, rate: 25, rateText: '25,00%' });
    expect(summary.tasks.map((t) => t.completed)).toEqual([true, false, false, false]);
  });

  it('never changes a past period when later updates arrive', () => {
    const before = [task({ id: 'a', updates: inProgress('2026-05-01') }), task({ id: 'b' })];
    const after = before.map((t) => ({
      ...t,
      updates: [...t.updates, update('DONE', '2026-06-20', { result: 'Xong' })],
    }));
    expect(countProgress(after, FIRST_HALF_2026)).toEqual(countProgress(before, FIRST_HALF_2026));
    expect(countProgress(after, { start: '2026-06-15', end: '2026-12-14' })).toMatchObject({ completed: 2 });
  });

  it('counts a task led by two units once for each unit, and once in the totals', () => {
    const summary = countProgress(
      [
        task({ leadUnits: [CPCM, TTDVSNC], updates: done() }),
        task({ leadUnits: [TTPVHCC] }),
        task({ leadUnits: [CPCM] }),
      ],
      FIRST_HALF_2026,
    );
    expect(summary).toMatchObject({ total: 3, completed: 1 });
    expect(
      summary.byUnit.map(({ unit, total, completed, rateText }) => ({ unit, total, completed, rateText })),
    ).toEqual([
      { unit: CPCM, total: 2, completed: 1, rateText: '50,00%' },
      { unit: TTDVSNC, total: 1, completed: 1, rateText: '100,00%' },
      { unit: TTPVHCC, total: 1, completed: 0, rateText: '0,00%' },
    ]);
  });

  it('groups units ignoring case and diacritics, and a unit listed twice counts once', () => {
    const summary = countProgress(
      [
        task({ leadUnits: ['Phòng Văn hoá-Xã hội', 'Phòng Văn hóa-xã hội'] }),
        task({ leadUnits: ['Phòng Văn hóa-Xã hội '] }),
      ],
      FIRST_HALF_2026,
    );
    expect(summary.byUnit).toHaveLength(1);
    expect(summary.byUnit[0]).toMatchObject({ unit: 'Phòng Văn hoá-Xã hội', total: 2 });
  });

  it('figures each section in order of first appearance', () => {
    const summary = countProgress(
      [
        task({ sectionCode: 'II', updates: done() }),
        task({ sectionCode: 'I', updates: inProgress() }),
        task({ sectionCode: 'II' }),
        task({ sectionCode: 'III', deadline: recurring(), updates: inProgress() }),
      ],
      FIRST_HALF_2026,
    );
    expect(
      summary.bySection.map(({ sectionCode, total, implemented, completed, rateText }) => [
        sectionCode,
        total,
        implemented,
        completed,
        rateText,
      ]),
    ).toEqual([
      ['II', 2, 1, 1, '50,00%'],
      ['I', 1, 1, 0, '0,00%'],
      ['III', 1, 1, 1, '100,00%'],
    ]);
  });

  it('counts on time, late and overdue, with on time + late = completed', () => {
    const summary = countProgress(
      [
        task({ deadline: dueBy('2026-03-31'), updates: done('2026-03-30') }),
        task({ deadline: dueBy('2026-03-31'), updates: done('2026-04-02') }),
        task({ deadline: dueBy('2026-03-31'), updates: inProgress('2026-03-01') }),
        task({ deadline: dueBy('2026-09-15') }),
        task({ deadline: recurring(), updates: inProgress('2026-05-01') }),
        task(),
      ],
      FIRST_HALF_2026,
    );
    expect(summary).toMatchObject({ completed: 3, onTime: 2, late: 1, overdue: 1 });
    expect(summary.onTime + summary.late).toBe(summary.completed);
    expect(summary.tasks.map((t) => t.timeliness)).toEqual([
      'ON_TIME',
      'LATE',
      'OVERDUE',
      null,
      'ON_TIME',
      null,
    ]);
  });

  it('lists tasks in input order', () => {
    const input = [task({ id: 'x', code: '2.1' }), task({ id: 'y', code: '1' })];
    expect(countProgress(input, FIRST_HALF_2026).tasks.map((t) => [t.id, t.code])).toEqual([
      ['x', '2.1'],
      ['y', '1'],
    ]);
  });

  it.each([
    { start: '2026-06-14', end: '2025-12-15' },
    { start: '15/12/2025', end: '2026-06-14' },
    { start: '2025-12-15', end: '' },
  ])('refuses the range %j', (range) => {
    expect(() => countProgress([], range)).toThrow(RangeError);
  });

  it('figures the Hà Đông plan per section and unit consistently with its totals', () => {
    const input: ProgressTaskInput[] = fixtureTasks().map((t) => ({
      id: `${t.sectionCode}.${t.code}`,
      code: t.code,
      sectionCode: t.sectionCode,
      leadUnits: t.leadUnits,
      deadline: parseDeadline(t.deadlineText, 2026),
      target: t.target,
      updates: [update(t.status, t.reportedAt, { result: t.result, measuredValue: t.measuredValue })],
    }));
    const summary = countProgress(input, FIRST_HALF_2026);
    const sum = (key: 'total' | 'completed' | 'implemented') =>
      summary.bySection.reduce((n, s) => n + s[key], 0);

    expect(summary.total).toBe(30);
    expect(summary.bySection.map((s) => [s.sectionCode, s.total])).toEqual([
      ['I', 1],
      ['II', 11],
      ['III', 8],
      ['IV', 3],
      ['V', 7],
    ]);
    expect([sum('total'), sum('implemented'), sum('completed')]).toEqual([
      summary.total,
      summary.implemented,
      summary.completed,
    ]);
    expect(summary.onTime + summary.late).toBe(summary.completed);
    expect(summary.byUnit.find((u) => u.unit === TTDVSNC)?.total).toBe(1);
  });
});
