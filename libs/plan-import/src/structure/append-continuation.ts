const BULLET_START = /^[-•+*]/;
const SENTENCE_END = /[.;:!?]$/;

function startsLowerCase(line: string): boolean {
  const first = line[0];
  return first !== undefined && first !== first.toUpperCase() && first === first.toLowerCase();
}

/**
 * Appends the text a row continues on the next page to the text it continues. A new bullet, or
 * text after a finished sentence, starts a new line; otherwise the broken line is joined with a space
 * ("… Tại Trung tâm Phục vụ" + "hành chính công xã Hà Đông").
 */
export function appendContinuation(previous: string, next: string): string {
  if (next === '') return previous;
  if (previous === '') return next;
  const lastLine = previous.slice(previous.lastIndexOf('\n') + 1);
  const newLine = BULLET_START.test(next) || (!startsLowerCase(next) && SENTENCE_END.test(lastLine));
  return `${previous}${newLine ? '\n' : ' '}${next}`;
}
