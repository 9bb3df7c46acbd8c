import { computed, ref, shallowRef } from 'vue';
import { toAppError, type AppError } from './useGraphql';
import { useApiFetch } from './useDownload';

export interface ImportPreviewTask {
  code: string;
  description: string;
  leadUnits: string[];
  coordinatingUnits: string[];
  deadlineText: string;
}
export interface ImportPreview {
  counts: { sections: number; contents: number; tasks: number };
  sections: Array<{
    code: string;
    title: string;
    contents: Array<{ code: string; title: string; tasks: ImportPreviewTask[] }>;
  }>;
  warnings: Array<{ row?: number; code?: string; message: string }>;
  newUnits?: string[];
  title?: string | null;
  planYear?: number | null;
}

const ACCEPTED = /\.(docx|xlsx|txt)$/i;

/** Field → i18n key; the wizard needs a file of an accepted type, or pasted text. */
export function validateImportSource(file: File | null, text: string): Record<string, string> {
  if (file && !ACCEPTED.test(file.name)) return { file: 'import.fileType' };
  if (!file && text.trim() === '') return { source: 'import.sourceRequired' };
  return {};
}

export function validatePlanYear(year: number | null): Record<string, string> {
  return year !== null && (!Number.isInteger(year) || year < 2000 || year > 2100)
    ? { year: 'import.yearInvalid' }
    : {};
}

export function importBody(
  file: File | null,
  text: string,
  extra: { title?: string; year?: number | null } = {},
): FormData {
  const body = new FormData();
  if (file) body.append('file', file, file.name);
  else body.append('text', text);
  if (extra.title?.trim()) body.append('title', extra.title.trim());
  if (extra.year) body.append('year', String(extra.year));
  return body;
}

/** The import wizard: preview (dry run, writes nothing), then confirm (creates the plan). */
export function usePlanImport() {
  const apiFetch = useApiFetch();
  const file = shallowRef<File | null>(null);
  const text = ref('');
  /** Optional title and year sent with the confirmation; prefilled from what the preview read. */
  const title = ref('');
  const year = ref<number | null>(null);
  const preview = shallowRef<ImportPreview | null>(null);
  const planId = ref<string | null>(null);
  const busy = ref(false);
  const error = shallowRef<AppError | null>(null);
  const errors = computed(() => validateImportSource(file.value, text.value));

  async function post<T>(dryRun: boolean): Promise<T | null> {
    busy.value = true;
    error.value = null;
    try {
      const response = await apiFetch(`/api/plans/import${dryRun ? '?dryRun=true' : ''}`, {
        method: 'POST',
        body: importBody(file.value, text.value, dryRun ? {} : { title: title.value, year: year.value }),
      });
      return (await response.json()) as T;
    } catch (e) {
      error.value = toAppError(e);
      return null;
    } finally {
      busy.value = false;
    }
  }

  async function runPreview(): Promise<boolean> {
    if (Object.keys(errors.value).length > 0) return false;
    preview.value = await post<ImportPreview>(true);
    if (preview.value) {
      title.value = preview.value.title ?? '';
      year.value = preview.value.planYear ?? null;
    }
    return preview.value !== null;
  }

  async function confirm(): Promise<boolean> {
    if (Object.keys(validatePlanYear(year.value)).length > 0) return false;
    const answer = await post<{ planId: string }>(false);
    planId.value = answer?.planId ?? null;
    return planId.value !== null;
  }

  function restart(): void {
    file.value = null;
    text.value = '';
    title.value = '';
    year.value = null;
    preview.value = null;
    planId.value = null;
    error.value = null;
  }

  return { file, text, title, year, preview, planId, busy, error, errors, runPreview, confirm, restart };
}
