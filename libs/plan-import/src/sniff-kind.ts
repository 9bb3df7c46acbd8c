export type SniffedKind = 'docx' | 'xlsx' | 'zip' | 'pdf' | 'legacy-office' | 'text' | 'binary' | 'empty';

const ZIP_SIGNATURES = ['504b0304', '504b0506', '504b0708'];
const OLE_SIGNATURE = 'd0cf11e0a1b11ae1';
const SAMPLE_BYTES = 64 * 1024;

function looksLikeText(buffer: Buffer): boolean {
  if (
    buffer.length >= 2 &&
    ((buffer[0] === 0xff && buffer[1] === 0xfe) || (buffer[0] === 0xfe && buffer[1] === 0xff))
  ) {
    return true;
  }
  const sample = buffer.subarray(0, SAMPLE_BYTES);
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: sample.length < buffer.length });
  } catch {
    return false;
  }
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return false;
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20)) control++;
  }
  return control <= sample.length / 100;
}

/**
 * What a file really is, from its bytes: DOCX and XLSX are ZIP packages told apart by their main
 * part (word/document.xml, xl/workbook.xml), whose names a ZIP stores uncompressed.
 */
export function sniffKind(buffer: Buffer): SniffedKind {
  if (buffer.length === 0) return 'empty';
  const head = buffer.subarray(0, 8).toString('hex');
  if (ZIP_SIGNATURES.some((signature) => head.startsWith(signature))) {
    if (buffer.includes('word/document.xml')) return 'docx';
    if (buffer.includes('xl/workbook.xml')) return 'xlsx';
    return 'zip';
  }
  if (head === OLE_SIGNATURE) return 'legacy-office';
  if (buffer.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  return looksLikeText(buffer) ? 'text' : 'binary';
}

/** A text file's content: UTF-8 (with or without BOM) or UTF-16 with a BOM, as Notepad saves it. */
export function decodeText(buffer: Buffer): string {
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return buffer.subarray(2).toString('utf16le');
  if (buffer[0] === 0xfe && buffer[1] === 0xff) {
    const swapped = Buffer.from(buffer.subarray(2));
    swapped.swap16();
    return swapped.toString('utf16le');
  }
  return buffer.toString('utf8').replace(/^\ufeff/, '');
}
