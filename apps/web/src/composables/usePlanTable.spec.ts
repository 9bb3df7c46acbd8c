import { describe, expect, it } from 'vitest';
import { nextTick, ref } from 'vue';
import { makePlan, PCM, VHXH } from '@/testing/plan-factory';
import {
  buildRows,
  emptyFilters,
  indexPlan,
  usePlanTable,
  type PlanRow,
  type TaskFilters,
} from './usePlanTable';

const TODAY = '2026-11-23';
const plan = makePlan();
const entries = indexPlan(plan);
const rowsFor = (filters: Partial<TaskFilters>, collapsed: Set<string> = new Set()) =>
  buildRows(plan, entries, { ...emptyFilters(), ...filters }, collapsed, TODAY);
const shape = (rows: PlanRow[]) =>
  rows.map((r) => (r.kind === 'task' ? `task ${r.entry.task.code}` : `${r.kind} ${r.code}`));

describe('buildRows', () => {
  it('lays the plan out like the appendix: section rows, content rows for contents with sub-tasks, task rows', () => {
    const { rows, shown } = rowsFor({});
    expect(shown).toBe(6);
    expect(shape(rows)).toEqual([
      'section I',
      'task 1',
      'section II',
      'content 2',
      'task 2.3',
      'task 2.5',
      'task 2.6',
      'section IV',
      'task 1',
      'task 8',
    ]);
  });

  it('searches without diacritics and keeps the section and content of each match', () => {
    const { rows, shown } = rowsFor({ query: 'tiep nhan phan anh' });
    expect(shown).toBe(1);
    expect(shape(rows)).toEqual(['section IV', 'task 1']);
  });

  it('finds sub-tasks by their content title, not every task of a section by its title', () => {
    expect(rowsFor({ query: 'to chuc thuc hien kiem soat' }).shown).toBe(3);
    expect(rowsFor({ query: 'hoan thien the che' }).shown).toBe(0);
  });

  it('searches unit names too', () => {
    expect(shape(rowsFor({ query: 'van hoa xa hoi' }).rows)).toEqual(['section IV', 'task 8']);
  });

  it('filters by a unit that leads or coordinates, or only leads', () => {
    expect(rowsFor({ unitIds: [PCM.id] }).shown).toBe(5);
    expect(shape(rowsFor({ unitIds: [PCM.id], leadOnly: true }).rows)).toEqual([
      'section II',
      'content 2',
      'task 2.3',
      'task 2.5',
    ]);
    expect(shape(rowsFor({ unitIds: [VHXH.id] }).rows)).toEqual(['section IV', 'task 8']);
  });

  it('filters by status', () => {
    expect(rowsFor({ statuses: ['DONE'] }).shown).toBe(2);
    expect(rowsFor({ statuses: ['DONE', 'IN_PROGRESS'] }).shown).toBe(3);
  });

  it.each([
    ['OVERDUE', ['task 2.3']],
    ['DUE_SOON', []],
    ['RECURRING', ['task 1', 'task 2.3', 'task 1', 'task 8']],
    ['DATED', ['task 2.3', 'task 2.6']],
    ['NO_DATE', ['task 2.5']],
  ] as const)('deadline filter %s', (deadline, tasks) => {
    const { rows } = rowsFor({ deadline });
    expect(shape(rows).filter((r) => r.startsWith('task'))).toEqual(tasks);
  });

  it('marks overdue tasks that are not done', () => {
    const overdue = rowsFor({}).rows.filter((r) => r.kind === 'task' && r.state === 'OVERDUE');
    expect(overdue.map((r) => (r.kind === 'task' ? r.entry.task.code : ''))).toEqual(['2.3']);
  });

  it('collapses a section to its own row', () => {
    const { rows } = rowsFor({}, new Set([plan.sections[1].id]));
    expect(shape(rows)).toEqual(['section I', 'task 1', 'section II', 'section IV', 'task 1', 'task 8']);
    expect(rows[2]).toMatchObject({ kind: 'section', collapsed: true, shown: 3 });
  });

  it('stays fast with 2,000 tasks', () => {
    const big = makePlan();
    const template = big.sections[1].contents[0].tasks[0];
    big.sections[1].contents[0].tasks = Array.from({ length: 2000 }, (_, i) => ({
      ...template,
      id: `big-${i}`,
      code: `2.${i + 1}`,
      description: `Nhiệm vụ số ${i + 1} về công khai thủ tục hành chính tại Hà Đông`,
    }));
    const started = performance.now();
    const index = indexPlan(big);
    for (const query of ['ha dong', 'cong khai 1999', '']) {
      buildRows(big, index, { ...emptyFilters(), query }, new Set(), TODAY);
    }
    expect(performance.now() - started).toBeLessThan(500);
    expect(buildRows(big, index, { ...emptyFilters(), query: 'so 1999 ' }, new Set(), TODAY).shown).toBe(1);
  });
});

describe('usePlanTable', () => {
  it('recomputes rows as filters change and clears them', async () => {
    const table = usePlanTable(ref(makePlan()));
    expect(table.total.value).toBe(6);
    table.filters.query = 'ha dong khong co';
    await nextTick();
    expect(table.rows.value).toEqual([]);
    expect(table.filtering.value).toBe(true);
    table.clearFilters();
    expect(table.shown.value).toBe(6);
    table.collapseAll();
    expect(table.rows.value.every((r) => r.kind === 'section')).toBe(true);
    table.expandAll();
    expect(table.rows.value).toHaveLength(10);
  });
});
