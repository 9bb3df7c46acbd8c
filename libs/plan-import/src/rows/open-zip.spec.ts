import JSZip from 'jszip';
import { openZip, readZipText } from './open-zip';

async function zipOf(files: Record<string, string>): Promise<Buffer> {
  const zip = new JSZip();
  for (const [path, text] of Object.entries(files)) zip.file(path, text);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

describe('openZip', () => {
  it('opens a package and reads its parts', async () => {
    const zip = await openZip(await zipOf({ 'word/document.xml': '<w:document/>' }), 'Tệp Word', 1024);
    expect(await readZipText(zip, 'word/document.xml', 'Tệp Word')).toBe('<w:document/>');
    expect(await readZipText(zip, 'word/numbering.xml', 'Tệp Word')).toBeNull();
  });

  it('refuses a package that inflates beyond the limit', async () => {
    const buffer = await zipOf({ 'a.xml': 'a'.repeat(100_000) });
    expect(buffer.length).toBeLessThan(1024);
    await expect(openZip(buffer, 'Tệp Excel', 50_000)).rejects.toMatchObject({
      code: 'TOO_LARGE',
      message: 'Tệp Excel quá lớn sau khi giải nén.',
    });
  });

  it('refuses a broken archive', async () => {
    await expect(openZip(Buffer.from('PK\u0003\u0004 nope'), 'Tệp Word', 1024)).rejects.toMatchObject({
      code: 'CORRUPT_FILE',
      message: 'Tệp Word bị hỏng hoặc không đọc được.',
    });
  });
});
