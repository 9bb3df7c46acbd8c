// Hand-written from apps/api/schema.graphql (the fields the web app asks for).

export type Role = 'ADMIN' | 'LEADER' | 'OFFICER' | 'VIEWER';
export type TaskStatus = 'NOT_STARTED' | 'IN_PROGRESS' | 'DONE';
export type PeriodKind = 'MONTH' | 'QUARTER' | 'HALF_YEAR' | 'NINE_MONTHS' | 'YEAR';

export interface Me {
  id: string;
  username: string;
  fullName: string;
  role: Role;
  organizationId: string;
  unitId: string | null;
}

export interface UnitRef {
  id: string;
  name: string;
}

export interface Unit extends UnitRef {
  isGroup: boolean;
  shortName?: string | null;
  members?: UnitRef[] | null;
}

export interface Deadline {
  text: string;
  recurring: boolean;
  dueDate: string | null;
  freeText: string | null;
}

export interface EvidenceDocument {
  number: string;
  date: string | null;
  title: string;
  /** An uploaded file: GET /api/evidence-files/:fileId. */
  fileId?: string | null;
}

export interface TaskUpdate {
  /** REPORT sets the status; CONTRIBUTION is a coordinating unit's note. */
  kind?: 'REPORT' | 'CONTRIBUTION';
  status: TaskStatus;
  result: string | null;
  measuredValue?: string | null;
  reportedAt: string;
  author: { fullName: string } | null;
  evidence: EvidenceDocument[];
}

export interface Task {
  id: string;
  code: string;
  description: string;
  version: number;
  status: TaskStatus;
  result: string | null;
  measuredValue: string | null;
  target: string | null;
  expectedProduct: string | null;
  deadline: Deadline;
  leadUnits: UnitRef[];
  coordinatingUnits: UnitRef[];
  updates: TaskUpdate[];
}

export interface Content {
  id: string;
  code: string;
  title: string;
  isTask: boolean;
  tasks: Task[];
}

export interface Section {
  id: string;
  code: string;
  title: string;
  contents: Content[];
}

export interface PlanCounts {
  sections: number;
  contents: number;
  tasks: number;
}

export interface PlanSummary {
  id: string;
  title: string;
  year: number;
  decision: string;
  organization: { id: string; name: string };
  counts: PlanCounts;
}

export interface Plan extends PlanSummary {
  sections: Section[];
}

export interface PeriodInput {
  kind: PeriodKind;
  year: number;
  index?: number | null;
}

export interface ProgressFigures {
  total: number;
  implemented: number;
  completed: number;
  rate: number;
  rateText: string;
  onTime: number;
  late: number;
  overdue: number;
}

export interface Progress extends ProgressFigures {
  periodStart: string;
  periodEnd: string;
  bySection: Array<Omit<ProgressFigures, 'onTime' | 'late' | 'overdue'> & { sectionCode: string }>;
  byUnit: Array<Omit<ProgressFigures, 'onTime' | 'late' | 'overdue'> & { unit: string }>;
}

/** One write recorded in the audit trail; `changes` is JSON: field → { from, to }. */
export interface AuditEntry {
  id: string;
  action: string;
  actorName: string | null;
  changes: string;
  createdAt: string;
}

/** An account of the organization, as the administration screen lists it. */
export interface User {
  id: string;
  username: string;
  fullName: string;
  role: Role;
  unitId: string | null;
  active: boolean;
}

/** An audit entry of a whole plan: which kind of item (plan, section, content, task…) it concerns. */
export interface PlanAuditEntry extends AuditEntry {
  entityType: string;
  entityId: string | null;
}

/** The plan `copyPlanToYear` creates. */
export interface CopiedPlan {
  id: string;
  title: string;
  year: number;
}
