import { parseVnDate, formatDate } from '@kstthc/vn-format';
import { computed, reactive, ref, shallowRef, type Ref } from 'vue';
import { operations } from '@/graphql';
import type { Task, TaskStatus } from '@/graphql/types';
import { AppError, toAppError, type GraphqlRequest } from './useGraphql';

export interface EvidenceDraft {
  number: string;
  /** As typed: dd/mm/yyyy. */
  date: string;
  title: string;
  /** An attached file once uploaded (POST /api/tasks/:id/evidence-files). */
  fileId?: string | null;
  fileName?: string;
  uploading?: boolean;
  /** Why the chosen file was not sent: an i18n key (size, type). */
  uploadProblem?: string;
  /** Why the server refused the last upload: its message. */
  uploadError?: string;
}

/** The API's limit for one evidence file; checked here too so nobody waits for a refused upload. */
export const EVIDENCE_MAX_BYTES = 20 * 1024 * 1024;
export const EVIDENCE_ACCEPT = '.pdf,.docx,.xlsx,.jpg,.jpeg,.png';
const EVIDENCE_EXTENSIONS = /\.(pdf|docx|xlsx|jpe?g|png)$/i;

/** The i18n key of why a chosen file cannot be attached, or null when it may be uploaded. */
export function evidenceFileProblem(file: { name: string; size: number }): string | null {
  if (file.size === 0) return 'task.evidenceFileEmpty';
  if (file.size > EVIDENCE_MAX_BYTES) return 'task.evidenceFileTooLarge';
  if (!EVIDENCE_EXTENSIONS.test(file.name)) return 'task.evidenceFileType';
  return null;
}

/** Uploads one evidence file for a task; resolves to the stored file's id and name. */
export type EvidenceUploader = (taskId: string, file: File) => Promise<{ id: string; fileName: string }>;

export interface ReportDraft {
  status: TaskStatus;
  result: string;
  evidence: EvidenceDraft[];
  measuredValue: string;
}

/** A leader's edit of the task's own text. */
export interface ContentDraft {
  description: string;
  expectedProduct: string;
  target: string;
}

export interface AssignDraft {
  leadUnitIds: string[];
  coordinatingUnitIds: string[];
  deadlineText: string;
}

/** Field → i18n key of the message; empty when the draft is valid. */
export type DraftErrors = Record<string, string>;

const MEASURED = /^\s*\d+([.,]\d+)?\s*%?\s*$/;

export function validateReport(draft: ReportDraft): DraftErrors {
  const errors: DraftErrors = {};
  if (draft.status !== 'NOT_STARTED' && draft.result.trim() === '') errors.result = 'task.resultRequired';
  draft.evidence.forEach((doc, i) => {
    if (doc.number.trim() === '') errors[`evidence.${i}.number`] = 'task.evidenceNumberRequired';
    if (doc.title.trim() === '') errors[`evidence.${i}.title`] = 'task.evidenceTitleRequired';
    if (doc.date.trim() !== '' && !parseVnDate(doc.date))
      errors[`evidence.${i}.date`] = 'task.evidenceDateInvalid';
    if (doc.uploading) errors[`evidence.${i}.file`] = 'task.evidenceUploading';
  });
  if (draft.measuredValue.trim() !== '' && !MEASURED.test(draft.measuredValue)) {
    errors.measuredValue = 'task.measuredInvalid';
  }
  return errors;
}

/** A contribution note: the note itself and the same evidence rules as a report. */
export function validateContribution(draft: ReportDraft): DraftErrors {
  const errors = validateReport({ ...draft, status: 'NOT_STARTED', measuredValue: '' });
  if (draft.result.trim() === '') errors.result = 'task.noteRequired';
  return errors;
}

export function validateContent(draft: ContentDraft): DraftErrors {
  const errors: DraftErrors = {};
  if (draft.description.trim() === '') errors.description = 'task.descriptionRequired';
  else if (draft.description.length > 20000) errors.description = 'task.tooLong';
  if (draft.expectedProduct.length > 20000) errors.expectedProduct = 'task.tooLong';
  if (draft.target.length > 2000) errors.target = 'task.tooLong';
  return errors;
}

