import {
  Document,
  Packer,
  Paragraph,
  SectionType,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  WidthType,
} from 'docx';
import { appendixDocxContent } from './appendix-docx-content';
import { DOCX_STYLES, docxLine, docxSectionProperties, mmToTwip } from './docx-layout';
import { usableWidthMm } from './page-layout';
import { reportBodyText } from './report-body-text';
import type { ReportInput } from './report-input';

const BODY = 28; // 14 pt
const HEADER = 26; // 13 pt
const INDENT = mmToTwip(10);
const BODY_LINE = 288;

function twoColumns(leftWidth: number, rightWidth: number, left: Paragraph[], right: Paragraph[]): Table {
  const column = (width: number, children: Paragraph[]) =>
    new TableCell({ width: { size: width, type: WidthType.DXA }, borders: TableBorders.NONE, children });
  return new Table({
    width: { size: leftWidth + rightWidth, type: WidthType.DXA },
    columnWidths: [leftWidth, rightWidth],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [new TableRow({ children: [column(leftWidth, left), column(rightWidth, right)] })],
  });
}

function bodyParagraph(text: string, spacingAfter = 120): Paragraph {
  return docxLine(text, {
    size: BODY,
    align: 'justified',
    firstLineIndent: INDENT,
    line: BODY_LINE,
    spacingAfter,
  });
}

/** The report body (portrait) followed by its appendix (landscape section) in one DOCX. */
export async function buildReportDocx(input: ReportInput): Promise<Buffer> {
  const t = reportBodyText(input);
  const width = mmToTwip(usableWidthMm('portrait'));
  const headerLeft = Math.round(width * 0.4);
  const lastIssuer = t.issuerLines.length - 1;

  const header = twoColumns(
    headerLeft,
    width - headerLeft,
    [
      ...t.issuerLines.map((l, i) =>
        docxLine(l.text, {
          size: HEADER,
          bold: l.bold,
          align: 'center',
          ruleIndent: i === lastIssuer ? Math.round(headerLeft * 0.3) : undefined,
        }),
      ),
      docxLine(t.numberLine, { size: HEADER, align: 'center', spacingBefore: 160 }),
    ],
    [
      docxLine(t.nationalTitle, { size: HEADER, bold: true, align: 'center' }),
      docxLine(t.motto, {
        size: BODY,
        bold: true,
        align: 'center',
        ruleIndent: Math.round((width - headerLeft) * 0.15),
      }),
      docxLine(t.placeDateLine, { size: BODY, italics: true, align: 'center', spacingBefore: 160 }),
    ],
  );

  const signatureLeft = Math.round(width * 0.45);
  const closing = twoColumns(
    signatureLeft,
    width - signatureLeft,
    [
      docxLine(t.recipientsHeading, { size: 24, bold: true, italics: true }),
      ...t.recipients.map((r) => docxLine(r, { size: 22 })),
    ],
    [
      ...t.signatureLines.map((l) => docxLine(l, { size: BODY, bold: true, align: 'center' })),
      ...Array.from({ length: 5 }, () => docxLine('', { size: BODY })),
      docxLine(t.signerName, { size: BODY, bold: true, align: 'center' }),
    ],
  );

  const body = [
    header,
    docxLine(t.title, { size: BODY, bold: true, align: 'center', spacingBefore: 360 }),
    docxLine(t.subtitle, { size: BODY, bold: true, align: 'center' }),
    docxLine('', { size: 4, ruleIndent: Math.round(width * 0.35), spacingAfter: 240 }),
    bodyParagraph(t.opening),
    ...t.summary.map((line) => bodyParagraph(line, 60)),
    bodyParagraph(t.attachmentNote),
    bodyParagraph(t.closing, 240),
    closing,
  ];

  const doc = new Document({
    styles: DOCX_STYLES,
    sections: [
      { properties: docxSectionProperties('portrait'), children: body },
      {
        properties: { ...docxSectionProperties('landscape'), type: SectionType.NEXT_PAGE },
        children: appendixDocxContent(input),
      },
    ],
  });
  return Packer.toBuffer(doc);
}
