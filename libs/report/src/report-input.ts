// What the report documents need: the plan tree with each task's reported state, and the
// figures already counted by @kstthc/domain. Nothing here is recomputed by the builders.

export interface ReportTaskRow {
  /** TT column: "2.1", or the content's code for a content that is itself a task. */
  code: string;
  /** Several lines separated by "\n"; bullet lines ("- …") are kept as written. */
  description: string;
  leadUnits: string[];
  coordinatingUnits: string[];
  deadlineText: string;
  /** The reported result, shown in the last column. */
  result: string | null;
  statusLabel?: string;
  measuredValue?: string | null;
  targetMet?: boolean | null;
}

export interface ReportContentRow {
  code: string;
  title: string;
  /** A content that is itself one task: rendered as ONE row using tasks[0]. */
  isTask: boolean;
  tasks: ReportTaskRow[];
}

export interface ReportSectionRow {
  /** Roman numeral: "I", "II", … */
  code: string;
  title: string;
  contents: ReportContentRow[];
}

export interface ReportSigner {
  /** "TM. ỦY BAN NHÂN DÂN" */
  authority: string;
  /** "KT. CHỦ TỊCH" */
  deputy?: string;
  /** "PHÓ CHỦ TỊCH" */
  title: string;
  name: string;
}

export interface ReportOrganization {
  /** "xã Hà Đông" */
  name: string;
  /** "ỦY BAN NHÂN DÂN XÃ HÀ ĐÔNG" */
  issuerName: string;
  /** "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI": optional line above the issuer. */
  parentIssuerName?: string;
  /** "Hà Đông" */
  place: string;
  recipients: string[];
  signer: ReportSigner;
  /** "TTPVHCC" → "- Lưu: VT; TTPVHCC xã." */
  officeCode?: string;
}

export interface ReportInput {
  organization: ReportOrganization;
  plan: {
    title: string;
    /** "Quyết định số 444/QĐ-UBND ngày 09/03/2026" */
    decision: string;
    year: number;
  };
  period: {
    /** "6 tháng đầu năm 2026" */
    name: string;
    start: string;
    end: string;
  };
  report: {
    /** "333" → "Số: 333/BC-UBND"; empty → "Số:      /BC-UBND" to be filled in by hand. */
    number?: string | null;
    /** ISO date of the report. */
    date: string;
  };
  counts: { sections: number; contents: number; tasks: number };
  progress: {
    total: number;
    implemented: number;
    completed: number;
    rateText: string;
    onTime: number;
    late: number;
    overdue: number;
  };
  sections: ReportSectionRow[];
  options?: { showStatus?: boolean; showMeasuredValue?: boolean };
}
