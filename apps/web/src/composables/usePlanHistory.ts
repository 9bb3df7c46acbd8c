import { formatDateTime, matchesSearch } from '@kstthc/vn-format';
import { computed, reactive, watch, type Ref } from 'vue';
import { operations } from '@/graphql';
import type { PlanAuditEntry } from '@/graphql/types';
import { useAsyncData } from './useAsyncData';
import type { GraphqlRequest } from './useGraphql';
import { auditChanges, type AuditChange } from './useTaskHistory';

/** How many entries the page asks for; the API caps the trail at 1 000. */
export const HISTORY_LIMIT = 500;

/** Actions the API records, in the order the filter offers them. */
export const HISTORY_ACTIONS = ['create', 'update', 'delete', 'move', 'assign', 'report', 'import'] as const;

/** Kinds of item an entry may concern. */
export const HISTORY_ENTITIES = [
  'plan',
  'section',
  'content',
  'task',
  'task_update',
  'user',
  'unit',
] as const;

/** The words the page shows for codes; the search looks in them too. */
export interface HistoryLabels {
  action: (action: string) => string;
  entity: (entityType: string) => string;
  field: (field: string) => string;
}

/** One audit entry as the history page lists it. */
export interface PlanHistoryRow {
  entry: PlanAuditEntry;
  /** "14:05 ngày 19/06/2026". */
  time: string;
  changes: AuditChange[];
  /** Code, title or description written when the item was created or deleted, when there is one. */
  subject: string;
  /** The entry creates a plan copied from another one. */
  copied: boolean;
}

export interface HistoryFilters {
  /** One action, or null for all of them. */
  action: string | null;
  query: string;
}

const SUBJECT_KEYS = ['code', 'title', 'name', 'description'] as const;
const SUBJECT_MAX = 120;

function parse(json: string): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(json);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

function safeTime(at: string): string {
  try {
    return formatDateTime(at);
  } catch {
    return at;
  }
}

/** An audit entry with its changes written out ("field: from → to") and what it concerns. */
export function toHistoryRow(entry: PlanAuditEntry): PlanHistoryRow {
  const raw = parse(entry.changes);
  const subject = SUBJECT_KEYS.map((k) => raw[k])
    .filter((v): v is string | number => typeof v === 'string' || typeof v === 'number')
    .map((v) => String(v).trim())
    .filter((v) => v !== '')
    .join(' — ');
  return {
    entry,
    time: safeTime(entry.createdAt),
    changes: auditChanges(entry.changes),
    subject: subject.length > SUBJECT_MAX ? `${subject.slice(0, SUBJECT_MAX - 1)}…` : subject,
    copied: typeof raw.copiedFrom === 'string',
  };
}

/** The text a search looks through: time, who, the action and item kind as shown, and every change. */
export function historyText(row: PlanHistoryRow, labels: HistoryLabels): string {
  return [
    row.time,
    row.entry.actorName ?? '',
    labels.action(row.entry.action),
    labels.entity(row.entry.entityType),
    row.subject,
    ...row.changes.flatMap((c) => [labels.field(c.field), c.from, c.to]),
  ].join(' ');
}

/** Rows of the chosen action whose text holds every word of the query, diacritics or not. */
export function filterHistory(
  rows: readonly PlanHistoryRow[],
  filters: HistoryFilters,
  labels: HistoryLabels,
): PlanHistoryRow[] {
  return rows.filter(
    (row) =>
      (!filters.action || row.entry.action === filters.action) &&
      matchesSearch(historyText(row, labels), filters.query),
  );
}

/**
 * The audit trail of a plan for its history page: newest first, filtered by action and by a
 * diacritic-insensitive search; fetched again when the plan changes.
 */
export function usePlanHistory(planId: Ref<string>, request: GraphqlRequest, labels: HistoryLabels) {
  const trail = useAsyncData(
    async () => {
      const data = await request<{ auditTrail: PlanAuditEntry[] }>(operations.planHistory, {
        planId: planId.value,
        limit: HISTORY_LIMIT,
      });
      return data.auditTrail
        .map(toHistoryRow)
        .sort((a, b) => Date.parse(b.entry.createdAt) - Date.parse(a.entry.createdAt));
    },
    { immediate: false },
  );
  watch(planId, () => void trail.run(), { immediate: true });

  const filters = reactive<HistoryFilters>({ action: null, query: '' });
  const all = computed(() => trail.data.value ?? []);
  const rows = computed(() => filterHistory(all.value, filters, labels));
  const filtering = computed(() => !!filters.action || filters.query.trim() !== '');
  // The known actions first, then any other the trail holds.
  const actions = computed(() => {
    const present = new Set(all.value.map((r) => r.entry.action));
    const known: readonly string[] = HISTORY_ACTIONS;
    return [...known, ...[...present].filter((a) => !known.includes(a)).sort()];
  });

  function clearFilters(): void {
    filters.action = null;
    filters.query = '';
  }

  return {
    filters,
    rows,
    total: computed(() => all.value.length),
    actions,
    filtering,
    clearFilters,
    loading: trail.loading,
    error: trail.error,
    reload: trail.run,
  };
}
