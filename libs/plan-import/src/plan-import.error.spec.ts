import { isPlanImportError, PLAN_IMPORT_ERROR_CODES, PlanImportError } from './plan-import.error';

describe(PlanImportError.name, () => {
  it('carries a code from the closed set and the message for the user', () => {
    const error = new PlanImportError('MISSING_COLUMNS', 'Thiếu cột: Đơn vị chủ trì.', { missing: ['lead'] });
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({
      name: 'PlanImportError',
      code: 'MISSING_COLUMNS',
      message: 'Thiếu cột: Đơn vị chủ trì.',
    });
    expect(isPlanImportError(error)).toBe(true);
    expect(isPlanImportError(new Error('x'))).toBe(false);
  });

  it('has exactly the documented codes', () => {
    expect([...PLAN_IMPORT_ERROR_CODES]).toEqual([
      'EMPTY_INPUT',
      'UNSUPPORTED_TYPE',
      'NO_TABLE',
      'MISSING_COLUMNS',
      'CORRUPT_FILE',
      'TOO_LARGE',
      'NO_TASKS',
    ]);
  });
});
