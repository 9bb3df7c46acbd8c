import type { ReportInput, ReportTaskRow } from './report-input';

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
  /** Relative width; each format scales these to its usable page width. */
  weight: number;
  align: ColumnAlign;
}

/** One table row: each cell is a list of lines (paragraphs). */
export interface AppendixRow {
  kind: 'section' | 'content' | 'task';
  code: string;
  /** Cells after TT, one per remaining column; a section row has one cell spanning them all. */
  cells: string[][];
}

const BASE_COLUMNS: AppendixColumn[] = [
  { key: 'code', header: 'TT', weight: 12, align: 'center' },
  { key: 'description', header: 'Nội dung công việc', weight: 72, align: 'left' },
  { key: 'leadUnits', header: 'Đơn vị chủ trì', weight: 34, align: 'center' },
  { key: 'coordinatingUnits', header: 'Đơn vị phối hợp', weight: 34, align: 'center' },
  { key: 'deadline', header: 'Thời gian hoàn thành', weight: 28, align: 'center' },
  { key: 'result', header: 'Sản phẩm dự kiến hoàn thành', weight: 72, align: 'left' },
];

/** TT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành | Sản phẩm (+ Trạng thái, Giá trị đạt được). */
export function appendixColumns(input: ReportInput): AppendixColumn[] {
  const columns = [...BASE_COLUMNS];
  if (input.options?.showStatus)
    columns.push({ key: 'status', header: 'Trạng thái', weight: 22, align: 'center' });
  if (input.options?.showMeasuredValue) {
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

function measuredText(task: ReportTaskRow): string[] {
  const lines = textLines(task.measuredValue);
  if (lines.length && task.targetMet === true) lines.push('(Đạt)');
  if (lines.length && task.targetMet === false) lines.push('(Chưa đạt)');
  return lines;
}

function taskCells(task: ReportTaskRow, columns: AppendixColumn[], description: string): string[][] {
  return columns.slice(1).map((column) => {
    switch (column.key) {
      case 'description':
        return textLines(description);
      case 'leadUnits':
        return task.leadUnits.length ? [task.leadUnits.join(', ')] : [];
      case 'coordinatingUnits':
        return task.coordinatingUnits.length ? [task.coordinatingUnits.join(', ')] : [];
      case 'deadline':
        return textLines(task.deadlineText);
      case 'result':
        return textLines(task.result);
      case 'status':
        return textLines(task.statusLabel);
      case 'measuredValue':
        return measuredText(task);
      default:
        return [];
    }
  });
}

/** The plan tree flattened into table rows: section, content heading, tasks — in plan order. */
export function appendixRows(input: ReportInput): AppendixRow[] {
  const columns = appendixColumns(input);
  const empty = (): string[][] => columns.slice(1).map(() => []);
  const rows: AppendixRow[] = [];
  for (const section of input.sections) {
    rows.push({ kind: 'section', code: section.code, cells: [textLines(section.title)] });
    for (const content of section.contents) {
      const single = content.isTask ? content.tasks[0] : undefined;
      if (single) {
        rows.push({
          kind: 'task',
          code: content.code,
          cells: taskCells(single, columns, single.description.trim() ? single.description : content.title),
        });
        continue;
      }
      const heading = empty();
      heading[0] = textLines(content.title);
      rows.push({ kind: 'content', code: content.code, cells: heading });
      for (const task of content.tasks) {
        rows.push({ kind: 'task', code: task.code, cells: taskCells(task, columns, task.description) });
      }
    }
  }
  return rows;
}
