import { Document, Packer } from 'docx';
import { appendixDocxContent } from './appendix-docx-content';
import { DOCX_STYLES, docxSectionProperties } from './docx-layout';
import type { ReportInput } from './report-input';

/** The appendix "Bảng kết quả thực hiện" alone, landscape A4. */
export async function buildAppendixDocx(input: ReportInput): Promise<Buffer> {
  const doc = new Document({
    styles: DOCX_STYLES,
    sections: [{ properties: docxSectionProperties('landscape'), children: appendixDocxContent(input) }],
  });
  return Packer.toBuffer(doc);
}
