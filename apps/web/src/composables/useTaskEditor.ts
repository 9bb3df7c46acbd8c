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
}

export interface ReportDraft {
  status: TaskStatus;
  result: string;
  evidence: EvidenceDraft[];
  measuredValue: string;
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
    if (doc.date.trim() !== '' && !parseVnDate(doc.date)) errors[`evidence.${i}.date`] = 'task.evidenceDateInvalid';
  });
  if (draft.measuredValue.trim() !== '' && !MEASURED.test(draft.measuredValue)) {
    errors.measuredValue = 'task.measuredInvalid';
  }
  return errors;
}

export function validateAssign(draft: AssignDraft): DraftErrors {
  const errors: DraftErrors = {};
  if (draft.leadUnitIds.length === 0) errors.leadUnitIds = 'task.leadRequired';
  if (draft.coordinatingUnitIds.some((id) => draft.leadUnitIds.includes(id))) errors.coordinatingUnitIds = 'task.overlap';
  if (draft.deadlineText.trim() === '') errors.deadlineText = 'task.deadlineRequired';
  return errors;
}

export function reportDraftOf(task: Task): ReportDraft {
  return { status: task.status, result: task.result ?? '', evidence: [], measuredValue: task.measuredValue ?? '' };
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
}

type Form = 'report' | 'assign';

/**
 * The task panel's two forms (assignment, progress report). Each sends the version it was based on;
 * on CONFLICT the API's message (who changed it, when) is kept and reload() fetches the new version
 * while leaving what the user typed untouched.
 */
export function useTaskEditor(options: TaskEditorOptions) {
  const report = reactive<ReportDraft>(reportDraftOf(options.task.value));
  const assign = reactive<AssignDraft>(assignDraftOf(options.task.value));
  const saving = ref<Form | null>(null);
  const conflict = ref<{ form: Form; message: string } | null>(null);
  const error = shallowRef<{ form: Form; error: AppError } | null>(null);
  const reloading = ref(false);

  const reportErrors = computed(() => validateReport(report));
  const assignErrors = computed(() => validateAssign(assign));

  function reset(task: Task): void {
    Object.assign(report, reportDraftOf(task));
    Object.assign(assign, assignDraftOf(task));
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
      return (await options.request<{ reportProgress: Task }>(operations.reportProgress, { input })).reportProgress;
    });
    if (ok) report.evidence = [];
    return ok;
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

  return {
    report,
    assign,
    reportErrors,
    assignErrors,
    saving,
    conflict,
    error,
    reloading,
    reset,
    submitReport,
    submitAssign,
    reload,
    addEvidence,
    removeEvidence,
  };
}
