/** Why an input was refused; a closed set so the API can map each to a 4xx answer. */
export const PLAN_IMPORT_ERROR_CODES = [
  'EMPTY_INPUT',
  'UNSUPPORTED_TYPE',
  'NO_TABLE',
  'MISSING_COLUMNS',
  'CORRUPT_FILE',
  'TOO_LARGE',
  'NO_TASKS',
] as const;

export type PlanImportErrorCode = (typeof PLAN_IMPORT_ERROR_CODES)[number];

/** A refused import, with a Vietnamese message telling the user what is wrong. */
export class PlanImportError extends Error {
  override readonly name = 'PlanImportError';

  constructor(
    readonly code: PlanImportErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export function isPlanImportError(error: unknown): error is PlanImportError {
  return error instanceof PlanImportError;
}
