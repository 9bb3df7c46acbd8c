import type { ContentNode, Deadline, PlanCounts, SectionNode, TaskNode } from '@kstthc/domain';

export type PlanInputKind = 'text' | 'docx' | 'xlsx';

export interface ParsePlanInput {
  /** What the caller believes the input is; the bytes decide (a DOCX sent as "xlsx" is read as DOCX). */
  kind: PlanInputKind;
  data: string | Buffer;
}

export interface ParsePlanOptions {
  /** The organization's unit names (and group names) that cells are matched against. */
  unitDirectory: string[];
  /** Year for periods written without one ("Trong năm"); read from the document when absent. */
  planYear?: number;
  /** Refuse inputs larger than this (default 10 MB). */
  maxBytes?: number;
}

/** One row as read from the input: its cells (lines inside a cell joined by "\n") and its number in the source. */
export interface SourceRow {
  cells: string[];
  /** Text: the line number; XLSX: the sheet row; DOCX: the table row (0 for paragraphs before the table). */
  row: number;
}

export type ImportWarningCode =
  | 'UNPLACED_ROW'
  | 'UNKNOWN_CODE'
  | 'DUPLICATE_CODE'
  | 'CODE_MISMATCH'
  | 'MERGED_ROW'
  | 'EMPTY_SECTION'
  | 'MISSING_LEAD'
  | 'MISSING_DEADLINE'
  | 'UNREADABLE_DATE'
  | 'NEW_UNIT'
  | 'TOO_MANY_WARNINGS';

export interface ImportWarning {
  row?: number;
  code: ImportWarningCode;
  message: string;
}

export interface ParsedTask extends TaskNode {
  deadline: Deadline;
  /** The result column's text when the table is a results appendix ("Bảng kết quả thực hiện"). */
  result?: string;
  /** Where the task starts in the source (see SourceRow.row). */
  row: number;
}

export type ParsedContent = Omit<ContentNode, 'tasks'> & { tasks: ParsedTask[] };
export type ParsedSection = Omit<SectionNode, 'contents'> & { contents: ParsedContent[] };

export interface ParsedPlan {
  counts: PlanCounts;
  sections: ParsedSection[];
  warnings: ImportWarning[];
  /** Unit names found in the table but not in the directory, proposed for creation. */
  newUnits: string[];
  /** The plan's title when the text before the table gives one ("Kế hoạch …"). */
  title?: string;
  /** The year used to read deadlines. */
  planYear: number;
}
