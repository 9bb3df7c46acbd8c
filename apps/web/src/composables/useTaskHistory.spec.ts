import { describe, expect, it, vi } from 'vitest';
import { nextTick, ref } from 'vue';
import type { AuditEntry, Task } from '@/graphql/types';
import { makeTask } from '@/testing/plan-factory';
import type { GraphqlRequest } from './useGraphql';
import { auditChanges, auditFieldLabel, mergeHistory, useTaskHistory } from './useTaskHistory';

const ASSIGN: AuditEntry = {
  id: 'a1',
  action: 'assign',
  actorName: 'Nguyễn Văn Lãnh Đạo',
  changes: JSON.stringify({
    leadUnits: { from: ['Trung tâm Phục vụ hành chính công'], to: ['Phòng Văn hoá-Xã hội'] },
    deadlineText: { from: null, to: 'Quý III năm 2026' },
  }),
  createdAt: '2026-07-02T03:00:00.000Z',
};
const REPORT: AuditEntry = {
  ...ASSIGN,
  id: 'a2',
  action: 'report',
  changes: '{"updateId":"u1"}',
  createdAt: '2026-07-03T03:00:00.000Z',
};

describe('auditChanges', () => {
  it('writes out each changed field, lists joined and blanks as a dash', () => {
    expect(auditChanges(ASSIGN.changes)).toEqual([
      { field: 'leadUnits', from: 'Trung tâm Phục vụ hành chính công', to: 'Phòng Văn hoá-Xã hội' },
      { field: 'deadlineText', from: '—', to: 'Quý III năm 2026' },
    ]);
  });

  it('ignores keys that are not changes and text that is not JSON', () => {
    expect(auditChanges('{"updateId":"u1","evidence":[]}')).toEqual([]);
    expect(auditChanges('không phải JSON')).toEqual([]);
  });
});

describe('mergeHistory', () => {
  it('puts reports and other changes in one timeline, newest first, reports not twice', () => {
    const update = {
      status: 'DONE' as const,
      result: 'Đã xong',
      measuredValue: null,
      reportedAt: '2026-07-03T03:00:00.000Z',
      author: { fullName: 'Cán bộ' },
      evidence: [],
    };
    const old = { ...update, status: 'IN_PROGRESS' as const, reportedAt: '2026-05-01T03:00:00.000Z' };
    const items = mergeHistory([old, update], [REPORT, ASSIGN]);
    expect(items.map((i) => i.kind)).toEqual(['update', 'audit', 'update']);
    expect(items[1]).toMatchObject({ kind: 'audit', entry: { id: 'a1' } });
  });
});

describe('useTaskHistory', () => {
  it('fetches the task audit trail and again when the task version changes', async () => {
    const task = ref<Task>(makeTask({ version: 1 }));
    const request = vi.fn(async () => ({ auditTrail: [ASSIGN] })) as unknown as GraphqlRequest;
    const history = useTaskHistory(task, ref('plan-1'), request);
    await vi.waitFor(() => expect(history.items.value).toHaveLength(1));
    expect(request).toHaveBeenCalledWith(expect.stringContaining('auditTrail'), {
      planId: 'plan-1',
      taskId: task.value.id,
    });
    task.value = { ...task.value, version: 2 };
    await nextTick();
    await vi.waitFor(() => expect(request).toHaveBeenCalledTimes(2));
  });

  it('shows only the reports without a plan id, asking nothing', async () => {
    const request = vi.fn() as unknown as GraphqlRequest;
    const history = useTaskHistory(ref(makeTask()), ref(undefined), request);
    await nextTick();
    expect(history.items.value).toEqual([]);
    expect(request).not.toHaveBeenCalled();
  });
});

describe('auditFieldLabel', () => {
  it('names known fields from the audit.fields messages and keeps unknown codes as they are', () => {
    const messages: Record<string, string> = { 'audit.fields.leadUnits': 'Đơn vị chủ trì' };
    const label = auditFieldLabel({ t: (k) => messages[k], te: (k) => k in messages });
    expect(label('leadUnits')).toBe('Đơn vị chủ trì');
    expect(label('copiedFrom')).toBe('copiedFrom');
  });
});
