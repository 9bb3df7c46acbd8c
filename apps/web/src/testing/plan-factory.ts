import type { Content, Plan, Section, Task, TaskStatus } from '@/graphql/types';

let next = 0;
const id = (prefix: string) => `${prefix}-${++next}`;

export const TTPVHCC = { id: 'u-tt', name: 'Trung tâm Phục vụ hành chính công' };
export const PCM = { id: 'u-pcm', name: 'Các phòng chuyên môn' };
export const VHXH = { id: 'u-vhxh', name: 'Phòng Văn hoá-Xã hội' };
export const CQLQ = { id: 'u-cq', name: 'Các cơ quan, đơn vị liên quan' };

export function makeTask(overrides: Partial<Task> = {}): Task {
  return {
    id: id('t'),
    code: '1',
    description: 'Nhiệm vụ',
    version: 1,
    status: 'NOT_STARTED' as TaskStatus,
    result: null,
    measuredValue: null,
    target: null,
    expectedProduct: null,
    deadline: { text: 'Thường xuyên', recurring: true, dueDate: null, freeText: null },
    leadUnits: [TTPVHCC],
    coordinatingUnits: [PCM],
    updates: [],
    ...overrides,
  };
}

export function makeContent(
  code: string,
  title: string,
  tasks: Task[],
  isTask = tasks.length === 1 && tasks[0].code === code,
): Content {
  return { id: id('c'), code, title, isTask, tasks };
}

export function makeSection(code: string, title: string, contents: Content[]): Section {
  return { id: id('s'), code, title, contents };
}

/** A small plan shaped like the Hà Đông one: contents that are tasks, and a content with sub-tasks. */
export function makePlan(): Plan {
  const sections = [
    makeSection('I', 'Nhiệm vụ xây dựng và hoàn thiện thể chế', [
      makeContent('1', 'Xây dựng văn bản chỉ đạo', [
        makeTask({ code: '1', description: 'Xây dựng văn bản chỉ đạo của UBND xã' }),
      ]),
    ]),
    makeSection('II', 'Nhiệm vụ cải cách, kiểm soát TTHC', [
      makeContent(
        '2',
        'Tổ chức thực hiện các nhiệm vụ kiểm soát TTHC',
        [
          makeTask({
            code: '2.3',
            description: '100% TTHC được công khai kịp thời',
            leadUnits: [PCM],
            coordinatingUnits: [TTPVHCC],
            deadline: {
              text: 'Thường xuyên\nChậm nhất ngày 15/9/2026',
              recurring: true,
              dueDate: '2026-09-15',
              freeText: null,
            },
            status: 'IN_PROGRESS',
          }),
          makeTask({
            code: '2.5',
            description: 'Tổ chức rà soát, kiến nghị cắt giảm thành phần hồ sơ',
            leadUnits: [PCM],
            coordinatingUnits: [TTPVHCC],
            deadline: {
              text: 'Theo lộ trình của Nghị quyết',
              recurring: false,
              dueDate: null,
              freeText: 'Theo lộ trình của Nghị quyết',
            },
          }),
          makeTask({
            code: '2.6',
            description: 'Tổ chức kiểm tra việc thực hiện',
            deadline: { text: 'Trong năm 2026', recurring: false, dueDate: '2026-12-31', freeText: null },
            status: 'DONE',
          }),
        ],
        false,
      ),
    ]),
    makeSection('IV', 'Tiếp nhận, xử lý phản ánh kiến nghị về quy định hành chính', [
      makeContent('1', 'Tiếp nhận phản ánh kiến nghị', [
        makeTask({
          code: '1',
          description: 'Tiếp nhận phản ánh kiến nghị. Tổ chức kiểm tra, xác minh',
          status: 'DONE',
        }),
      ]),
      makeContent('8', 'An toàn thông tin', [
        makeTask({
          code: '8',
          description: 'Triển khai các giải pháp đảm bảo an toàn thông tin',
          leadUnits: [VHXH],
          coordinatingUnits: [CQLQ],
        }),
      ]),
    ]),
  ];
  return {
    id: 'p-1',
    title: 'Kế hoạch KSTTHC năm 2026 trên địa bàn xã Hà Đông',
    year: 2026,
    decision: 'Quyết định số 444/QĐ-UBND ngày 09/03/2026',
    organization: { id: 'o-1', name: 'xã Hà Đông' },
    counts: { sections: 3, contents: 4, tasks: 6 },
    sections,
  };
}
