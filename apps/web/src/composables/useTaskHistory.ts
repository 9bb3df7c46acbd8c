import { computed, watch, type Ref } from 'vue';
import { operations } from '@/graphql';
import type { AuditEntry, Task, TaskUpdate } from '@/graphql/types';
import { useAsyncData } from './useAsyncData';
import type { GraphqlRequest } from './useGraphql';

/** One changed field of an audit entry, its values written out for reading. */
export interface AuditChange {
  field: string;
  from: string;
  to: string;
}

export type HistoryItem =
  | { kind: 'update'; at: string; update: TaskUpdate }
  | { kind: 'audit'; at: string; entry: AuditEntry; changes: AuditChange[] };

// Progress reports come with their evidence from the task's updates; the audit trail adds the rest.
const FROM_UPDATES = new Set(['report']);

function valueText(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.length ? value.map(valueText).join(', ') : '—';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** A changed field's name as the screens show it ("Đơn vị chủ trì"); unknown fields keep their code. */
export function auditFieldLabel(i18n: { t: (key: string) => string; te: (key: string) => boolean }) {
  return (field: string) => (i18n.te(`audit.fields.${field}`) ? i18n.t(`audit.fields.${field}`) : field);
}

/** The { from, to } pairs of an audit entry's changes; other keys (ids, snapshots) are left out. */
export function auditChanges(json: string): AuditChange[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return [];
  }
  if (!parsed || typeof parsed !== 'object') return [];
  return Object.entries(parsed as Record<string, unknown>).flatMap(([field, v]) =>
    v && typeof v === 'object' && 'from' in v && 'to' in v
      ? [{ field, from: valueText((v as { from: unknown }).from), to: valueText((v as { to: unknown }).to) }]
      : [],
  );
}

/** Progress reports and the other recorded changes of a task, newest first. */
export function mergeHistory(updates: readonly TaskUpdate[], audit: readonly AuditEntry[]): HistoryItem[] {
  const items: HistoryItem[] = [
    ...updates.map((update) => ({ kind: 'update' as const, at: update.reportedAt, update })),
    ...audit
      .filter((entry) => !FROM_UPDATES.has(entry.action))
      .map((entry) => ({
        kind: 'audit' as const,
        at: entry.createdAt,
        entry,
        changes: auditChanges(entry.changes),
      })),
  ];
  return items.sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
}

/**
 * The task's history timeline: its progress reports plus assignments and edits from the audit trail,
 * fetched again whenever the task's version changes. Without a plan id only the reports show.
 */
export function useTaskHistory(task: Ref<Task>, planId: Ref<string | undefined>, request: GraphqlRequest) {
  const audit = useAsyncData(
    async () => {
      if (!planId.value) return [];
      const data = await request<{ auditTrail: AuditEntry[] }>(operations.taskAudit, {
        planId: planId.value,
        taskId: task.value.id,
      });
      return data.auditTrail;
    },
    { immediate: false },
  );
  watch(
    () => [task.value.id, task.value.version, planId.value],
    () => void audit.run(),
    { immediate: true },
  );
  const items = computed(() => mergeHistory(task.value.updates, audit.data.value ?? []));
  return { items, loading: audit.loading, error: audit.error, reload: audit.run };
}
