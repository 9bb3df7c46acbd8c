import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { HA_DONG_2026, fixtureTasks } from '@kstthc/domain';
import { HA_DONG_UNITS, readSeed003 } from './__fixtures__/seed-003';
import { parsePlan } from './parse-plan';
import type { ParsedSection } from './parse-plan.types';
import { PlanImportError } from './plan-import.error';
import {
  generatePlanRows,
  planRowsToDocx,
  planRowsToText,
  planRowsToXlsx,
} from './testing/generate-plan-rows';

const options = { unitDirectory: HA_DONG_UNITS };

/** The parts of a tree the fixture fixes: codes, titles, texts, units and deadline texts. */
function shape(sections: ReadonlyArray<ParsedSection | (typeof HA_DONG_2026.sections)[number]>) {
  return sections.map((section) => ({
    code: section.code,
    title: section.title,
    contents: section.contents.map((content) => ({
      code: content.code,
      title: content.title,
      tasks: content.tasks.map((task) => ({
        code: task.code,
        description: task.description,
        leadUnits: task.leadUnits,
        coordinatingUnits: task.coordinatingUnits,
        deadlineText: task.deadlineText,
        result: task.result,
      })),
    })),
  }));
}

async function refusal(promise: Promise<unknown>): Promise<PlanImportError> {
  const error = await promise.then(
    () => {
      throw new Error('expected a refusal');
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PlanImportError);
  return error as PlanImportError;
}

describe('parsePlan — seed 003 pasted as text', () => {
  let plan: Awaited<ReturnType<typeof parsePlan>>;
  beforeAll(async () => {
    plan = await parsePlan({ kind: 'text', data: readSeed003() }, options);
  });

  it('finds 5 sections, 22 contents and 30 tasks, without warnings or new units', () => {
    expect(plan.counts).toEqual({ sections: 5, contents: 22, tasks: 30 });
    expect(plan.warnings).toEqual([]);
    expect(plan.newUnits).toEqual([]);
    expect(plan.planYear).toBe(2026);
  });

  it('gives exactly the Hà Đông fixture: codes, texts, units, deadlines and results', () => {
    expect(shape(plan.sections)).toEqual(shape(HA_DONG_2026.sections));
  });

  it('parses every deadline of the seed', () => {
    const tasks = plan.sections.flatMap((s) =>
      s.contents.flatMap((c) => c.tasks.map((t) => ({ ...t, section: s.code }))),
    );
    const byCode = new Map(tasks.map((t) => [`${t.section}.${t.code}`, t.deadline]));
    expect(byCode.get('II.2.3')).toEqual({
      text: 'Thường xuyên Chậm nhất ngày 15/9/2026',
      recurring: true,
      dueDate: '2026-09-15',
      period: null,
      freeText: null,
    });
    expect(byCode.get('II.2.5')).toMatchObject({
      recurring: false,
      dueDate: null,
      freeText: 'Theo lộ trình của Nghị quyết',
    });
    expect(byCode.get('II.2.6')).toMatchObject({
      dueDate: '2026-12-31',
      period: { kind: 'YEAR', year: 2026 },
    });
    expect(byCode.get('V.4')).toMatchObject({ dueDate: '2026-06-30', period: { kind: 'QUARTER', index: 2 } });
    expect(tasks.filter((t) => !t.deadline.recurring).map((t) => `${t.section}.${t.code}`)).toEqual([
      'II.2.4',
      'II.2.5',
      'II.2.6',
      'V.4',
    ]);
  });

  it('reads the last column as results, not as expected products', () => {
    const tasks = plan.sections.flatMap((s) => s.contents.flatMap((c) => c.tasks));
    expect(tasks.every((t) => t.expectedProduct === null)).toBe(true);
    expect(tasks.map((t) => t.result)).toEqual(fixtureTasks().map((t) => t.result));
  });

  it('reads the same seed from a UTF-8 file buffer, whatever type was claimed', async () => {
    const fromBuffer = await parsePlan({ kind: 'docx', data: Buffer.from(readSeed003(), 'utf8') }, options);
    expect(shape(fromBuffer.sections)).toEqual(shape(HA_DONG_2026.sections));
  });

  it('proposes the units missing from the directory', async () => {
    const partial = await parsePlan(
      { kind: 'text', data: readSeed003() },
      { unitDirectory: HA_DONG_UNITS.slice(0, 5) },
    );
    expect(partial.newUnits).toEqual(['Các phòng chuyên môn', 'Các cơ quan', 'đơn vị liên quan']);
    expect(partial.warnings.every((w) => w.code === 'NEW_UNIT')).toBe(true);
  });
});

describe('parsePlan — title and year', () => {
  it('takes the title from the text before the table and the year from it', async () => {
    const text = [
      'UBND XÃ HÀ ĐÔNG',
      'KẾ HOẠCH',
      'Kiểm soát thủ tục hành chính năm 2025',
      'TT\tNội dung công việc\tĐơn vị chủ trì\tThời gian hoàn thành',
      'I\tMục',
      '1\tViệc\tPhòng Kinh tế\tTrong năm',
    ].join('\n');
    const plan = await parsePlan({ kind: 'text', data: text }, options);
    expect(plan).toMatchObject({ title: 'KẾ HOẠCH Kiểm soát thủ tục hành chính năm 2025', planYear: 2025 });
    expect(plan.sections[0].contents[0].tasks[0].deadline.dueDate).toBe('2025-12-31');
    const told = await parsePlan({ kind: 'text', data: text }, { ...options, planYear: 2030 });
    expect(told.sections[0].contents[0].tasks[0].deadline.dueDate).toBe('2030-12-31');
  });
});

describe('parsePlan — Word and Excel', () => {
  const generated = generatePlanRows(40);

  it.each([
    ['text', async () => planRowsToText(generated.rows)],
    ['docx', async () => planRowsToDocx(generated.rows, 'Kế hoạch kiểm soát thủ tục hành chính năm 2026')],
    ['xlsx', async () => planRowsToXlsx(generated.rows)],
  ] as const)('reads a generated plan from %s', async (kind, make) => {
    const plan = await parsePlan({ kind, data: await make() }, options);
    expect(plan.counts).toEqual(generated.counts);
    expect(plan.warnings).toEqual([]);
    const tasks = plan.sections.flatMap((s) => s.contents.flatMap((c) => c.tasks));
    expect(tasks[1]).toMatchObject({
      code: '2.1',
      description:
        'Nhiệm vụ số 2: tổ chức thực hiện kiểm soát thủ tục hành chính.\n- Rà soát hồ sơ lần 2.\n- Báo cáo kết quả.',
      expectedProduct: 'Kết quả 2',
    });
    expect(tasks[4].leadUnits).toEqual(['Các phòng chuyên môn']);
    expect(tasks[5].leadUnits).toEqual(['Các cơ quan, đơn vị liên quan']);
    if (kind === 'docx') expect(plan.title).toBe('Kế hoạch kiểm soát thủ tục hành chính năm 2026');
  });

  it('reads a Word results table with merged units, split deadline paragraphs and bullets', async () => {
    const p = (text: string, bullet = false) =>
      new Paragraph(bullet ? { text, bullet: { level: 0 } } : { text });
    const cell = (...children: Paragraph[]) => new TableCell({ children });
    const headers = [
      'STT',
      'Nội dung nhiệm vụ',
      'Cơ quan chủ trì',
      'Đơn vị phối hợp',
      'Thời hạn',
      'Kết quả thực hiện',
    ];
    const buffer = await Packer.toBuffer(
      new Document({
        sections: [
          {
            children: [
              p('BÁO CÁO KẾT QUẢ THỰC HIỆN'),
              new Table({
                rows: [
                  new TableRow({ children: headers.map((h) => cell(p(h))) }),
                  new TableRow({
                    children: [cell(p('I')), new TableCell({ columnSpan: 5, children: [p('Mục một')] })],
                  }),
                  new TableRow({
                    children: [cell(p('1')), new TableCell({ columnSpan: 5, children: [p('Nội dung')] })],
                  }),
                  new TableRow({
                    children: [
                      cell(p('1.1')),
                      cell(p('Theo dõi về:'), p('Việc một.', true), p('Việc hai.', true)),
                      new TableCell({
                        rowSpan: 2,
                        children: [p('Các phòng chuyên môn'), p('Trung tâm Dịch vụ sự nghiệp công')],
                      }),
                      cell(p('Trung tâm Phục vụ hành chính công')),
                      cell(p('Thường xuyên'), p('Chậm nhất ngày 15/9/2026')),
                      cell(p('Đã và đang thực hiện')),
                    ],
                  }),
                  new TableRow({
                    children: [
                      cell(p('1.2')),
                      cell(p('Việc khác')),
                      cell(p('')),
                      cell(p('Quý III năm 2026')),
                      cell(p('')),
                    ],
                  }),
                ],
              }),
            ],
          },
        ],
      }),
    );
    const plan = await parsePlan({ kind: 'docx', data: buffer }, options);
    expect(plan.counts).toEqual({ sections: 1, contents: 1, tasks: 2 });
    const [first, second] = plan.sections[0].contents[0].tasks;
    expect(first).toMatchObject({
      description: 'Theo dõi về:\n- Việc một.\n- Việc hai.',
      leadUnits: ['Các phòng chuyên môn', 'Trung tâm Dịch vụ sự nghiệp công'],
      coordinatingUnits: ['Trung tâm Phục vụ hành chính công'],
      deadlineText: 'Thường xuyên Chậm nhất ngày 15/9/2026',
      result: 'Đã và đang thực hiện',
      expectedProduct: null,
    });
    expect(second).toMatchObject({
      leadUnits: ['Các phòng chuyên môn', 'Trung tâm Dịch vụ sự nghiệp công'],
      deadline: { dueDate: '2026-09-30' },
    });
    expect(second.result).toBeUndefined();
  });

  it('reads an Excel plan with merged headings and multi-line cells', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('KH');
    sheet.addRow(['KẾ HOẠCH KIỂM SOÁT THỦ TỤC HÀNH CHÍNH NĂM 2027']);
    sheet.addRow([
      'TT',
      'Nội dung công việc',
      'Đơn vị chủ trì',
      'Đơn vị phối hợp',
      'Thời gian hoàn thành',
      'Ghi chú',
    ]);
    sheet.addRow(['I', 'Mục một']);
    sheet.mergeCells('B3:F3');
    sheet.addRow([1, 'Việc:\n- một\n- hai', 'Phòng Kinh tế\nPhòng Văn hoá-Xã hội', '', 'Trong năm']);
    const plan = await parsePlan({ kind: 'xlsx', data: Buffer.from(await book.xlsx.writeBuffer()) }, options);
    expect(plan.planYear).toBe(2027);
    expect(plan.title).toBe('KẾ HOẠCH KIỂM SOÁT THỦ TỤC HÀNH CHÍNH NĂM 2027');
    expect(plan.sections[0].contents[0].tasks[0]).toMatchObject({
      code: '1',
      description: 'Việc:\n- một\n- hai',
      leadUnits: ['Phòng Kinh tế', 'Phòng Văn hoá-Xã hội'],
      deadline: { dueDate: '2027-12-31' },
    });
  });
});

