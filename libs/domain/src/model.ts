// The plan's shape: Plan → Section (mục) → Content (nội dung) → Task (nhiệm vụ).

export type TaskStatus = 'NOT_STARTED' | 'IN_PROGRESS' | 'DONE';

export const TASK_STATUSES: readonly TaskStatus[] = ['NOT_STARTED', 'IN_PROGRESS', 'DONE'];

export type PeriodKind = 'MONTH' | 'QUARTER' | 'HALF_YEAR' | 'NINE_MONTHS' | 'YEAR';

/** Which reporting period: `index` is the month (1–12), quarter (1–4) or half (1–2); unused for NINE_MONTHS and YEAR. */
export interface PeriodRef {
  kind: PeriodKind;
  year: number;
  index?: number | null;
}

/** A period with its inclusive bounds as ISO dates (yyyy-mm-dd). */
export interface DateRange {
  start: string;
  end: string;
}

/** A completion time ("Thời gian hoàn thành"), both as written and as understood. */
export interface Deadline {
  /** The original text, exactly as written in the plan. */
  text: string;
  /** "Thường xuyên": carried out continuously. */
  recurring: boolean;
  /** The last day allowed, ISO yyyy-mm-dd, from an explicit date or the end of a named period. */
  dueDate: string | null;
  /** A named calendar period ("Quý II năm 2026", "6 tháng đầu năm 2026", "Trong năm 2026"). */
  period: PeriodRef | null;
  /** Text with no date in it ("Theo lộ trình của Nghị quyết"), or null. */
  freeText: string | null;
}

export interface TaskNode {
  /** What the TT column shows: "2.1", or the content's code for a content that is itself a task. */
  code: string;
  /** Several lines and bullets kept as lines separated by "\n". */
  description: string;
  leadUnits: string[];
  coordinatingUnits: string[];
  deadlineText: string;
  /** "Sản phẩm dự kiến hoàn thành" as planned, if any. */
  expectedProduct?: string | null;
}

export interface ContentNode {
  code: string;
  title: string;
  tasks: TaskNode[];
}

export interface SectionNode {
  /** Roman numeral: "I", "II", … */
  code: string;
  title: string;
  contents: ContentNode[];
}

export interface PlanCounts {
  sections: number;
  contents: number;
  tasks: number;
}

/** One progress report in a task's history. */
export interface TaskUpdateInput {
  status: TaskStatus;
  /** When it was reported: ISO date or date-time. */
  at: string;
  result?: string | null;
  measuredValue?: string | null;
}

/** What the counting rules need of a task. */
export interface ProgressTaskInput {
  id: string;
  code: string;
  sectionCode: string;
  leadUnits: string[];
  deadline: Deadline;
  /** "Đạt tỷ lệ tối thiểu 80% …": the measurable target, if the task has one. */
  target?: string | null;
  updates: TaskUpdateInput[];
}

export type Timeliness = 'ON_TIME' | 'LATE' | 'OVERDUE';

export interface ProgressFigures {
  total: number;
  /** đã và đang triển khai thực hiện: in progress or done. */
  implemented: number;
  /** hoàn thành: done, or recurring and carried out within the period. */
  completed: number;
  /** completed / total as a percentage rounded to two decimals (66.67). */
  rate: number;
  /** The rate as printed: "66,67%". */
  rateText: string;
  onTime: number;
  late: number;
  overdue: number;
}

/** A task as of the end of a period. */
export interface TaskProgress {
  id: string;
  code: string;
  status: TaskStatus;
  result: string | null;
  measuredValue: string | null;
  /** Whether the measured value meets the target; null when either is missing or unreadable. */
  targetMet: boolean | null;
  implemented: boolean;
  completed: boolean;
  timeliness: Timeliness | null;
  lastUpdateAt: string | null;
}

export interface ProgressSummary extends ProgressFigures {
  periodStart: string;
  periodEnd: string;
  bySection: Array<ProgressFigures & { sectionCode: string }>;
  byUnit: Array<ProgressFigures & { unit: string }>;
  tasks: TaskProgress[];
}
