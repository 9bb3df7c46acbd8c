import type { SourceRow } from '../parse-plan.types';
import { htmlToText } from './html-to-text';
import { normalizeCellText } from './normalize-cell';

const SEPARATOR_CELL = /^[\s\-–—=_.]*$/;

interface RawRow {
  cells: string[];
  line: number;
}

// A spreadsheet cell holds at most 32,767 characters; a quote opening a longer stretch is just text.
const MAX_QUOTED = 32_767;
const SEPARATOR = /[\t\n]/g;

/** Where a cell quoted the way spreadsheets copy multi-line cells ("a""b") ends, or -1 when it is not one. */
function quotedCellEnd(text: string, start: number): number {
  const limit = Math.min(text.length, start + MAX_QUOTED);
  for (let at = start + 1; at < limit; at++) {
    if (text[at] !== '"') continue;
    if (text[at + 1] === '"') {
      at++;
      continue;
    }
    const next = text[at + 1];
    return next === undefined || next === '\t' || next === '\n' ? at : -1;
  }
  return -1;
}

/** One row starting at `start` whose cells may be quoted; `end` is the index of the newline ending it. */
function splitQuotedRow(text: string, start: number): { cells: string[]; end: number; lines: number } {
  const cells: string[] = [];
  let lines = 1;
  let at = start;
  for (;;) {
    let end: number;
    const closing = text[at] === '"' ? quotedCellEnd(text, at) : -1;
    if (closing >= 0) {
      const value = text.slice(at + 1, closing);
      for (let i = value.indexOf('\n'); i >= 0; i = value.indexOf('\n', i + 1)) lines++;
      cells.push(value.replace(/""/g, '"'));
      end = closing + 1;
    } else {
      SEPARATOR.lastIndex = at;
      const separator = SEPARATOR.exec(text);
      end = separator ? separator.index : text.length;
      cells.push(text.slice(at, end));
    }
    if (text[end] !== '\t') return { cells, end, lines };
    at = end + 1;
  }
}

/** Splits tab-separated text into rows of raw cells; only lines holding a quote take the slower, quote-aware path. */
function splitRows(text: string): RawRow[] {
  const rows: RawRow[] = [];
  let line = 1;
  let at = 0;
  while (at <= text.length) {
    const newline = text.indexOf('\n', at);
    const lineEnd = newline < 0 ? text.length : newline;
    const lineText = text.slice(at, lineEnd);
    if (!lineText.includes('"')) {
      rows.push({ cells: lineText.split('\t'), line });
      line++;
      at = lineEnd + 1;
      continue;
    }
    const row = splitQuotedRow(text, at);
    rows.push({ cells: row.cells, line });
    line += row.lines;
    at = row.end + 1;
  }
  return rows;
}

function isSeparatorRow(cells: string[]): boolean {
  return cells.every((cell) => SEPARATOR_CELL.test(cell)) && /[-–—=_]{2}/.test(cells.join(''));
}

/**
 * Pasted text (tab-separated, as Word and Excel copy tables) → rows of cell texts.
 * HTML fragments become lines, separator lines of dashes and blank lines are dropped,
 * empty cells are kept so columns stay aligned.
 */
export function readTextRows(text: string): SourceRow[] {
  const source = text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
  const rows: SourceRow[] = [];
  for (const raw of splitRows(source)) {
    if (isSeparatorRow(raw.cells)) continue;
    const cells = raw.cells.map((cell) => normalizeCellText(htmlToText(cell)));
    if (cells.every((cell) => cell === '')) continue;
    rows.push({ cells, row: raw.line });
  }
  return rows;
}
