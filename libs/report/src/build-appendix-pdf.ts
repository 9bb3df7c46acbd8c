import PDFDocument from 'pdfkit';
import { reportColumns, appendixRows, type AppendixRow, type ColumnAlign } from './appendix-table';
import { appendixTitleLines } from './appendix-title-lines';
import { fontFile, type FontStyle } from './font-files';
import { A4_MM, MARGINS_MM, usableWidthMm } from './page-layout';
import type { ReportInput } from './report-input';

const PT_PER_MM = 72 / 25.4;
const TABLE_FONT_SIZE = 12;
const PAD_X = 4;
const PAD_Y = 3;
const LINE_WIDTH = 0.6;
const FONT_NAMES: Record<FontStyle, string> = {
  regular: 'Serif',
  bold: 'Serif-Bold',
  italic: 'Serif-Italic',
  boldItalic: 'Serif-BoldItalic',
};

type Doc = InstanceType<typeof PDFDocument>;

interface PdfCell {
  x: number;
  width: number;
  font: FontStyle;
  align: ColumnAlign;
  lines: string[];
}

interface PdfRow {
  cells: PdfCell[];
  lineCount: number;
  /** Section and content rows stay on the page of the row that follows them. */
  keepWithNext: boolean;
}

/** Word-wraps one paragraph to `width` with the current font; over-long words are cut. */
function wrap(doc: Doc, text: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (doc.widthOfString(candidate) <= width) {
      line = candidate;
      continue;
    }
    if (line) out.push(line);
    line = word;
    while (doc.widthOfString(line) > width && line.length > 1) {
      let cut = line.length - 1;
      while (cut > 1 && doc.widthOfString(line.slice(0, cut)) > width) cut--;
      out.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  out.push(line);
  return out;
}

function prepareCell(
  doc: Doc,
  x: number,
  width: number,
  font: FontStyle,
  align: ColumnAlign,
  paragraphs: string[],
): PdfCell {
  doc.font(FONT_NAMES[font]).fontSize(TABLE_FONT_SIZE);
  const lines = paragraphs.flatMap((p) => wrap(doc, p, width - 2 * PAD_X));
  return { x, width, font, align, lines };
}

function toRow(cells: PdfCell[], keepWithNext: boolean): PdfRow {
  return { cells, lineCount: Math.max(1, ...cells.map((c) => c.lines.length)), keepWithNext };
}

/** The appendix as a PDF with an embedded Times-compatible font, landscape A4. */
export async function buildAppendixPdf(input: ReportInput): Promise<Buffer> {
  const titles = appendixTitleLines(input);
  const columns = reportColumns(input);
  const margin = {
    top: MARGINS_MM.top * PT_PER_MM,
    bottom: MARGINS_MM.bottom * PT_PER_MM,
    left: MARGINS_MM.left * PT_PER_MM,
    right: MARGINS_MM.right * PT_PER_MM,
  };
  const tableWidth = usableWidthMm('landscape') * PT_PER_MM;
  const pageBottom = A4_MM.width * PT_PER_MM - margin.bottom;

  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margins: margin,
    info: { Title: `${titles.title} - ${input.organization.name}`, Author: input.organization.issuerName },
  });
  (Object.keys(FONT_NAMES) as FontStyle[]).forEach((style) =>
    doc.registerFont(FONT_NAMES[style], fontFile(style)),
  );
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const weightSum = columns.reduce((a, c) => a + c.weight, 0);
  const widths = columns.map((c) => (c.weight / weightSum) * tableWidth);
  const xs = widths.map((_, i) => margin.left + widths.slice(0, i).reduce((a, b) => a + b, 0));
  doc.font(FONT_NAMES.regular).fontSize(TABLE_FONT_SIZE);
  const lineHeight = doc.currentLineHeight(true);

  const headerRow = toRow(
    columns.map((c, i) => prepareCell(doc, xs[i], widths[i], 'bold', 'center', [c.header])),
    false,
  );
  const rows = appendixRows(input).map((r: AppendixRow) => {
    const code = prepareCell(doc, xs[0], widths[0], r.kind === 'task' ? 'regular' : 'bold', 'center', [
      r.code,
    ]);
    if (r.kind === 'section') {
      return toRow([code, prepareCell(doc, xs[1], tableWidth - widths[0], 'bold', 'left', r.cells[0])], true);
    }
    const font: FontStyle = r.kind === 'content' ? 'boldItalic' : 'regular';
    const cells = r.cells.map((lines, i) =>
      prepareCell(doc, xs[i + 1], widths[i + 1], font, columns[i + 1].align, lines),
    );
    return toRow([code, ...cells], r.kind === 'content');
  });

  const heightOf = (lines: number) => lines * lineHeight + 2 * PAD_Y;

  /** Draws lines [from, from + count) of every cell in a box of `count` lines at y; centred when the row is whole. */
  const drawChunk = (row: PdfRow, y: number, from: number, count: number, whole: boolean) => {
    const height = heightOf(count);
    doc.lineWidth(LINE_WIDTH);
    for (const cell of row.cells) {
      doc.rect(cell.x, y, cell.width, height).stroke();
      const lines = cell.lines.slice(from, from + count);
      doc.font(FONT_NAMES[cell.font]).fontSize(TABLE_FONT_SIZE);
      let ty = y + PAD_Y + (whole ? ((count - lines.length) * lineHeight) / 2 : 0);
      for (const line of lines) {
        const textWidth = doc.widthOfString(line);
        const tx = cell.align === 'center' ? cell.x + (cell.width - textWidth) / 2 : cell.x + PAD_X;
        doc.text(line, tx, ty, { lineBreak: false });
        ty += lineHeight;
      }
    }
    return y + height;
  };

  const freshPageTop = () => {
    doc.addPage();
    return drawChunk(headerRow, margin.top, 0, headerRow.lineCount, true);
  };

  // Titles, then the table; rows too tall for what is left of a page continue on the next under a repeated header.
  doc
    .font(FONT_NAMES.bold)
    .fontSize(14)
    .text(titles.title, margin.left, margin.top, { width: tableWidth, align: 'center' });
  doc.font(FONT_NAMES.bold).fontSize(13);
  titles.subtitle.forEach((line) => doc.text(line, { width: tableWidth, align: 'center' }));
  doc.font(FONT_NAMES.italic).fontSize(13).text(titles.attachedTo, { width: tableWidth, align: 'center' });
  let y = drawChunk(headerRow, doc.y + 10, 0, headerRow.lineCount, true);
  const bodyTop = margin.top + heightOf(headerRow.lineCount);
  const freshSlots = Math.floor(
    (pageBottom - margin.top - heightOf(headerRow.lineCount) - 2 * PAD_Y) / lineHeight,
  );

  // A row that fits a fresh page and is under half of it moves there whole instead of splitting.
  const movesWhole = (lines: number) => lines * 2 < freshSlots;
  /** Height of headings starting at `index` plus what must follow them on the same page. */
  const keepTogetherHeight = (index: number) => {
    let height = 0;
    let i = index;
    for (; i < rows.length && rows[i].keepWithNext; i++) height += heightOf(rows[i].lineCount);
    const next = rows[i];
    if (next) height += heightOf(movesWhole(next.lineCount) ? next.lineCount : Math.min(next.lineCount, 3));
    return height;
  };

  rows.forEach((row, index) => {
    const startsHeadings = row.keepWithNext && (index === 0 || !rows[index - 1].keepWithNext);
    if (startsHeadings && y > bodyTop && y + keepTogetherHeight(index) > pageBottom) {
      y = freshPageTop();
    }
    let from = 0;
    while (from < row.lineCount) {
      const remaining = row.lineCount - from;
      const slots = Math.floor((pageBottom - y - 2 * PAD_Y) / lineHeight);
      if (remaining <= slots) {
        y = drawChunk(row, y, from, remaining, from === 0);
        break;
      }
      if (slots < 2 || (from === 0 && !row.keepWithNext && movesWhole(remaining))) {
        y = freshPageTop();
        continue;
      }
      drawChunk(row, y, from, slots, false);
      from += slots;
      y = freshPageTop();
    }
  });

  doc.end();
  return done;
}
