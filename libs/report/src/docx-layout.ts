import {
  AlignmentType,
  BorderStyle,
  type ISectionPropertiesOptions,
  PageOrientation,
  Paragraph,
  type IStylesOptions,
  TextRun,
} from 'docx';
import { A4_MM, FONT_FAMILY, MARGINS_MM, type Orientation } from './page-layout';

export const mmToTwip = (mm: number): number => Math.round((mm * 1440) / 25.4);

/** Times New Roman 13 pt unless a run says otherwise (sizes are in half-points). */
export const DOCX_STYLES: IStylesOptions = {
  default: {
    document: { run: { font: FONT_FAMILY, size: 26 }, paragraph: { spacing: { after: 0, line: 240 } } },
  },
};

export function docxSectionProperties(orientation: Orientation): ISectionPropertiesOptions {
  return {
    page: {
      size: {
        width: mmToTwip(A4_MM.width),
        height: mmToTwip(A4_MM.height),
        orientation: orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
      },
      margin: {
        top: mmToTwip(MARGINS_MM.top),
        bottom: mmToTwip(MARGINS_MM.bottom),
        left: mmToTwip(MARGINS_MM.left),
        right: mmToTwip(MARGINS_MM.right),
      },
    },
  };
}

export interface LineOptions {
  size?: number;
  bold?: boolean;
  italics?: boolean;
  align?: 'left' | 'center' | 'justified';
  firstLineIndent?: number;
  spacingBefore?: number;
  spacingAfter?: number;
  line?: number;
  /** A rule under the paragraph, shortened by this indent on each side (twips). */
  ruleIndent?: number;
}

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, justified: AlignmentType.JUSTIFIED };

/** One paragraph of one run: the unit every document here is built from. */
export function docxLine(text: string, o: LineOptions = {}): Paragraph {
  return new Paragraph({
    alignment: ALIGN[o.align ?? 'left'],
    spacing: { before: o.spacingBefore ?? 0, after: o.spacingAfter ?? 0, line: o.line ?? 240 },
    indent: {
      ...(o.firstLineIndent ? { firstLine: o.firstLineIndent } : {}),
      ...(o.ruleIndent !== undefined ? { left: o.ruleIndent, right: o.ruleIndent } : {}),
    },
    ...(o.ruleIndent !== undefined
      ? { border: { bottom: { style: BorderStyle.SINGLE, size: 6, space: 1, color: '000000' } } }
      : {}),
    children: [new TextRun({ text, size: o.size, bold: o.bold, italics: o.italics })],
  });
}
