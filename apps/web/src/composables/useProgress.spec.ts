import { describe, expect, it } from 'vitest';
import { makePlan } from '@/testing/plan-factory';
import { progressFromPlan } from './useProgress';

describe('progressFromPlan', () => {
  it('counts implemented, completed and the rate with the domain rules', () => {
    const plan = makePlan();
    const [taskI] = plan.sections[0].contents[0].tasks;
    taskI.updates = [
      {
        status: 'IN_PROGRESS',
        result: 'Đang làm',
        reportedAt: '2026-03-20T02:00:00Z',
        author: null,
        evidence: [],
      },
    ];
    const task26 = plan.sections[1].contents[0].tasks[2];
    task26.updates = [
      { status: 'DONE', result: 'Xong', reportedAt: '2026-05-02T02:00:00Z', author: null, evidence: [] },
    ];
    const progress = progressFromPlan(plan, { start: '2025-12-15', end: '2026-06-14' });
    expect(progress).toMatchObject({ total: 6, implemented: 2, completed: 2, rateText: '33,33%' });
    expect(progress.bySection.map((s) => [s.sectionCode, s.total])).toEqual([
      ['I', 1],
      ['II', 3],
      ['IV', 2],
    ]);
    expect(progress.byUnit[0]).toMatchObject({ unit: 'Trung tâm Phục vụ hành chính công' });
  });
});
