import { PlanImportError } from '../plan-import.error';
import type { SourceRow } from '../parse-plan.types';
import { fold } from '../text/fold';

export type ColumnRole = 'code' | 'content' | 'lead' | 'coordinating' | 'deadline' | 'product' | 'result';

/** How each column is named in messages to the user. */
export const COLUMN_LABELS: Record<ColumnRole, string> = {
  code: 'TT',
  content: 'Nội dung công việc',
  lead: 'Đơn vị chủ trì',
  coordinating: 'Đơn vị phối hợp',
  deadline: 'Thời gian hoàn thành',
  product: 'Sản phẩm dự kiến hoàn thành',
  result: 'Kết quả thực hiện',
};

export const REQUIRED_COLUMNS: readonly ColumnRole[] = ['code', 'content', 'lead', 'deadline'];

export type HeaderColumns = Record<'code' | 'content' | 'lead' | 'deadline', number> &
  Partial<Record<'coordinating' | 'product' | 'result', number>>;

export interface HeaderMatch {
  /** Index in the rows of the (first) header row. */
  index: number;
  /** Index of the first row after the header (a header may take two rows). */
  dataStart: number;
  columns: HeaderColumns;
  /** The header's cells as written, folded: used to skip the header repeated on every page. */
  foldedCells: string[];
}

const CODE_LABELS = new Set(['tt', 'stt', 's tt', 'so tt', 'so thu tu', 'thu tu']);

/** Which column a header cell names, whatever its exact wording, or null. */
export function classifyHeaderCell(cell: string): ColumnRole | null {
  const key = fold(cell)
    .replace(/[^a-z0-9 ]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (key === '' || key.length > 80) return null;
  if (CODE_LABELS.has(key)) return 'code';
  if (key.includes('chu tri')) return 'lead';
  if (key.includes('phoi hop')) return 'coordinating';
  if (/^(thoi gian|thoi han|han hoan thanh|thoi diem)/.test(key) || key.includes('tien do'))
    return 'deadline';
  if (key.startsWith('san pham')) return 'product';
  if (/^(ket qua|tinh hinh thuc hien)/.test(key)) return 'result';
  if (/^(noi dung|nhiem vu|ten nhiem vu|cong viec)/.test(key)) return 'content';
  return null;
}

function rolesOf(cells: string[], below?: string[]): Map<ColumnRole, number> {
  const roles = new Map<ColumnRole, number>();
  const width = Math.max(cells.length, below?.length ?? 0);
  for (let column = 0; column < width; column++) {
    const role =
      classifyHeaderCell(cells[column] ?? '') ?? (below ? classifyHeaderCell(below[column] ?? '') : null);
    if (role && !roles.has(role)) roles.set(role, column);
  }
  return roles;
}

function missingOf(roles: Map<ColumnRole, number>): ColumnRole[] {
  return REQUIRED_COLUMNS.filter((role) => !roles.has(role));
}

/**
 * Finds the table's header row — "TT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp |
 * Thời gian hoàn thành | Sản phẩm …" in any order and spelling — possibly spread over two rows
 * ("Đơn vị thực hiện" above "Chủ trì | Phối hợp"). Throws MISSING_COLUMNS naming what is missing.
 */
export function findHeader(rows: SourceRow[]): HeaderMatch {
  let best: { roles: Map<ColumnRole, number>; index: number } | null = null;
  for (let index = 0; index < rows.length; index++) {
    const cells = rows[index].cells;
    if (cells.filter((cell) => cell !== '').length < 2) continue;
    const single = rolesOf(cells);
    const candidates: Array<[Map<ColumnRole, number>, number]> = [[single, index + 1]];
    if (missingOf(single).length > 0 && index + 1 < rows.length) {
      candidates.push([rolesOf(cells, rows[index + 1].cells), index + 2]);
    }
    for (const [roles, dataStart] of candidates) {
      if (missingOf(roles).length === 0) {
        return {
          index,
          dataStart,
          columns: Object.fromEntries(roles) as HeaderColumns,
          foldedCells: cells.map((cell) => fold(cell)),
        };
      }
      if (roles.size >= 2 && (!best || roles.size > best.roles.size)) best = { roles, index };
    }
  }
  if (!best) {
    const all = REQUIRED_COLUMNS.map((role) => COLUMN_LABELS[role]).join(', ');
    throw new PlanImportError(
      'MISSING_COLUMNS',
      `Không tìm thấy dòng tiêu đề của bảng kế hoạch. Bảng cần có các cột: ${all}.`,
      { missing: [...REQUIRED_COLUMNS] },
    );
  }
  const missing = missingOf(best.roles);
  throw new PlanImportError(
    'MISSING_COLUMNS',
    `Thiếu cột: ${missing.map((role) => COLUMN_LABELS[role]).join(', ')}.`,
    { missing, row: rows[best.index].row },
  );
}
