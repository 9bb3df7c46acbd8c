import { appendixColumns, measuredValueLines, textLines, type AppendixColumn } from '@kstthc/domain';
import type { ReportInput, ReportTaskRow } from './report-input';

export type { AppendixColumn, ColumnAlign } from '@kstthc/domain';
export { textLines };

/** One table row: each cell is a list of lines (paragraphs). */
export interface AppendixRow {
  kind: 'section' | 'content' | 'task';
  code: string;
  /** Cells after TT, one per remaining column; a section row has one cell spanning them all. */
  cells: string[][];
}

/** The appendix columns of a report: the six of seed 003 plus the optional ones it asks for. */
export function reportColumns(input: ReportInput): AppendixColumn[] {
  return appendixColumns(input.options);
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
        return measuredValueLines(task.measuredValue, task.targetMet);
      default:
        return [];
    }
  });
}

/** The plan tree flattened into table rows: section, content heading, tasks — in plan order. */
export function appendixRows(input: ReportInput): AppendixRow[] {
  const columns = reportColumns(input);
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
