import { TaskProgress } from '../model';
import { FIRST_HALF_2026, dueBy, recurring, task, update } from './__fixtures__/progress-factories';
import { taskProgressAsOf } from './task-progress-as-of';

const asOfH1 = (...args: Parameters<typeof task>) => taskProgressAsOf(task(...args), FIRST_HALF_2026);

describe(taskProgressAsOf.name, () => {
  describe('status as of the end of the period', () => {
    it.each<[string, Parameters<typeof task>[0], Partial<TaskProgress>]>([
      ['no update', {}, { status: 'NOT_STARTED', implemented: false, completed: false, lastUpdateAt: null }],
      [
        'in progress',
        { updates: [update('IN_PROGRESS', '2026-03-01')] },
        { status: 'IN_PROGRESS', implemented: true, completed: false },
      ],
      [
        'done',
        { updates: [update('DONE', '2026-03-01')] },
        { status: 'DONE', implemented: true, completed: true },
      ],
      [
        'done after the end is ignored',
        { updates: [update('IN_PROGRESS', '2026-03-01'), update('DONE', '2026-06-15')] },
        { status: 'IN_PROGRESS', completed: false, lastUpdateAt: '2026-03-01' },
      ],
      [
        'a date-time late on the last day (Vietnam time) is inside',
        { updates: [update('DONE', '2026-06-14T23:30:00+07:00')] },
        { status: 'DONE', lastUpdateAt: '2026-06-14T23:30:00+07:00' },
      ],
      [
        'a UTC instant that is already the 15th in Vietnam is outside',
        { updates: [update('DONE', '2026-06-14T18:00:00Z')] },
        { status: 'NOT_STARTED', lastUpdateAt: null },
      ],
      [
        'same day: the later in array order wins',
        { updates: [update('DONE', '2026-04-01'), update('IN_PROGRESS', '2026-04-01')] },
        { status: 'IN_PROGRESS' },
      ],
      [
        'updates out of order are read by date',
        { updates: [update('DONE', '2026-05-01'), update('IN_PROGRESS', '2026-02-01')] },
        { status: 'DONE', lastUpdateAt: '2026-05-01' },
      ],
      [
        'back to not started',
        { updates: [update('IN_PROGRESS', '2026-02-01'), update('NOT_STARTED', '2026-03-01')] },
        { status: 'NOT_STARTED', implemented: false },
      ],
    ])('%s', (_name, parts, expected) => {
      expect(asOfH1(parts)).toMatchObject(expected);
    });
  });

  describe('recurring tasks count as completed only when carried out within the period', () => {
    it.each<[string, Parameters<typeof task>[0]['updates'], boolean]>([
      ['in progress inside', [update('IN_PROGRESS', '2026-02-01')], true],
      ['in progress on the first day', [update('IN_PROGRESS', '2025-12-15')], true],
      ['in progress on the last day', [update('IN_PROGRESS', '2026-06-14')], true],
      ['in progress only before the start', [update('IN_PROGRESS', '2025-12-14')], false],
      ['in progress only after the end', [update('IN_PROGRESS', '2026-06-15')], false],
      ['never reported', [], false],
      ['reported not started inside', [update('NOT_STARTED', '2026-02-01')], false],
      ['done before the period and not since', [update('DONE', '2025-11-01')], true],
      [
        'carried out inside, then stopped',
        [update('IN_PROGRESS', '2026-02-01'), update('NOT_STARTED', '2026-03-01')],
        true,
      ],
    ])('%s → %s', (_name, updates, completed) => {
      expect(asOfH1({ deadline: recurring(), updates }).completed).toBe(completed);
    });
  });

  describe('timeliness', () => {
    it.each<[string, Parameters<typeof task>[0], TaskProgress['timeliness']]>([
      [
        'done on the due date',
        { deadline: dueBy('2026-03-31'), updates: [update('DONE', '2026-03-31')] },
        'ON_TIME',
      ],
      [
        'done before the due date',
        { deadline: dueBy('2026-03-31'), updates: [update('DONE', '2026-03-01')] },
        'ON_TIME',
      ],
      [
        'done after the due date',
        { deadline: dueBy('2026-03-31'), updates: [update('DONE', '2026-04-01')] },
        'LATE',
      ],
      [
        'the first done counts',
        {
          deadline: dueBy('2026-03-31'),
          updates: [update('DONE', '2026-03-01'), update('DONE', '2026-05-01')],
        },
        'ON_TIME',
      ],
      ['done without a due date', { updates: [update('DONE', '2026-04-01')] }, 'ON_TIME'],
      [
        'not done, due date passed',
        { deadline: dueBy('2026-03-31'), updates: [update('IN_PROGRESS', '2026-03-01')] },
        'OVERDUE',
      ],
      ['not done, due on the last day', { deadline: dueBy('2026-06-14') }, null],
      ['not done, due after the period', { deadline: dueBy('2026-09-15') }, null],
      ['not done, no due date', {}, null],
      [
        'recurring and due, carried out inside',
        {
          deadline: { ...recurring(), dueDate: '2026-03-31' },
          updates: [update('IN_PROGRESS', '2026-05-01')],
        },
        'ON_TIME',
      ],
      [
        'recurring and due, not carried out',
        { deadline: { ...recurring(), dueDate: '2026-03-31' } },
        'OVERDUE',
      ],
    ])('%s → %p', (_name, parts, expected) => {
      expect(asOfH1(parts).timeliness).toBe(expected);
    });
  });

  describe('result and measured value', () => {
    it('takes the latest non-empty result and measured value as of the end', () => {
      const progress = asOfH1({
        target: 'Đạt tỷ lệ tối thiểu 80% hồ sơ được thanh toán trực tuyến',
        updates: [
          update('IN_PROGRESS', '2026-02-01', { result: 'Đã và đang thực hiện', measuredValue: '75%' }),
          update('IN_PROGRESS', '2026-04-01', { result: 'Đạt 99,79%', measuredValue: '99,79%' }),
          update('DONE', '2026-05-01', { result: '  ', measuredValue: null }),
          update('DONE', '2026-07-01', { result: 'Ngoài kỳ', measuredValue: '10%' }),
        ],
      });
      expect(progress).toMatchObject({
        status: 'DONE',
        result: 'Đạt 99,79%',
        measuredValue: '99,79%',
        targetMet: true,
        lastUpdateAt: '2026-05-01',
      });
    });

    it('leaves result, measured value and target met empty without reports', () => {
      expect(asOfH1({ target: 'Đạt tối thiểu 80%' })).toMatchObject({
        result: null,
        measuredValue: null,
        targetMet: null,
      });
    });
  });
});
