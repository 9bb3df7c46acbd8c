import { findHeader } from '../header/find-header';
import type { SourceRow } from '../parse-plan.types';
import { PLAN_HEADER, SAMPLE_UNITS } from '../testing/generate-plan-rows';
import { buildPlanTree } from './build-plan-tree';

const TTPVHCC = 'Trung tâm Phục vụ hành chính công';
const CPCM = 'Các phòng chuyên môn';

function build(lines: string[][], resultsAppendix = false) {
  const rows: SourceRow[] = [[...PLAN_HEADER], ...lines].map((cells, i) => ({ cells, row: i + 1 }));
  const header = findHeader(rows);
  return buildPlanTree({
    rows: rows.slice(header.dataStart),
    header,
    unitDirectory: [...SAMPLE_UNITS],
    planYear: 2026,
    resultsAppendix,
  });
}

const task = (code: string, text: string, deadline = 'Thường xuyên', product = '') => [
  code,
  text,
  TTPVHCC,
  CPCM,
  deadline,
  product,
];

describe('buildPlanTree', () => {
  it('nests sections, contents and tasks; a content without sub-items is one task', () => {
    const tree = build([
      ['I', 'Mục một', '', '', '', ''],
      task('1', 'Nội dung là nhiệm vụ'),
      ['2', 'Nội dung có nhiệm vụ con', '', '', '', ''],
      task('2.1', 'Việc một', 'Quý II năm 2026'),
      task('2.2', 'Việc hai'),
      ['II', 'Mục hai', '', '', '', ''],
      task('1', 'Việc mục hai'),
    ]);
    expect(tree.warnings).toEqual([]);
    expect(
      tree.sections.map((s) => [
        s.code,
        s.title,
        s.contents.map((c) => [c.code, c.title, c.tasks.map((t) => t.code)]),
      ]),
    ).toEqual([
      [
        'I',
        'Mục một',
        [
          ['1', 'Nội dung là nhiệm vụ', ['1']],
          ['2', 'Nội dung có nhiệm vụ con', ['2.1', '2.2']],
        ],
      ],
      ['II', 'Mục hai', [['1', 'Việc mục hai', ['1']]]],
    ]);
    const first = tree.sections[0].contents[0].tasks[0];
    expect(first).toMatchObject({
      description: 'Nội dung là nhiệm vụ',
      leadUnits: [TTPVHCC],
      coordinatingUnits: [CPCM],
      deadlineText: 'Thường xuyên',
      deadline: { recurring: true, dueDate: null },
      expectedProduct: null,
      row: 3,
    });
    expect(tree.sections[0].contents[1].tasks[0].deadline.dueDate).toBe('2026-06-30');
  });

  it('merges a row continued on the next page and drops the page number stranded in it', () => {
    const tree = build([
      ['I', 'Mục', '', '', '', ''],
      ['1', '- Việc một.', TTPVHCC, CPCM, 'Thường xuyên', 'Đã thực hiện tại Trung tâm Phục vụ'],
      ['', '- Việc hai', '6', '', '', 'hành chính công'],
      ['', '', '', '', '', ''],
      ['2', 'Việc tiếp,', TTPVHCC, '', 'Thường xuyên', ''],
      ['', 'còn nữa.', '', '', 'Chậm nhất ngày 15/9/2026', ''],
    ]);
    const [first, second] = tree.sections[0].contents.map((c) => c.tasks[0]);
    expect(first.description).toBe('- Việc một.\n- Việc hai');
    expect(first.leadUnits).toEqual([TTPVHCC]);
    expect(first.expectedProduct).toBe('Đã thực hiện tại Trung tâm Phục vụ hành chính công');
    expect(second.description).toBe('Việc tiếp, còn nữa.');
    expect(second.deadlineText).toBe('Thường xuyên Chậm nhất ngày 15/9/2026');
    expect(tree.warnings).toEqual([]);
  });

  it('reads the last column as the result in a results appendix', () => {
    const tree = build(
      [['I', 'Mục', '', '', '', ''], task('1', 'Việc', 'Thường xuyên', 'Đã và đang thực hiện')],
      true,
    );
    expect(tree.sections[0].contents[0].tasks[0]).toMatchObject({
      result: 'Đã và đang thực hiện',
      expectedProduct: null,
    });
  });

  it('lets sub-tasks take units and time from their content row when they leave them empty', () => {
    const tree = build([
      ['I', 'Mục', '', '', '', ''],
      ['1', 'Nội dung', TTPVHCC, CPCM, 'Trong năm 2026', ''],
      ['1.1', 'Việc', '', '', '', ''],
    ]);
    expect(tree.sections[0].contents[0].tasks[0]).toMatchObject({
      code: '1.1',
      leadUnits: [TTPVHCC],
      coordinatingUnits: [CPCM],
      deadlineText: 'Trong năm 2026',
    });
  });

  it('skips repeated headers, column-number rows and lone page numbers', () => {
    const tree = build([
      ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)'],
      ['I', 'Mục', '', '', '', ''],
      task('1', 'Việc'),
      ['7', '', '', '', '', ''],
      [...PLAN_HEADER],
      task('2', 'Việc hai'),
    ]);
    expect(tree.sections[0].contents.map((c) => c.code)).toEqual(['1', '2']);
    expect(tree.warnings).toEqual([]);
  });

  it('proposes unknown units once and warns about them', () => {
    const tree = build([
      ['I', 'Mục', '', '', '', ''],
      ['1', 'Việc', 'Công an xã', 'Phòng Kinh tế, Ban Tư pháp', 'Thường xuyên', ''],
      ['2', 'Việc', 'công an xã', '', 'Thường xuyên', ''],
    ]);
    expect(tree.newUnits).toEqual(['Công an xã', 'Ban Tư pháp']);
    expect(tree.sections[0].contents[1].tasks[0].leadUnits).toEqual(['Công an xã']);
    expect(tree.warnings.map((w) => [w.code, w.row])).toEqual([
      ['NEW_UNIT', 3],
      ['NEW_UNIT', 3],
    ]);
  });

  it('warns with row numbers instead of failing on rows it cannot place', () => {
    const tree = build([
      ['', 'Chữ trước bảng', '', '', '', ''],
      task('1', 'Nội dung trước mục'),
      task('1.1', 'Nhiệm vụ không có nội dung'),
      ['I', 'Mục', '', '', '', ''],
      ['a)', 'Việc a', '', '', '', ''],
      task('1', 'Việc', '31/02/2026'),
      ['2', 'Nội dung hai', '', '', '', ''],
      task('3.1', 'Sai số', ''),
      ['1', 'Trùng', '', '', '', ''],
      ['1.1', 'Việc', '', '', 'Thường xuyên', ''],
      ['1.1', 'Việc', TTPVHCC, '', 'Thường xuyên', ''],
      ['II', 'Mục trống', '', '', '', ''],
    ]);
    expect(tree.warnings.map((w) => [w.code, w.row])).toEqual([
      ['UNPLACED_ROW', 2],
      ['UNPLACED_ROW', 3],
      ['UNPLACED_ROW', 4],
      ['UNKNOWN_CODE', 6],
      ['UNREADABLE_DATE', 7],
      ['CODE_MISMATCH', 9],
      ['MISSING_DEADLINE', 9],
      ['DUPLICATE_CODE', 10],
      ['MISSING_LEAD', 11],
      ['DUPLICATE_CODE', 12],
      ['EMPTY_SECTION', undefined],
    ]);
    expect(tree.warnings[0].message).toMatch(/^Dòng 2: /);
    expect(tree.sections[0].contents.map((c) => c.tasks.map((t) => t.code))).toEqual([
      ['1'],
      ['3.1'],
      ['1.1', '1.1'],
    ]);
  });

  it('warns when a row without a number looks like a task of its own', () => {
    const tree = build([['I', 'Mục', '', '', '', ''], task('1', 'Việc'), task('', 'Việc không số')]);
    expect(tree.warnings.map((w) => w.code)).toEqual(['MERGED_ROW']);
    expect(tree.sections[0].contents).toHaveLength(1);
  });
});
