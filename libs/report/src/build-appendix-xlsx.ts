import ExcelJS from 'exceljs';
import { reportColumns, appendixRows, type AppendixRow } from './appendix-table';
import { appendixTitleLines } from './appendix-title-lines';
import { FONT_FAMILY, MARGINS_MM, scaleWidths, usableWidthMm } from './page-layout';
import type { ReportInput } from './report-input';

const TABLE_FONT_SIZE = 12;
const LINE_HEIGHT_PT = 15.75;
const MAX_ROW_HEIGHT = 409; // Excel's limit, in points
/** Excel column width unit ≈ one "0" of the default font; about 2 mm at 11 pt Calibri. */
const MM_PER_WIDTH_UNIT = 1.95;
const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
const BORDERS: Partial<ExcelJS.Borders> = { top: THIN, bottom: THIN, left: THIN, right: THIN };

/** Rough number of wrapped lines, so row heights fit without Excel's autofit (which ignores merged cells). */
function estimatedLines(lines: string[], width: number): number {
  const charsPerLine = Math.max(4, Math.floor(width * 1.05));
  return Math.max(
    1,
    lines.reduce((n, l) => n + Math.max(1, Math.ceil(l.length / charsPerLine)), 0),
  );
}

const inches = (mm: number) => Math.round((mm / 25.4) * 100) / 100;

/** The appendix as a worksheet: merged title rows, then the bordered, wrapped results table. */
export async function buildAppendixXlsx(input: ReportInput): Promise<Buffer> {
  const titles = appendixTitleLines(input);
  const columns = reportColumns(input);
  const widths = scaleWidths(
    columns.map((c) => c.weight * 10),
    Math.floor((usableWidthMm('landscape') / MM_PER_WIDTH_UNIT) * 10),
  ).map((w) => w / 10);
  const lastCol = columns.length;

  const workbook = new ExcelJS.Workbook();
  workbook.creator = input.organization.issuerName;
  const sheet = workbook.addWorksheet('Bảng kết quả', {
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: {
        top: inches(MARGINS_MM.top),
        bottom: inches(MARGINS_MM.bottom),
        left: inches(MARGINS_MM.left),
        right: inches(MARGINS_MM.right),
        header: 0.3,
        footer: 0.3,
      },
    },
  });
  sheet.columns = widths.map((width) => ({ width }));

  const titleRow = (text: string, font: Partial<ExcelJS.Font>) => {
    const row = sheet.addRow([text]);
    sheet.mergeCells(row.number, 1, row.number, lastCol);
    const c = row.getCell(1);
    c.font = { name: FONT_FAMILY, size: 13, ...font };
    c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    row.height = 18;
  };
  titleRow(titles.title, { bold: true, size: 14 });
  titles.subtitle.forEach((line) => titleRow(line, { bold: true }));
  titleRow(titles.attachedTo, { italic: true });
  sheet.addRow([]);

  const header = sheet.addRow(columns.map((c) => c.header));
  header.height = LINE_HEIGHT_PT * 2 + 4;
  header.eachCell((c) => {
    c.font = { name: FONT_FAMILY, size: TABLE_FONT_SIZE, bold: true };
    c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    c.border = BORDERS;
  });
  sheet.pageSetup.printTitlesRow = `${header.number}:${header.number}`;
  sheet.views = [{ state: 'frozen', ySplit: header.number }];

  const addRow = (r: AppendixRow) => {
    const values = [r.code, ...r.cells.map((lines) => lines.join('\n'))];
    const row = sheet.addRow(values);
    const heading = r.kind !== 'task';
    for (let i = 1; i <= lastCol; i++) {
      const c = row.getCell(i);
      c.font = { name: FONT_FAMILY, size: TABLE_FONT_SIZE, bold: heading, italic: r.kind === 'content' };
      c.alignment = { horizontal: columns[i - 1].align, vertical: 'middle', wrapText: true };
      c.border = BORDERS;
    }
    if (r.kind === 'section') {
      sheet.mergeCells(row.number, 2, row.number, lastCol);
      const spanWidth = widths.slice(1).reduce((a, b) => a + b, 0);
      row.height = Math.min(MAX_ROW_HEIGHT, estimatedLines(r.cells[0], spanWidth) * LINE_HEIGHT_PT + 4);
    } else {
      const lines = Math.max(...r.cells.map((cellLines, i) => estimatedLines(cellLines, widths[i + 1])));
      row.height = Math.min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT_PT + 4);
    }
  };
  appendixRows(input).forEach(addRow);

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
