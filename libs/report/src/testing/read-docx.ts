import JSZip from 'jszip';
import mammoth from 'mammoth';

/** The raw text of a DOCX, one paragraph per line (as mammoth extracts it). */
export async function docxText(buffer: Buffer): Promise<string> {
  return (await mammoth.extractRawText({ buffer })).value;
}

/** One XML part of a DOCX, word/document.xml unless named. */
export async function docxXml(buffer: Buffer, part = 'word/document.xml'): Promise<string> {
  const zip = await JSZip.loadAsync(buffer);
  const file = zip.file(part);
  if (!file) throw new Error(`${part} missing`);
  return file.async('string');
}
