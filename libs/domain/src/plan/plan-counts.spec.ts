import { HA_DONG_2026 } from '../fixtures/ha-dong-2026';
import { ContentNode, SectionNode, TaskNode } from '../model';
import { countPlan, isContentItsOwnTask } from './plan-counts';

const taskNode = (code: string): TaskNode => ({
  code,
  description: `Nhiệm vụ ${code}`,
  leadUnits: ['Trung tâm Phục vụ hành chính công'],
  coordinatingUnits: [],
  deadlineText: 'Thường xuyên',
});
/** A content that is its own task. */
const single = (code: string): ContentNode => ({ code, title: `Nội dung ${code}`, tasks: [taskNode(code)] });
/** A content with sub-items code.1 … code.n. */
const withTasks = (code: string, n: number): ContentNode => ({
  code,
  title: `Nội dung ${code}`,
  tasks: Array.from({ length: n }, (_, i) => taskNode(`${code}.${i + 1}`)),
});
const section = (code: string, ...contents: ContentNode[]): SectionNode => ({
  code,
  title: `Mục ${code}`,
  contents,
});
const singles = (n: number) => Array.from({ length: n }, (_, i) => single(String(i + 1)));

describe(countPlan.name, () => {
  it.each<[string, SectionNode[], [number, number, number]]>([
    ['an empty plan', [], [0, 0, 0]],
    ['a section without contents', [section('I')], [1, 0, 0]],
    ['a content without tasks yet', [section('I', { code: '1', title: 'x', tasks: [] })], [1, 1, 0]],
    [
      'the Hà Đông shape: 5 sections, 22 contents, 30 tasks',
      [
        section('I', single('1')),
        section('II', single('1'), withTasks('2', 6), withTasks('3', 4)),
        section('III', ...singles(8)),
        section('IV', ...singles(3)),
        section('V', ...singles(7)),
      ],
      [5, 22, 30],
    ],
  ])('%s', (_name, sections, [sectionCount, contents, tasks]) => {
    expect(countPlan(sections)).toEqual({ sections: sectionCount, contents, tasks });
  });

  it('counts the Hà Đông fixture as 05 mục, 22 nội dung, 30 nhiệm vụ', () => {
    expect(countPlan(HA_DONG_2026.sections)).toEqual({ sections: 5, contents: 22, tasks: 30 });
  });
});

describe(isContentItsOwnTask.name, () => {
  it.each<[string, ContentNode, boolean]>([
    ['one task with the content code', single('1'), true],
    ['one task with the code padded', { ...single('1'), tasks: [taskNode(' 1 ')] }, true],
    ['one sub-item', withTasks('2', 1), false],
    ['several sub-items', withTasks('2', 6), false],
    ['no tasks', { code: '3', title: 'x', tasks: [] }, false],
    [
      'two tasks, one with the content code',
      { code: '3', title: 'x', tasks: [taskNode('3'), taskNode('3.1')] },
      false,
    ],
  ])('%s → %s', (_name, content, expected) => {
    expect(isContentItsOwnTask(content)).toBe(expected);
  });
});
