import type { ValidationError } from 'class-validator';
import { AppException, FieldError } from './app-exception';

function collect(errors: ValidationError[], prefix: string, into: FieldError[]): void {
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const messages = Object.values(error.constraints ?? {});
    if (messages.length > 0) into.push({ field, messages });
    if (error.children?.length) collect(error.children, field, into);
  }
}

/** Turns class-validator output into one precise message: which field, what is wrong. */
export function validationExceptionFactory(errors: ValidationError[]): AppException {
  const fields: FieldError[] = [];
  collect(errors, '', fields);
  const summary = fields.map((f) => `${f.field}: ${f.messages.join(', ')}`).join('; ');
  return AppException.badInput(`Dữ liệu không hợp lệ — ${summary}`, fields);
}
