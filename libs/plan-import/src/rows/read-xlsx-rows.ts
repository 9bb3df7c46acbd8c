import ExcelJS from 'exceljs';
import { findHeader } from '../header/find-header';
import { PlanImportError } from '../plan-import.error';
import type { SourceRow } from '../parse-plan.types';
import { normalizeCellText } from './normalize-cell';
import { openZip } from './open-zip';

const LABEL = 'Tệp Excel';
const MAX_COLUMNS = 64;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** A cell's value as the user sees it: rich text joined, formulas by their result, dates as dd/mm/yyyy. */
function valueText(value: ExcelJS.CellValue, numFmt: string | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') {
    const decimals = /^0\.(0+)$/.exec(numFmt ?? '');
    return decimals ? value.toFixed(decimals[1].length) : String(value);
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) {
    return Number.isNaN(value.getTime())
      ? ''
      : `${pad(value.getUTCDate())}/${pad(value.getUTCMonth() + 1)}/${value.getUTCFullYear()}`;
  }
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText))
      return value.richText.map((run) => run.text ?? '').join('');
    if ('formula' in value || 'sharedFormula' in value) {
      return valueText((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue, numFmt);
    }
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('error' in value) return '';
  }
  return '';
}

function sheetRows(sheet: ExcelJS.Worksheet): SourceRow[] {
  const rows: SourceRow[] = [];
  const width = Math.min(sheet.columnCount, MAX_COLUMNS);
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let column = 1; column <= width; column++) {
      const cell = row.getCell(column);
      // Merged cells: the text stays in the top-left cell's column; rows below a vertical merge repeat it.
      const master = cell.isMerged ? cell.master : cell;
      if (master !== cell && master.col !== cell.col) {
        cells.push('');
        continue;
      }
      cells.push(normalizeCellText(valueText(master.value, master.numFmt)));
    }
    if (cells.some((cell) => cell !== '')) rows.push({ cells, row: rowNumber });
  });
  return rows;
}

function headerFound(rows: SourceRow[]): boolean {
  try {
    findHeader(rows);
    return true;
  } catch {
    return false;
  }
}

/** Excel (.xlsx) → rows of the first worksheet holding the plan's header (else the first with data). */
export async function readXlsxRows(
  buffer: Buffer,
  maxUncompressed = Number.MAX_SAFE_INTEGER,
): Promise<SourceRow[]> {
  await openZip(buffer, LABEL, maxUncompressed);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw new PlanImportError('CORRUPT_FILE', `${LABEL} bị hỏng hoặc không đọc được.`);
  }
  const sheets = workbook.worksheets.map(sheetRows).filter((rows) => rows.length > 0);
  if (sheets.length === 0) throw new PlanImportError('NO_TABLE', 'Tệp Excel không có dữ liệu nào.');
  return sheets.find(headerFound) ?? sheets[0];
}
