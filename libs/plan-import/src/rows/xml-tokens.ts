import { decodeEntities } from './html-to-text';

export type XmlToken =
  | { type: 'open'; name: string; attrs: string; selfClosing: boolean }
  | { type: 'close'; name: string }
  | { type: 'text'; text: string };

const TOKEN = /<([^<>]*)>|([^<]+)/g;

/** A minimal streaming reader for Office XML parts: elements, their raw attributes and decoded text. */
export function* xmlTokens(xml: string): Generator<XmlToken> {
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(xml); match; match = TOKEN.exec(xml)) {
    const [, tag, text] = match;
    if (text !== undefined) {
      yield { type: 'text', text: decodeEntities(text) };
      continue;
    }
    if (tag === undefined || tag.startsWith('?') || tag.startsWith('!')) continue;
    if (tag.startsWith('/')) {
      yield { type: 'close', name: tag.slice(1).trim() };
      continue;
    }
    const selfClosing = tag.endsWith('/');
    const body = selfClosing ? tag.slice(0, -1) : tag;
    const space = body.search(/\s/);
    const name = space < 0 ? body : body.slice(0, space);
    yield { type: 'open', name, attrs: space < 0 ? '' : body.slice(space), selfClosing };
  }
}

const attrPatterns = new Map<string, RegExp>();

/** The value of one attribute in a raw attribute string. */
export function xmlAttr(attrs: string, name: string): string | undefined {
  if (attrs === '') return undefined;
  let pattern = attrPatterns.get(name);
  if (!pattern) {
    pattern = new RegExp(`(?:^|\\s)${name}\\s*=\\s*"([^"]*)"`);
    attrPatterns.set(name, pattern);
  }
  const match = pattern.exec(attrs);
  return match ? decodeEntities(match[1]) : undefined;
}
