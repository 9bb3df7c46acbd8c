import JSZip from 'jszip';
import { PlanImportError } from '../plan-import.error';

interface SizedEntry {
  _data?: { uncompressedSize?: number };
}

/** Opens a DOCX/XLSX package, refusing broken archives and ones that inflate beyond `maxUncompressed`. */
export async function openZip(buffer: Buffer, label: string, maxUncompressed: number): Promise<JSZip> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(buffer);
  } catch {
    throw new PlanImportError('CORRUPT_FILE', `${label} bị hỏng hoặc không đọc được.`);
  }
  let total = 0;
  zip.forEach((_path, entry) => {
    total += (entry as unknown as SizedEntry)._data?.uncompressedSize ?? 0;
  });
  if (total > maxUncompressed) {
    throw new PlanImportError('TOO_LARGE', `${label} quá lớn sau khi giải nén.`, {
      uncompressedBytes: total,
    });
  }
  return zip;
}

/** Reads one part of the package as text, or null when it is absent. */
export async function readZipText(zip: JSZip, path: string, label: string): Promise<string | null> {
  const entry = zip.file(path);
  if (!entry) return null;
  try {
    return await entry.async('string');
  } catch {
    throw new PlanImportError('CORRUPT_FILE', `${label} bị hỏng hoặc không đọc được.`);
  }
}
