import { describe, expect, it, vi } from 'vitest';
import { nextTick, ref } from 'vue';
import { operations } from '@/graphql';
import type { PlanAuditEntry } from '@/graphql/types';
import { AppError, type GraphqlRequest } from './useGraphql';
import {
  filterHistory,
  HISTORY_LIMIT,
  toHistoryRow,
  usePlanHistory,
  type HistoryLabels,
} from './usePlanHistory';

const LABELS: HistoryLabels = {
  action: (a) => ({ assign: 'Giao nhiệm vụ', update: 'Sửa', create: 'Tạo mới' })[a] ?? 'Thay đổi',
  entity: (e) => ({ task: 'nhiệm vụ', section: 'mục', plan: 'kế hoạch' })[e] ?? e,
  field: (f) => ({ leadUnits: 'Đơn vị chủ trì', title: 'Tiêu đề' })[f] ?? f,
};

const ASSIGN: PlanAuditEntry = {
  id: 'a1',
  action: 'assign',
  entityType: 'task',
  entityId: 't1',
  actorName: 'Nguyễn Văn Lãnh Đạo',
  changes: JSON.stringify({
    leadUnits: { from: ['Trung tâm Phục vụ hành chính công'], to: ['Phòng Văn hoá-Xã hội'] },
  }),
  createdAt: '2026-06-19T07:05:00.000Z',
};
const RENAME: PlanAuditEntry = {
  id: 'a2',
  action: 'update',
  entityType: 'section',
  entityId: 's1',
  actorName: 'Trần Thị Quản Trị',
  changes: JSON.stringify({ title: { from: 'Rà soát', to: 'Rà soát, đơn giản hoá TTHC' } }),
  createdAt: '2026-07-01T02:00:00.000Z',
};
const COPY: PlanAuditEntry = {
  id: 'a3',
  action: 'create',
  entityType: 'plan',
  entityId: 'p2',
  actorName: null,
  changes: JSON.stringify({ copiedFrom: 'p1', year: 2027, title: 'Kế hoạch năm 2027' }),
  createdAt: '2026-05-01T02:00:00.000Z',
};

describe('toHistoryRow', () => {
  it('writes the time in Vietnam time and each change as from → to', () => {
    const row = toHistoryRow(ASSIGN);
    expect(row.time).toBe('14:05 ngày 19/06/2026');
    expect(row.changes).toEqual([
      { field: 'leadUnits', from: 'Trung tâm Phục vụ hành chính công', to: 'Phòng Văn hoá-Xã hội' },
    ]);
    expect(row.copied).toBe(false);
  });

  it('keeps what a created item was called and notes a copied plan', () => {
    const row = toHistoryRow(COPY);
    expect(row.changes).toEqual([]);
    expect(row.subject).toBe('Kế hoạch năm 2027');
    expect(row.copied).toBe(true);
  });

  it('survives changes that are not JSON and a bad time', () => {
    const row = toHistoryRow({ ...ASSIGN, changes: 'không phải JSON', createdAt: 'x' });
    expect(row.changes).toEqual([]);
    expect(row.subject).toBe('');
    expect(row.time).toBe('x');
  });
});

describe('filterHistory', () => {
  const rows = [ASSIGN, RENAME, COPY].map(toHistoryRow);
  const ids = (list: ReturnType<typeof filterHistory>) => list.map((r) => r.entry.id);

  it('keeps one action', () => {
    expect(ids(filterHistory(rows, { action: 'update', query: '' }, LABELS))).toEqual(['a2']);
    expect(ids(filterHistory(rows, { action: null, query: '' }, LABELS))).toEqual(['a1', 'a2', 'a3']);
  });

  it('searches without diacritics in who, values and the labels shown', () => {
    expect(ids(filterHistory(rows, { action: null, query: 'van hoa xa hoi' }, LABELS))).toEqual(['a1']);
    expect(ids(filterHistory(rows, { action: null, query: 'quan tri' }, LABELS))).toEqual(['a2']);
    expect(ids(filterHistory(rows, { action: null, query: 'don vi chu tri' }, LABELS))).toEqual(['a1']);
    expect(ids(filterHistory(rows, { action: null, query: 'muc' }, LABELS))).toEqual(['a2']);
    expect(ids(filterHistory(rows, { action: null, query: '19/06/2026' }, LABELS))).toEqual(['a1']);
    expect(ids(filterHistory(rows, { action: 'update', query: 'Đạt' }, LABELS))).toEqual([]);
  });
});

describe('usePlanHistory', () => {
  it('asks for the plan trail, lists it newest first and filters it', async () => {
    const request = vi.fn(async () => ({ auditTrail: [COPY, ASSIGN, RENAME] })) as unknown as GraphqlRequest;
    const history = usePlanHistory(ref('plan-1'), request, LABELS);
    await vi.waitFor(() => expect(history.total.value).toBe(3));
    expect(request).toHaveBeenCalledWith(operations.planHistory, { planId: 'plan-1', limit: HISTORY_LIMIT });
    expect(history.rows.value.map((r) => r.entry.id)).toEqual(['a2', 'a1', 'a3']);
    expect(history.actions.value.slice(0, 3)).toEqual(['create', 'update', 'delete']);

    history.filters.action = 'assign';
    expect(history.filtering.value).toBe(true);
    expect(history.rows.value.map((r) => r.entry.id)).toEqual(['a1']);
    history.filters.action = null;
    history.filters.query = 'ra soat';
    expect(history.rows.value.map((r) => r.entry.id)).toEqual(['a2']);
    history.clearFilters();
    expect(history.rows.value).toHaveLength(3);
    expect(history.filtering.value).toBe(false);
  });

  it('fetches again for another plan', async () => {
    const planId = ref('plan-1');
    const request = vi.fn(async () => ({ auditTrail: [] })) as unknown as GraphqlRequest;
    const history = usePlanHistory(planId, request, LABELS);
    await vi.waitFor(() => expect(history.loading.value).toBe(false));
    expect(history.total.value).toBe(0);
    planId.value = 'plan-2';
    await nextTick();
    await vi.waitFor(() => expect(request).toHaveBeenCalledTimes(2));
    expect(request).toHaveBeenLastCalledWith(operations.planHistory, {
      planId: 'plan-2',
      limit: HISTORY_LIMIT,
    });
  });

  it('keeps the API refusal for the page to show', async () => {
    const refusal = new AppError('FORBIDDEN', 'Bạn không có quyền xem lịch sử kế hoạch này');
    const request = vi.fn(async () => {
      throw refusal;
    }) as unknown as GraphqlRequest;
    const history = usePlanHistory(ref('plan-1'), request, LABELS);
    await vi.waitFor(() => expect(history.error.value).toBe(refusal));
    expect(history.rows.value).toEqual([]);
  });
});
