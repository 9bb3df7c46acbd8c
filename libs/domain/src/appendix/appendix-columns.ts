export type ColumnAlign = 'left' | 'center';

export interface AppendixColumn {
  key:
    | 'code'
    | 'description'
    | 'leadUnits'
    | 'coordinatingUnits'
    | 'deadline'
    | 'result'
    | 'status'
    | 'measuredValue';
  header: string;
  /** Relative width; each format (and the on-screen preview) scales these to its usable width. */
  weight: number;
  align: ColumnAlign;
}

export interface AppendixColumnOptions {
  showStatus?: boolean;
  showMeasuredValue?: boolean;
}

const BASE_COLUMNS: AppendixColumn[] = [
  { key: 'code', header: 'TT', weight: 12, align: 'center' },
  { key: 'description', header: 'Nội dung công việc', weight: 72, align: 'left' },
  { key: 'leadUnits', header: 'Đơn vị chủ trì', weight: 34, align: 'center' },
  { key: 'coordinatingUnits', header: 'Đơn vị phối hợp', weight: 34, align: 'center' },
  { key: 'deadline', header: 'Thời gian hoàn thành', weight: 28, align: 'center' },
  { key: 'result', header: 'Sản phẩm dự kiến hoàn thành', weight: 72, align: 'left' },
];

/**
 * The columns of "Bảng kết quả thực hiện": TT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp |
 * Thời gian hoàn thành | Sản phẩm, then the optional Trạng thái and Giá trị đạt được.
 */
export function appendixColumns(options: AppendixColumnOptions = {}): AppendixColumn[] {
  const columns = [...BASE_COLUMNS];
  if (options.showStatus) columns.push({ key: 'status', header: 'Trạng thái', weight: 22, align: 'center' });
  if (options.showMeasuredValue) {
    columns.push({ key: 'measuredValue', header: 'Giá trị đạt được', weight: 22, align: 'center' });
  }
  return columns;
}

/** Multi-line text as separate lines; blank lines dropped, "- " bullets kept as written. */
export function textLines(text: string | null | undefined): string[] {
  if (!text) return [];
  return text
    .split(/\r?\n/)
    .map((l) => l.replace(/\s+$/, ''))
    .filter((l) => l.trim() !== '');
}

/** The measured value's lines, followed by "(Đạt)" or "(Chưa đạt)" when it could be compared with the target. */
export function measuredValueLines(
  measuredValue: string | null | undefined,
  targetMet: boolean | null | undefined,
): string[] {
  const lines = textLines(measuredValue);
  if (lines.length && targetMet === true) lines.push('(Đạt)');
  if (lines.length && targetMet === false) lines.push('(Chưa đạt)');
  return lines;
}