export function validateAssign(draft: AssignDraft): DraftErrors {
  const errors: DraftErrors = {};
  if (draft.leadUnitIds.length === 0) errors.leadUnitIds = 'task.leadRequired';
  if (draft.coordinatingUnitIds.some((id) => draft.leadUnitIds.includes(id)))
    errors.coordinatingUnitIds = 'task.overlap';
  if (draft.deadlineText.trim() === '') errors.deadlineText = 'task.deadlineRequired';
  return errors;
}

export function reportDraftOf(task: Task): ReportDraft {
  return {
    status: task.status,
    result: task.result ?? '',
    evidence: [],
    measuredValue: task.measuredValue ?? '',
  };
}

export function contentDraftOf(task: Task): ContentDraft {
  return {
    description: task.description,
    expectedProduct: task.expectedProduct ?? '',
    target: task.target ?? '',
  };
}

/** Only the fields the leader changed, with the version the edit is based on. */
export function contentInput(task: Task, draft: ContentDraft) {
  const input: {
    id: string;
    expectedVersion: number;
    description?: string;
    expectedProduct?: string | null;
    target?: string | null;
  } = {
    id: task.id,
    expectedVersion: task.version,
  };
  const description = draft.description.replace(/\s+$/, '');
  if (description !== task.description) input.description = description;
  const expectedProduct = draft.expectedProduct.trim() || null;
  if (expectedProduct !== (task.expectedProduct ?? null)) input.expectedProduct = expectedProduct;
  const target = draft.target.trim() || null;
  if (target !== (task.target ?? null)) input.target = target;
  return input;
}

export function assignDraftOf(task: Task): AssignDraft {
  return {
    leadUnitIds: task.leadUnits.map((u) => u.id),
    coordinatingUnitIds: task.coordinatingUnits.map((u) => u.id),
    deadlineText: task.deadline.text,
  };
}

export function reportInput(task: Task, draft: ReportDraft) {
  return {
    taskId: task.id,
    status: draft.status,
    result: draft.result.trim() || null,
    evidence: draft.evidence.map((d) => ({
      number: d.number.trim(),
      date: d.date.trim() ? parseVnDate(d.date) : null,
      title: d.title.trim(),
      fileId: d.fileId ?? null,
    })),
    measuredValue: draft.measuredValue.trim() || null,
    expectedVersion: task.version,
  };
}

export function assignInput(task: Task, draft: AssignDraft) {
  return {
    taskId: task.id,
    leadUnitIds: draft.leadUnitIds,
    coordinatingUnitIds: draft.coordinatingUnitIds,
    deadlineText: draft.deadlineText.trim(),
    expectedVersion: task.version,
  };
}

export function evidenceDateText(iso: string | null): string {
  return iso ? formatDate(iso) : '';
}

export interface TaskEditorOptions {
  task: Ref<Task>;
  request: GraphqlRequest;
  /** Fetches the latest copy of the task from the server. */
  reloadTask: (taskId: string) => Promise<Task | null>;
  onSaved: (task: Task) => void;
  /** Uploads an evidence file; without it the form cites documents without files. */
  upload?: EvidenceUploader;
}

type Form = 'report' | 'assign' | 'contribution' | 'content';

/**
 * The task panel's two forms (assignment, progress report). Each sends the version it was based on;
 * on CONFLICT the API's message (who changed it, when) is kept and reload() fetches the new version
 * while leaving what the user typed untouched.
 */
