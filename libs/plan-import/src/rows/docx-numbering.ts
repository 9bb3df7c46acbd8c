import { toRoman } from '@kstthc/vn-format';
import { xmlAttr, xmlTokens } from './xml-tokens';

interface Level {
  start: number;
  format: string;
  text: string;
}

/** Counters from a damaged numbering part can be anything; Roman numerals exist for 1 … 3999. */
function romanRange(n: number): number {
  return Number.isFinite(n) ? Math.min(Math.max(Math.trunc(n), 1), 3999) : 1;
}

function letter(n: number): string {
  const k = Number.isFinite(n) ? Math.min(Math.max(Math.trunc(n), 1), 26 * 10) : 1;
  return String.fromCharCode(97 + ((k - 1) % 26)).repeat(Math.floor((k - 1) / 26) + 1);
}

function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'upperRoman':
      return toRoman(romanRange(n));
    case 'lowerRoman':
      return toRoman(romanRange(n)).toLowerCase();
    case 'upperLetter':
      return letter(n).toUpperCase();
    case 'lowerLetter':
      return letter(n);
    case 'decimalZero':
      return String(n).padStart(2, '0');
    case 'none':
      return '';
    default:
      return String(n);
  }
}

/**
 * Word's automatic numbering (word/numbering.xml): the text a numbered or bulleted paragraph shows
 * before its own text ("II.", "2.1", "-"), counted in document order as Word does.
 */
export class DocxNumbering {
  private readonly abstractLevels = new Map<string, Map<number, Level>>();
  private readonly numToAbstract = new Map<string, string>();
  private readonly counters = new Map<string, number[]>();

  constructor(xml: string | null) {
    if (xml) this.read(xml);
  }

  /** The label of the next paragraph of list `numId` at level `ilvl`; "-" for bullets, "" when unknown. */
  next(numId: string, ilvl: number): string {
    const levels = this.abstractLevels.get(this.numToAbstract.get(numId) ?? '');
    const level = levels?.get(ilvl);
    if (!levels || !level) return numId === '0' ? '' : '-';
    if (level.format === 'bullet') return '-';
    const counts = this.counters.get(numId) ?? [];
    for (let i = 0; i < ilvl; i++) if (counts[i] === undefined) counts[i] = levels.get(i)?.start ?? 1;
    counts[ilvl] = counts[ilvl] === undefined ? level.start : counts[ilvl] + 1;
    counts.length = ilvl + 1;
    this.counters.set(numId, counts);
    return level.text.replace(/%([1-9])/g, (_m, digit: string) => {
      const at = Number(digit) - 1;
      return formatNumber(counts[at] ?? 1, levels.get(at)?.format ?? 'decimal');
    });
  }

  private read(xml: string): void {
    let abstractId: string | null = null;
    let numId: string | null = null;
    let level: (Level & { ilvl: number }) | null = null;
    for (const token of xmlTokens(xml)) {
      if (token.type === 'close') {
        if (token.name === 'w:lvl' && level && abstractId !== null) {
          this.abstractLevels.get(abstractId)?.set(level.ilvl, level);
          level = null;
        } else if (token.name === 'w:abstractNum') abstractId = null;
        else if (token.name === 'w:num') numId = null;
        continue;
      }
      if (token.type !== 'open') continue;
      const val = xmlAttr(token.attrs, 'w:val');
      switch (token.name) {
        case 'w:abstractNum':
          abstractId = xmlAttr(token.attrs, 'w:abstractNumId') ?? null;
          if (abstractId !== null) this.abstractLevels.set(abstractId, new Map());
          break;
        case 'w:lvl':
          if (abstractId !== null)
            level = {
              ilvl: Number(xmlAttr(token.attrs, 'w:ilvl') ?? 0),
              start: 1,
              format: 'decimal',
              text: '',
            };
          break;
        case 'w:start':
          if (level && val !== undefined) level.start = Number(val) || 0;
          break;
        case 'w:numFmt':
          if (level && val !== undefined) level.format = val;
          break;
        case 'w:lvlText':
          if (level && val !== undefined) level.text = val;
          break;
        case 'w:num':
          numId = xmlAttr(token.attrs, 'w:numId') ?? null;
          break;
        case 'w:abstractNumId':
          if (numId !== null && val !== undefined) this.numToAbstract.set(numId, val);
          break;
      }
    }
  }
}
