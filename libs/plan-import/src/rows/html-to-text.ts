const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  bull: '•',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (match: string, body: string) => {
    if (body[0] === '#') {
      const code =
        body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
        ? String.fromCodePoint(code)
        : match;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? match;
  });
}

const BLOCK_TAG = /<\/?(?:p|div|br|ul|ol|tr|table|h[1-6])\b[^<>]*>/gi;
const LIST_ITEM = /<li\b[^<>]*>\s*/gi;
const ANY_TAG = /<\/?[a-z][a-z0-9]*\b[^<>]*>/gi;

/**
 * HTML fragments left in pasted text ("<p>…</p> <ul><li>…") → plain lines: block tags end lines,
 * list items start "- " lines, other tags vanish, entities are decoded.
 */
export function htmlToText(text: string): string {
  if (!/[<&]/.test(text)) return text;
  return decodeEntities(
    text
      .replace(LIST_ITEM, (_m: string, offset: number, all: string) => {
        const next = all.slice(offset + _m.length, offset + _m.length + 1);
        return /[-•+]/.test(next) ? '\n' : '\n- ';
      })
      .replace(BLOCK_TAG, '\n')
      .replace(ANY_TAG, ''),
  );
}