export function useTaskEditor(options: TaskEditorOptions) {
  const report = reactive<ReportDraft>(reportDraftOf(options.task.value));
  const assign = reactive<AssignDraft>(assignDraftOf(options.task.value));
  const content = reactive<ContentDraft>(contentDraftOf(options.task.value));
  const saving = ref<Form | null>(null);
  const conflict = ref<{ form: Form; message: string } | null>(null);
  const error = shallowRef<{ form: Form; error: AppError } | null>(null);
  const reloading = ref(false);

  const reportErrors = computed(() => validateReport(report));
  const contributionErrors = computed(() => validateContribution(report));
  const assignErrors = computed(() => validateAssign(assign));
  const contentErrors = computed(() => validateContent(content));

  function reset(task: Task): void {
    Object.assign(report, reportDraftOf(task));
    Object.assign(assign, assignDraftOf(task));
    Object.assign(content, contentDraftOf(task));
    conflict.value = null;
    error.value = null;
  }

  async function send(form: Form, run: () => Promise<Task>): Promise<boolean> {
    saving.value = form;
    conflict.value = null;
    error.value = null;
    try {
      const task = await run();
      options.onSaved(task);
      return true;
    } catch (e) {
      const appError = toAppError(e);
      if (appError.code === 'CONFLICT') conflict.value = { form, message: appError.message };
      else error.value = { form, error: appError };
      return false;
    } finally {
      saving.value = null;
    }
  }

  async function submitReport(): Promise<boolean> {
    if (Object.keys(reportErrors.value).length > 0) return false;
    const ok = await send('report', async () => {
      const input = reportInput(options.task.value, report);
      return (await options.request<{ reportProgress: Task }>(operations.reportProgress, { input }))
        .reportProgress;
    });
    if (ok) report.evidence = [];
    return ok;
  }

  /** Sends the report form's text and evidence as a coordinating unit's note; the status stays. */
  async function submitContribution(): Promise<boolean> {
    if (Object.keys(contributionErrors.value).length > 0) return false;
    const ok = await send('contribution', async () => {
      const { evidence } = reportInput(options.task.value, report);
      const input = { taskId: options.task.value.id, note: report.result.trim(), evidence };
      return (await options.request<{ addContribution: Task }>(operations.addContribution, { input }))
        .addContribution;
    });
    if (ok) {
      report.result = '';
      report.evidence = [];
    }
    return ok;
  }

  /** Sends the leader's text edit; nothing is sent when nothing changed. */
  async function submitContent(): Promise<boolean> {
    if (Object.keys(contentErrors.value).length > 0) return false;
    const input = contentInput(options.task.value, content);
    if (Object.keys(input).length === 2) return true;
    return send(
      'content',
      async () => (await options.request<{ updateTask: Task }>(operations.updateTask, { input })).updateTask,
    );
  }

  /** Starts the text edit again from the task as it is now. */
  function resetContent(): void {
    Object.assign(content, contentDraftOf(options.task.value));
  }

  async function submitAssign(): Promise<boolean> {
    if (Object.keys(assignErrors.value).length > 0) return false;
    return send('assign', async () => {
      const input = assignInput(options.task.value, assign);
      return (await options.request<{ assignTask: Task }>(operations.assignTask, { input })).assignTask;
    });
  }

  /** Loads the task's latest version; the drafts stay as typed so the user can send again. */
  async function reload(): Promise<boolean> {
    reloading.value = true;
    try {
      const fresh = await options.reloadTask(options.task.value.id);
      if (!fresh) return false;
      options.onSaved(fresh);
      conflict.value = null;
      return true;
    } catch (e) {
      error.value = { form: conflict.value?.form ?? 'report', error: toAppError(e) };
      return false;
    } finally {
      reloading.value = false;
    }
  }

  function addEvidence(): void {
    report.evidence.push({ number: '', date: '', title: '' });
  }
  function removeEvidence(index: number): void {
    report.evidence.splice(index, 1);
  }

  /**
   * Uploads a file for evidence row `index` (the row's title defaults to the file's name). A refused
   * file leaves the row as it was, with the reason shown under it; resolves to whether it is attached.
   */
  async function attachFile(index: number, file: File): Promise<boolean> {
    const doc = report.evidence[index];
    if (!doc || !options.upload) return false;
    const problem = evidenceFileProblem(file);
    doc.uploadProblem = problem ?? undefined;
    doc.uploadError = undefined;
    if (problem) return false;
    doc.uploading = true;
    try {
      const saved = await options.upload(options.task.value.id, file);
      doc.fileId = saved.id;
      doc.fileName = saved.fileName;
      if (doc.title.trim() === '') doc.title = saved.fileName.replace(/\.[^.]+$/, '');
      return true;
    } catch (e) {
      doc.uploadError = toAppError(e).message;
      return false;
    } finally {
      doc.uploading = false;
    }
  }

  function detachFile(index: number): void {
    const doc = report.evidence[index];
    if (!doc) return;
    doc.fileId = null;
    doc.fileName = undefined;
    doc.uploadProblem = undefined;
    doc.uploadError = undefined;
  }

  return {
    report,
    assign,
    content,
    contentErrors,
    reportErrors,
    contributionErrors,
    assignErrors,
    saving,
    conflict,
    error,
    reloading,
    reset,
    submitReport,
    submitContribution,
    submitAssign,
    submitContent,
    resetContent,
    reload,
    addEvidence,
    removeEvidence,
    attachFile,
    detachFile,
  };
}