describe('parsePlan — refusals', () => {
  const header = 'TT\tNội dung công việc\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian hoàn thành\n';

  it.each([
    ['empty text', { kind: 'text', data: '' }, 'EMPTY_INPUT', 'Văn bản dán vào đang trống.'],
    ['blank text', { kind: 'text', data: ' \n\t\n' }, 'EMPTY_INPUT', 'Văn bản dán vào đang trống.'],
    ['empty file', { kind: 'docx', data: Buffer.alloc(0) }, 'EMPTY_INPUT', 'Tệp gửi lên không có nội dung.'],
    ['text without a table', { kind: 'text', data: 'Báo cáo\nkhông có bảng' }, 'NO_TABLE', /không có bảng/],
    [
      'table without the expected columns',
      { kind: 'text', data: 'TT\tNội dung công việc\tĐơn vị phối hợp\n1\tViệc\tPhòng Kinh tế' },
      'MISSING_COLUMNS',
      'Thiếu cột: Đơn vị chủ trì, Thời gian hoàn thành.',
    ],
    [
      'table with no header at all',
      { kind: 'text', data: 'a\tb\nc\td' },
      'MISSING_COLUMNS',
      /Không tìm thấy dòng tiêu đề/,
    ],
    [
      'header without tasks',
      { kind: 'text', data: `${header}\tGhi chú\t\t\t\n` },
      'NO_TASKS',
      /không có nhiệm vụ nào/,
    ],
    ['PDF', { kind: 'docx', data: Buffer.from('%PDF-1.4 ...') }, 'UNSUPPORTED_TYPE', /PDF chưa được hỗ trợ/],
    [
      'old Word format',
      { kind: 'docx', data: Buffer.from('d0cf11e0a1b11ae1000000000000', 'hex') },
      'UNSUPPORTED_TYPE',
      /\.doc, \.xls/,
    ],
    [
      'random bytes',
      { kind: 'xlsx', data: Buffer.from([0x00, 0xff, 0x13, 0x37, 0x00, 0x9c]) },
      'UNSUPPORTED_TYPE',
      /Không nhận ra định dạng tệp/,
    ],
    [
      'a file sent as a string',
      { kind: 'docx', data: 'PK...' },
      'UNSUPPORTED_TYPE',
      /phải được gửi lên dưới dạng tệp/,
    ],
    [
      'corrupt zip',
      { kind: 'docx', data: Buffer.from('PK\u0003\u0004garbage word/document.xml garbage') },
      'CORRUPT_FILE',
      'Tệp Word bị hỏng hoặc không đọc được.',
    ],
    [
      'zip of something else',
      { kind: 'xlsx', data: Buffer.from('PK\u0003\u0004garbage') },
      'CORRUPT_FILE',
      /Tệp Excel bị hỏng/,
    ],
  ] as const)('%s', async (_name, input, code, message) => {
    const error = await refusal(parsePlan(input as never, options));
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
  });

  it('refuses inputs over the size limit before reading them', async () => {
    const error = await refusal(
      parsePlan({ kind: 'text', data: 'x'.repeat(2048) }, { ...options, maxBytes: 1024 }),
    );
    expect(error).toMatchObject({ code: 'TOO_LARGE', message: 'Tệp quá lớn (0,0 MB); giới hạn là 0,0 MB.' });
    const big = await refusal(
      parsePlan({ kind: 'docx', data: Buffer.alloc(10 * 1024 * 1024 + 1, 1) }, options),
    );
    expect(big).toMatchObject({ code: 'TOO_LARGE', message: 'Tệp quá lớn (10,0 MB); giới hạn là 10,0 MB.' });
  });

  it('refuses a package that inflates far beyond the limit', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', ' '.repeat(2 * 1024 * 1024));
    const buffer = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    const error = await refusal(
      parsePlan({ kind: 'docx', data: buffer }, { ...options, maxBytes: 64 * 1024 }),
    );
    expect(error).toMatchObject({ code: 'TOO_LARGE', message: 'Tệp Word quá lớn sau khi giải nén.' });
  });

  it('refuses a Word document without any table', async () => {
    const buffer = await Packer.toBuffer(
      new Document({ sections: [{ children: [new Paragraph('Chỉ có chữ')] }] }),
    );
    const error = await refusal(parsePlan({ kind: 'docx', data: buffer }, options));
    expect(error).toMatchObject({ code: 'NO_TABLE', message: 'Tệp Word không có bảng kế hoạch nào.' });
  });

  it('refuses a Word table without the plan columns', async () => {
    const row = (...texts: string[]) =>
      new TableRow({ children: texts.map((t) => new TableCell({ children: [new Paragraph(t)] })) });
    const buffer = await Packer.toBuffer(
      new Document({
        sections: [
          { children: [new Table({ rows: [row('STT', 'Nội dung', 'Ghi chú'), row('1', 'Việc', '')] })] },
        ],
      }),
    );
    const error = await refusal(parsePlan({ kind: 'docx', data: buffer }, options));
    expect(error).toMatchObject({
      code: 'MISSING_COLUMNS',
      message: 'Thiếu cột: Đơn vị chủ trì, Thời gian hoàn thành.',
    });
  });

  it('refuses a truncated Excel file as corrupt', async () => {
    const buffer = await planRowsToXlsx(generatePlanRows(3).rows);
    const error = await refusal(
      parsePlan({ kind: 'xlsx', data: buffer.subarray(0, Math.floor(buffer.length * 0.6)) }, options),
    );
    expect(error.code).toBe('CORRUPT_FILE');
  });
});
