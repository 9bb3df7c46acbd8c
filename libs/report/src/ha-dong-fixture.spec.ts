import * as domain from '@kstthc/domain';
import ExcelJS from 'exceljs';
import { execFileSync } from 'child_process';
import { appendixRows } from './appendix-table';
import { buildAppendixPdf } from './build-appendix-pdf';
import { buildAppendixXlsx } from './build-appendix-xlsx';
import { buildReportDocx } from './build-report-docx';
import { docxText } from './testing/read-docx';
import { type PlanFixtureLike, reportInputFromPlanFixture } from './testing/report-input-from-plan-fixture';

// The shared Hà Đông fixture, when @kstthc/domain provides it.
const fixture = (domain as Record<string, unknown>)['HA_DONG_2026'] as PlanFixtureLike | undefined;
const describeWithFixture = fixture ? describe : describe.skip;

function hasPdfToText(): boolean {
  try {
    execFileSync('sh', ['-c', 'command -v pdftotext'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Whether `words` occur in `tokens` in order; rows split across pages interleave with the repeated header. */
function inOrder(tokens: string[], words: string[]): boolean {
  let at = 0;
  for (const word of words) {
    while (at < tokens.length && tokens[at] !== word) at++;
    if (at++ >= tokens.length) return false;
  }
  return true;
}

describeWithFixture('the Hà Đông plan of seed 003 in every format', () => {
  const input = fixture ? reportInputFromPlanFixture(fixture) : (undefined as never);
  const rows = fixture ? appendixRows(input) : [];

  it('has the seed shape: 5 sections, 2 content headings, 30 task rows', () => {
    expect(rows.filter((r) => r.kind === 'section')).toHaveLength(5);
    expect(rows.filter((r) => r.kind === 'content').map((r) => r.code)).toEqual(['2', '3']);
    expect(rows.filter((r) => r.kind === 'task')).toHaveLength(30);
  });

  it('DOCX shows every row with its result lines', async () => {
    const text = await docxText(await buildReportDocx(input));
    for (const row of rows)
      for (const cell of row.cells) for (const line of cell) expect(text).toContain(line);
  });

  it('XLSX holds every result', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await buildAppendixXlsx(input)) as unknown as ArrayBuffer);
    const values = workbook.worksheets[0].getColumn(6).values.map(String);
    for (const row of rows.filter((r) => r.kind === 'task'))
      expect(values).toContain(row.cells[4].join('\n'));
  });

  // -raw keeps content-stream order, which draws each cell's lines together.
  (hasPdfToText() ? it : it.skip)('PDF text holds every result (needs pdftotext)', async () => {
    const pdf = await buildAppendixPdf(input);
    const tokens = execFileSync('pdftotext', ['-raw', '-', '-'], { input: pdf, encoding: 'utf8' }).split(
      /\s+/,
    );
    for (const row of rows.filter((r) => r.kind === 'task')) {
      const words = row.cells[4].join(' ').split(/\s+/).filter(Boolean);
      expect({ code: row.code, found: inOrder(tokens, words) }).toEqual({ code: row.code, found: true });
    }
  });
});
