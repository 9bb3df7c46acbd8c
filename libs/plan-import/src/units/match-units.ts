import { foldChars } from '../text/fold';

export interface UnitMention {
  /** The directory's name when known, else the text as written. */
  name: string;
  known: boolean;
}

export interface UnitMatch {
  /** Directory names found in the cell, in order. */
  units: string[];
  /** Other names in the cell, proposed as new units. */
  unknown: string[];
}

interface FoldedText {
  text: string;
  /** For each folded character, the index of the original character it came from. */
  origin: number[];
}

const TIGHT = new Set([',', '-', '–', '—', ';', '/']);
// Words left over around known names that are not units of their own ("… hành chính công xã").
const FILLER = new Set([
  'va',
  'xa',
  'phuong',
  'thi tran',
  'cac',
  'voi',
  'cung',
  'khac',
  'chu tri',
  'phoi hop',
  'va cac',
]);

const foldedChar = new Map<string, string>();

/** One character folded, cached: the same few hundred characters recur in every cell. */
function foldChar(c: string): string {
  let folded = foldedChar.get(c);
  if (folded === undefined) {
    folded = /\s/.test(c) ? ' ' : foldChars(c);
    if (folded === '–' || folded === '—') folded = '-';
    foldedChar.set(c, folded);
  }
  return folded;
}

/** Folds for matching (case, diacritics, spacing, spaces around "," and "-"), remembering where each character came from. */
function foldForMatch(s: string): FoldedText {
  const chars: string[] = [];
  const origin: number[] = [];
  const push = (c: string, at: number) => {
    chars.push(c);
    origin.push(at);
  };
  for (let i = 0; i < s.length; i++) {
    for (const c of foldChar(s[i])) {
      const last = chars[chars.length - 1];
      if (c === ' ') {
        if (last === undefined || last === ' ' || TIGHT.has(last)) continue;
        push(c, i);
      } else if (TIGHT.has(c) && last === ' ') {
        chars[chars.length - 1] = c;
        origin[origin.length - 1] = i;
      } else {
        push(c, i);
      }
    }
  }
  while (chars[chars.length - 1] === ' ') {
    chars.pop();
    origin.pop();
  }
  return { text: chars.join(''), origin };
}

const WORD_CHAR = /[a-z0-9]/;

interface DirectoryKey {
  name: string;
  key: string;
}

let lastDirectory: { id: string; keys: DirectoryKey[] } | null = null;

/** The directory's names folded, longest first; kept for the next cell, which nearly always uses the same directory. */
function directoryKeys(directory: readonly string[]): DirectoryKey[] {
  const id = directory.join('\u0001');
  if (lastDirectory?.id !== id) {
    const keys = directory
      .map((name) => ({ name, key: foldForMatch(name.normalize('NFC')).text }))
      .filter((entry) => entry.key !== '')
      .sort((a, b) => b.key.length - a.key.length);
    lastDirectory = { id, keys };
  }
  return lastDirectory.keys;
}

function cleanLeftover(piece: string): string {
  return piece
    .replace(/\s+/g, ' ')
    .replace(/^[\s\-–•+*.,;:)]+/, '')
    .replace(/[\s.,;:(]+$/, '')
    .trim();
}

/** Every unit named in a cell, known (from the directory) or not, in the order written. */
export function findUnitMentions(cell: string, directory: readonly string[]): UnitMention[] {
  const source = cell.normalize('NFC');
  const folded = foldForMatch(source);
  const keys = directoryKeys(directory);

  const taken: Array<{ start: number; end: number; name: string }> = [];
  const used = new Uint8Array(folded.text.length);
  for (const { name, key } of keys) {
    for (let at = folded.text.indexOf(key); at >= 0; at = folded.text.indexOf(key, at + 1)) {
      const end = at + key.length;
      const before = folded.text[at - 1];
      const after = folded.text[end];
      if ((before && WORD_CHAR.test(before)) || (after && WORD_CHAR.test(after))) continue;
      if (used[at] || used[end - 1] || used.subarray(at, end).includes(1)) continue;
      used.fill(1, at, end);
      taken.push({ start: at, end, name });
    }
  }
  taken.sort((a, b) => a.start - b.start);

  // Sweeping left to right keeps the names in the order written.
  const mentions: UnitMention[] = [];
  const leftovers = (start: number, end: number) => {
    if (end <= start) return;
    const from = folded.origin[start];
    const to = end < folded.origin.length ? folded.origin[end] : source.length;
    for (const piece of source.slice(from, to).split(/[,;\n]|\s+và\s+|\s+\/\s+/i)) {
      const name = cleanLeftover(piece);
      if (name !== '' && /\p{L}/u.test(name) && !FILLER.has(foldForMatch(name).text))
        mentions.push({ name, known: false });
    }
  };
  let cursor = 0;
  for (const match of taken) {
    leftovers(cursor, match.start);
    mentions.push({ name: match.name, known: true });
    cursor = match.end;
  }
  leftovers(cursor, folded.text.length);

  const seen = new Set<string>();
  return mentions.filter((mention) => {
    const key = mention.known ? `=${mention.name}` : foldForMatch(mention.name).text;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Matches a unit cell against the organization's unit names ignoring case, diacritics and spacing.
 * Names are found by the directory (longest first), so a group whose name holds a comma
 * ("Các cơ quan, đơn vị liên quan") stays one unit; text left over, split on commas, semicolons,
 * lines and " và ", is returned as unknown names.
 */
export function matchUnits(cell: string, directory: string[]): UnitMatch {
  const mentions = findUnitMentions(cell, directory);
  return {
    units: mentions.filter((m) => m.known).map((m) => m.name),
    unknown: mentions.filter((m) => !m.known).map((m) => m.name),
  };
}
