import { execFileSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { buildAppendixPdf } from './build-appendix-pdf';
import { makeHaDongReportInput, makeReportInput } from './testing/report-input.factory';

function onPath(tool: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const POPPLER = onPath('pdftotext') && onPath('pdftoppm');
if (!POPPLER) {
  console.warn('Skipping PDF rendering checks: pdftotext/pdftoppm not on PATH (install poppler-utils).');
}
const withPoppler = POPPLER ? it : it.skip;

function pageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
}

describe(buildAppendixPdf.name, () => {
  let pdf: Buffer;
  let dir: string;

  beforeAll(async () => {
    pdf = await buildAppendixPdf(makeHaDongReportInput());
    dir = mkdtempSync(join(tmpdir(), 'report-pdf-'));
    writeFileSync(join(dir, 'appendix.pdf'), pdf);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is a landscape A4 PDF embedding the Times-compatible TrueType font', () => {
    const raw = pdf.toString('latin1');
    expect(raw.startsWith('%PDF')).toBe(true);
    expect(raw).toContain('/FontFile2');
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+LiberationSerif-Bold\b/);
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+LiberationSerif\b/);
    expect(raw).toMatch(/\/MediaBox \[0 0 841\.89 595\.28\]/);
  });

  withPoppler('renders page 1 with its Vietnamese text intact', () => {
    // Cells wrap, so compare with whitespace collapsed.
    const text = execFileSync('pdftotext', ['-f', '1', '-l', '1', join(dir, 'appendix.pdf'), '-'], {
      encoding: 'utf8',
    }).replace(/\s+/g, ' ');
    expect(text).toContain('BẢNG KẾT QUẢ THỰC HIỆN');
    expect(text).toContain('(Kèm theo Báo cáo số: 333/BC-UBND ngày 19/06/2026 của UBND xã Hà Đông)');
    expect(text).toContain('Trung tâm Phục vụ hành chính công');
    expect(text).toContain('Thường xuyên');
    expect(text).toContain('Nhiệm vụ xây dựng và hoàn thiện thể chế');
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '60',
      '-f',
      '1',
      '-l',
      '1',
      join(dir, 'appendix.pdf'),
      join(dir, 'page'),
    ]);
    const png = readFileSync(join(dir, 'page-1.png'));
    expect(statSync(join(dir, 'page-1.png')).size).toBeGreaterThan(1000);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  });

  withPoppler('repeats the header row on every page and keeps every row', async () => {
    const input = makeReportInput(120);
    const big = await buildAppendixPdf(input);
    const file = join(dir, 'big.pdf');
    writeFileSync(file, big);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    const pages = text.split('\f').filter((p) => p.trim());
    expect(pages.length).toBe(pageCount(big));
    expect(pages.length).toBeGreaterThan(3);
    for (const page of pages) expect(page).toContain('Nội dung công việc');
    expect(text.match(/Kết quả nhiệm vụ/g)).toHaveLength(120);
  });

  withPoppler('splits a row taller than a page and continues it under a repeated header', async () => {
    const long = Array.from({ length: 80 }, (_, i) => `- Dòng kết quả số ${i + 1} của nhiệm vụ dài`).join(
      '\n',
    );
    const input = makeReportInput(2);
    input.sections[0].contents[0].tasks[0].result = long;
    const file = join(dir, 'tall.pdf');
    writeFileSync(file, await buildAppendixPdf(input));
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    const pages = text.split('\f').filter((p) => p.trim());
    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (const page of pages) expect(page).toContain('Sản phẩm dự kiến hoàn thành');
    for (let i = 1; i <= 80; i++) expect(text).toContain(`Dòng kết quả số ${i} của`);
  });
});
