import ExcelJS from 'exceljs';
import { appendixRows } from './appendix-table';
import { buildAppendixXlsx } from './build-appendix-xlsx';
import { makeHaDongReportInput } from './testing/report-input.factory';

const TITLE_ROWS = 5; // title, 2 subtitle lines, "(Kèm theo …)", blank
const HEADER_ROW = TITLE_ROWS + 1;

async function readBack(buffer: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook.worksheets[0];
}

describe(buildAppendixXlsx.name, () => {
  const input = makeHaDongReportInput();
  let sheet: ExcelJS.Worksheet;

  beforeAll(async () => {
    sheet = await readBack(await buildAppendixXlsx(input));
  });

  it('has one row per section, content heading and task after the title and header rows', () => {
    expect(sheet.rowCount).toBe(HEADER_ROW + 5 + 2 + 30);
    expect(sheet.getRow(HEADER_ROW).values).toEqual([
      undefined,
      'TT',
      'Nội dung công việc',
      'Đơn vị chủ trì',
      'Đơn vị phối hợp',
      'Thời gian hoàn thành',
      'Sản phẩm dự kiến hoàn thành',
    ]);
  });

  it('writes the title lines in merged rows', () => {
    const texts = [1, 2, 3, 4].map((r) => sheet.getCell(r, 1).value);
    expect(texts).toEqual([
      'BẢNG KẾT QUẢ THỰC HIỆN',
      'Nội dung nhiệm vụ thực hiện kiểm soát thủ tục hành chính',
      'và thực hiện cơ chế một cửa, một cửa liên thông năm 2026 trên địa bàn xã Hà Đông',
      '(Kèm theo Báo cáo số: 333/BC-UBND ngày 19/06/2026 của UBND xã Hà Đông)',
    ]);
    expect(sheet.getCell('F1').isMerged).toBe(true);
    expect(sheet.getCell('F1').master.address).toBe('A1');
    expect(sheet.getCell(4, 1).font.italic).toBe(true);
  });

  it('writes every row in plan order, multi-line cells joined by newlines', () => {
    const rows = appendixRows(input);
    rows.forEach((row, i) => {
      const r = sheet.getRow(HEADER_ROW + 1 + i);
      expect(r.getCell(1).value).toBe(row.code);
      expect(r.getCell(2).value).toBe(row.cells[0].join('\n'));
      if (row.kind === 'task') expect(r.getCell(6).value ?? '').toBe(row.cells[4].join('\n'));
    });
    const t23 = sheet.getRow(HEADER_ROW + 1 + rows.findIndex((r) => r.code === '2.3'));
    expect(t23.getCell(5).value).toBe('Thường xuyên\nChậm nhất ngày 15/9/2026');
    expect(t23.getCell(5).alignment.wrapText).toBe(true);
  });

  it('sets section rows bold and merged across the columns after TT', () => {
    const section = sheet.getRow(HEADER_ROW + 1);
    expect(section.getCell(2).value).toBe('Nhiệm vụ xây dựng và hoàn thiện thể chế');
    expect(section.getCell(2).font.bold).toBe(true);
    expect(section.getCell(6).master.address).toBe(`B${HEADER_ROW + 1}`);
    expect(sheet.getRow(HEADER_ROW + 2).getCell(2).font.bold).toBeFalsy();
  });

  it('uses Times New Roman, borders, landscape A4 and repeats the header row when printed', () => {
    expect(sheet.getCell(HEADER_ROW + 2, 3).font.name).toBe('Times New Roman');
    expect(sheet.getCell(1, 1).font.name).toBe('Times New Roman');
    expect(sheet.getCell(HEADER_ROW + 2, 3).border.left?.style).toBe('thin');
    expect(sheet.pageSetup.orientation).toBe('landscape');
    expect(sheet.pageSetup.paperSize).toBe(9);
    expect(sheet.pageSetup.printTitlesRow).toBe(`${HEADER_ROW}:${HEADER_ROW}`);
    expect(sheet.getColumn(2).width).toBeGreaterThan(sheet.getColumn(1).width ?? 0);
  });

  it('adds the optional columns', async () => {
    const wide = await readBack(
      await buildAppendixXlsx(
        makeHaDongReportInput({ options: { showStatus: true, showMeasuredValue: true } }),
      ),
    );
    expect(wide.getRow(HEADER_ROW).getCell(7).value).toBe('Trạng thái');
    expect(wide.getRow(HEADER_ROW).getCell(8).value).toBe('Giá trị đạt được');
    expect(wide.getCell('H1').master.address).toBe('A1');
  });
});
