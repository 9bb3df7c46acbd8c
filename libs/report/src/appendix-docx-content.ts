import {
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlign,
  WidthType,
} from 'docx';
import { reportColumns, appendixRows, type AppendixColumn, type AppendixRow } from './appendix-table';
import { appendixTitleLines } from './appendix-title-lines';
import { docxLine, mmToTwip } from './docx-layout';
import { scaleWidths, usableWidthMm } from './page-layout';
import type { ReportInput } from './report-input';

const TABLE_FONT = 24; // 12 pt
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const BORDERS = {
  top: BORDER,
  bottom: BORDER,
  left: BORDER,
  right: BORDER,
  insideHorizontal: BORDER,
  insideVertical: BORDER,
};
const CELL_MARGINS = { top: 40, bottom: 40, left: 80, right: 80 };

interface CellStyle {
  bold?: boolean;
  italics?: boolean;
  align: 'left' | 'center';
}

function cell(lines: string[], width: number, style: CellStyle, columnSpan = 1): TableCell {
  const paragraphs = (lines.length ? lines : ['']).map((text) =>
    docxLine(text, { size: TABLE_FONT, bold: style.bold, italics: style.italics, align: style.align }),
  );
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    columnSpan: columnSpan > 1 ? columnSpan : undefined,
    verticalAlign: VerticalAlign.CENTER,
    margins: CELL_MARGINS,
    children: paragraphs,
  });
}

function bodyRow(row: AppendixRow, columns: AppendixColumn[], widths: number[]): TableRow {
  const code = cell([row.code], widths[0], { align: 'center', bold: row.kind !== 'task' });
  if (row.kind === 'section') {
    const spanWidth = widths.slice(1).reduce((a, b) => a + b, 0);
    return new TableRow({
      cantSplit: true,
      children: [code, cell(row.cells[0], spanWidth, { align: 'left', bold: true }, columns.length - 1)],
    });
  }
  const heading = row.kind === 'content';
  return new TableRow({
    children: [
      code,
      ...row.cells.map((lines, i) =>
        cell(lines, widths[i + 1], { align: columns[i + 1].align, bold: heading, italics: heading }),
      ),
    ],
  });
}

/** Title lines and the results table of the appendix, for a landscape section of any document. */
export function appendixDocxContent(input: ReportInput): Array<Paragraph | Table> {
  const titles = appendixTitleLines(input);
  const columns = reportColumns(input);
  const widths = scaleWidths(
    columns.map((c) => c.weight),
    mmToTwip(usableWidthMm('landscape')),
  );
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map((c, i) => cell([c.header], widths[i], { align: 'center', bold: true })),
  });
  const table = new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
    rows: [header, ...appendixRows(input).map((row) => bodyRow(row, columns, widths))],
  });
  return [
    docxLine(titles.title, { size: 28, bold: true, align: 'center' }),
    ...titles.subtitle.map((line) => docxLine(line, { size: 26, bold: true, align: 'center' })),
    docxLine(titles.attachedTo, { size: 26, italics: true, align: 'center', spacingAfter: 240 }),
    table,
  ];
}
