import { describe, expect, it, vi } from 'vitest';
import { operations } from '@/graphql';
import { copyYearError, useCopyPlan } from './useCopyPlan';
import { AppError, type GraphqlRequest } from './useGraphql';

describe('copyYearError', () => {
  it('needs a 4-digit year from 2000 to 2100 other than the plan year', () => {
    expect(copyYearError('', 2026)).toBe('copyPlan.yearRequired');
    expect(copyYearError('  ', 2026)).toBe('copyPlan.yearRequired');
    expect(copyYearError('202', 2026)).toBe('copyPlan.yearFormat');
    expect(copyYearError('2027a', 2026)).toBe('copyPlan.yearFormat');
    expect(copyYearError('1999', 2026)).toBe('copyPlan.yearRange');
    expect(copyYearError('2101', 2026)).toBe('copyPlan.yearRange');
    expect(copyYearError('2026', 2026)).toBe('copyPlan.yearSame');
    expect(copyYearError(' 2027 ', 2026)).toBeNull();
    expect(copyYearError('2000', 2026)).toBeNull();
    expect(copyYearError('2100', 2026)).toBeNull();
  });
});

describe('useCopyPlan', () => {
  it('proposes the next year and sends the copy', async () => {
    const request = vi.fn(async () => ({
      copyPlanToYear: { id: 'p2', title: 'Kế hoạch năm 2027', year: 2027 },
    })) as unknown as GraphqlRequest;
    const copy = useCopyPlan(request);
    copy.open({ id: 'p1', year: 2026 });
    expect(copy.yearText.value).toBe('2027');
    expect(copy.canSubmit.value).toBe(true);
    const result = await copy.submit();
    expect(request).toHaveBeenCalledWith(operations.copyPlanToYear, { input: { planId: 'p1', year: 2027 } });
    expect(result).toEqual({ id: 'p2', title: 'Kế hoạch năm 2027', year: 2027 });
    expect(copy.copied.value?.id).toBe('p2');
    expect(copy.canSubmit.value).toBe(false);
  });

  it('sends nothing for an invalid year', async () => {
    const request = vi.fn() as unknown as GraphqlRequest;
    const copy = useCopyPlan(request);
    copy.open({ id: 'p1', year: 2026 });
    copy.yearText.value = '2026';
    expect(copy.yearError.value).toBe('copyPlan.yearSame');
    expect(await copy.submit()).toBeNull();
    expect(request).not.toHaveBeenCalled();
  });

  it('keeps the API refusal and clears it when opened again', async () => {
    const refusal = new AppError('BAD_USER_INPUT', 'Dữ liệu không hợp lệ — year: phải trước năm 2100');
    const request = vi.fn(async () => {
      throw refusal;
    }) as unknown as GraphqlRequest;
    const copy = useCopyPlan(request);
    copy.open({ id: 'p1', year: 2026 });
    expect(await copy.submit()).toBeNull();
    expect(copy.error.value?.message).toBe('Dữ liệu không hợp lệ — year: phải trước năm 2100');
    expect(copy.busy.value).toBe(false);
    copy.open({ id: 'p3', year: 2025 });
    expect(copy.error.value).toBeNull();
    expect(copy.yearText.value).toBe('2026');
  });
});
