import type { PlanCounts } from '@kstthc/domain';
import { toRoman } from '@kstthc/vn-format';

export const PLAN_HEADER: readonly string[] = [
  'TT',
  'Nội dung công việc',
  'Đơn vị chủ trì',
  'Đơn vị phối hợp',
  'Thời gian hoàn thành',
  'Sản phẩm dự kiến hoàn thành',
];

/** The Hà Đông directory's names, used by default. */
export const SAMPLE_UNITS: readonly string[] = [
  'Trung tâm Phục vụ hành chính công',
  'Trung tâm Dịch vụ sự nghiệp công',
  'Văn phòng HĐND và UBND',
  'Phòng Kinh tế',
  'Phòng Văn hoá-Xã hội',
  'Các phòng chuyên môn',
  'Các cơ quan, đơn vị liên quan',
];

const DEADLINES = [
  'Thường xuyên',
  'Chậm nhất ngày 15/9/2026',
  'Quý II năm 2026',
  'Trong năm 2026',
  'Theo lộ trình của Nghị quyết',
  'Thường xuyên Chậm nhất ngày 15/9/2026',
];

export interface GeneratedPlanRows {
  /** The header row first, then section, content and task rows; lines inside a cell joined by "\n". */
  rows: string[][];
  counts: PlanCounts;
}

export interface GeneratePlanRowsOptions {
  units?: readonly string[];
  /** Give every other task a multi-line description with bullets (default true). */
  multiLine?: boolean;
}

/**
 * A plan table of exactly `taskCount` tasks, deterministic: sections of up to ~200 tasks whose
 * contents alternate between a single task and three sub-tasks (n.1–n.3).
 */
export function generatePlanRows(
  taskCount: number,
  options: GeneratePlanRowsOptions = {},
): GeneratedPlanRows {
  const units = options.units ?? SAMPLE_UNITS;
  const multiLine = options.multiLine ?? true;
  const rows: string[][] = [[...PLAN_HEADER]];
  const total = Math.max(0, Math.floor(taskCount));
  const sectionCount = total === 0 ? 0 : Math.min(39, Math.ceil(total / 200));
  let contents = 0;
  let serial = 0;

  const taskRow = (code: string): string[] => {
    serial++;
    const text = `Nhiệm vụ số ${serial}: tổ chức thực hiện kiểm soát thủ tục hành chính.`;
    const description =
      multiLine && serial % 2 === 0 ? `${text}\n- Rà soát hồ sơ lần ${serial}.\n- Báo cáo kết quả.` : text;
    const lead = units[serial % units.length];
    const coordinating = units[(serial + 3) % units.length];
    return [code, description, lead, coordinating, DEADLINES[serial % DEADLINES.length], `Kết quả ${serial}`];
  };

  for (let s = 0; s < sectionCount; s++) {
    const quota = Math.floor(total / sectionCount) + (s < total % sectionCount ? 1 : 0);
    rows.push([toRoman(s + 1), `Mục ${s + 1} của kế hoạch`, '', '', '', '']);
    let left = quota;
    for (let n = 1; left > 0; n++) {
      contents++;
      if (n % 2 === 1 || left < 2) {
        rows.push(taskRow(String(n)));
        left--;
        continue;
      }
      rows.push([String(n), `Nội dung ${n} của mục ${s + 1}`, '', '', '', '']);
      const size = Math.min(3, left);
      for (let k = 1; k <= size; k++) rows.push(taskRow(`${n}.${k}`));
      left -= size;
    }
  }
  return { rows, counts: { sections: sectionCount, contents, tasks: total } };
}

/** Rows → tab-separated text as Excel copies it (multi-line cells quoted). */
export function planRowsToText(rows: readonly string[][]): string {
  const cell = (text: string) => (/[\n\t"]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  return rows.map((row) => row.map(cell).join('\t')).join('\n');
}

/** A row whose cells after the second are empty (a section or a content heading). */
function isHeadingRow(row: readonly string[]): boolean {
  return row.length > 2 && row.slice(2).every((cell) => cell === '');
}

/** Rows → a Word document: a title, then one table; headings span the columns, lines are paragraphs. */
export async function planRowsToDocx(rows: readonly string[][], title = 'BẢNG KẾ HOẠCH'): Promise<Buffer> {
  const { Document, Packer, Paragraph, Table, TableCell, TableRow } = await import('docx');
  const cell = (text: string, columnSpan?: number) =>
    new TableCell({ columnSpan, children: text.split('\n').map((line) => new Paragraph(line)) });
  const table = new Table({
    rows: rows.map(
      (row, i) =>
        new TableRow({
          children:
            i > 0 && isHeadingRow(row)
              ? [cell(row[0]), cell(row[1], row.length - 1)]
              : row.map((text) => cell(text)),
        }),
    ),
  });
  const document = new Document({ sections: [{ children: [new Paragraph(title), table] }] });
  return Packer.toBuffer(document);
}

/** Rows → an Excel workbook of one sheet; headings are merged across the columns, cells wrap. */
export async function planRowsToXlsx(rows: readonly string[][]): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Kế hoạch');
  rows.forEach((row, i) => {
    const added = sheet.addRow([...row]);
    added.alignment = { wrapText: true, vertical: 'top' };
    if (i > 0 && isHeadingRow(row)) sheet.mergeCells(added.number, 2, added.number, row.length);
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
