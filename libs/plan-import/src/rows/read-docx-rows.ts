import { findHeader } from '../header/find-header';
import { PlanImportError } from '../plan-import.error';
import type { SourceRow } from '../parse-plan.types';
import { DocxNumbering } from './docx-numbering';
import { normalizeCellText } from './normalize-cell';
import { openZip, readZipText } from './open-zip';
import { xmlAttr, xmlTokens } from './xml-tokens';

const LABEL = 'Tệp Word';

interface RawCell {
  lines: string[];
  span: number;
  vMerge: 'restart' | 'continue' | null;
}

interface RawRow {
  before: number;
  cells: RawCell[];
}

type Block = { kind: 'paragraph'; text: string } | { kind: 'table'; rows: RawRow[] };

interface Paragraph {
  text: string;
  numId: string | null;
  ilvl: number;
}

/** Walks word/document.xml into body paragraphs and top-level tables (nested tables become lines of their cell). */
function readBlocks(xml: string, numbering: DocxNumbering): Block[] {
  const blocks: Block[] = [];
  const paragraphs: Paragraph[] = [];
  let tableDepth = 0;
  let rows: RawRow[] = [];
  let row: RawRow | null = null;
  let cell: RawCell | null = null;
  let inText = false;
  let skipDepth = 0;

  const endParagraph = () => {
    const paragraph = paragraphs.pop();
    if (!paragraph) return;
    let text = paragraph.text;
    if (paragraph.numId !== null) {
      const label = numbering.next(paragraph.numId, paragraph.ilvl);
      if (label === '-') text = /^\s*[-•+]/.test(text) ? text : `- ${text}`;
      else if (label !== '') text = `${label} ${text}`;
    }
    if (tableDepth > 0) cell?.lines.push(text);
    else blocks.push({ kind: 'paragraph', text });
  };

  for (const token of xmlTokens(xml)) {
    if (skipDepth > 0) {
      if (token.type === 'open' && token.name === 'mc:Fallback' && !token.selfClosing) skipDepth++;
      if (token.type === 'close' && token.name === 'mc:Fallback') skipDepth--;
      continue;
    }
    if (token.type === 'text') {
      if (inText && paragraphs.length > 0) paragraphs[paragraphs.length - 1].text += token.text;
      continue;
    }
    const current = paragraphs[paragraphs.length - 1];
    if (token.type === 'close') {
      switch (token.name) {
        case 'w:t':
          inText = false;
          break;
        case 'w:p':
          endParagraph();
          break;
        case 'w:tc':
          if (tableDepth === 1 && cell && row) row.cells.push(cell);
          if (tableDepth === 1) cell = null;
          break;
        case 'w:tr':
          if (tableDepth === 1 && row) rows.push(row);
          if (tableDepth === 1) row = null;
          break;
        case 'w:tbl':
          if (tableDepth === 1) {
            blocks.push({ kind: 'table', rows });
            rows = [];
          }
          tableDepth = Math.max(0, tableDepth - 1);
          break;
      }
      continue;
    }
    const val = xmlAttr(token.attrs, 'w:val');
    switch (token.name) {
      case 'mc:Fallback':
        if (!token.selfClosing) skipDepth = 1;
        break;
      case 'w:tbl':
        if (!token.selfClosing) tableDepth++;
        break;
      case 'w:tr':
        if (tableDepth === 1) row = { before: 0, cells: [] };
        break;
      case 'w:gridBefore':
        if (tableDepth === 1 && row && !cell) row.before = Math.min(Number(val) || 0, 64);
        break;
      case 'w:tc':
        if (tableDepth === 1) cell = { lines: [], span: 1, vMerge: null };
        break;
      case 'w:gridSpan':
        if (tableDepth === 1 && cell && paragraphs.length === 0)
          cell.span = Math.min(Math.max(Number(val) || 1, 1), 64);
        break;
      case 'w:vMerge':
        if (tableDepth === 1 && cell && paragraphs.length === 0)
          cell.vMerge = val === 'restart' ? 'restart' : 'continue';
        break;
      case 'w:p':
        if (!token.selfClosing) paragraphs.push({ text: '', numId: null, ilvl: 0 });
        else if (tableDepth > 0) cell?.lines.push('');
        break;
      case 'w:numId':
        if (current && val !== undefined) current.numId = val === '0' ? null : val;
        break;
      case 'w:ilvl':
        if (current && val !== undefined) current.ilvl = Math.min(Number(val) || 0, 8);
        break;
      case 'w:t':
        inText = !token.selfClosing;
        break;
      case 'w:tab':
        if (current) current.text += ' ';
        break;
      case 'w:br':
      case 'w:cr':
        if (current) current.text += '\n';
        break;
    }
  }
  return blocks;
}

/** A Word table as a grid: a cell spanning columns fills the first, a cell merged downwards repeats its text. */
function tableGrid(rows: RawRow[]): string[][] {
  const above: Array<string | undefined> = [];
  return rows.map((row) => {
    const cells: string[] = new Array(row.before).fill('');
    for (const cell of row.cells) {
      const column = cells.length;
      let text = normalizeCellText(cell.lines.join('\n'));
      if (cell.vMerge === 'continue') text = above[column] ?? '';
      else above[column] = cell.vMerge === 'restart' ? text : undefined;
      cells.push(text);
      for (let i = 1; i < cell.span; i++) {
        cells.push('');
        above[column + i] = undefined;
      }
    }
    return cells;
  });
}

function headerIndex(rows: SourceRow[]): number {
  try {
    return findHeader(rows).index;
  } catch {
    return -1;
  }
}

/**
 * Word (.docx) → rows of the table that holds the plan's header, preceded by the document's
 * paragraphs as one-cell rows (row 0). Tables that follow it with as many columns (a table split
 * across pages) are appended.
 */
export async function readDocxRows(
  buffer: Buffer,
  maxUncompressed = Number.MAX_SAFE_INTEGER,
): Promise<SourceRow[]> {
  const zip = await openZip(buffer, LABEL, maxUncompressed);
  const xml = await readZipText(zip, 'word/document.xml', LABEL);
  if (xml === null)
    throw new PlanImportError('CORRUPT_FILE', `${LABEL} bị hỏng: thiếu nội dung chính (word/document.xml).`);
  const numbering = new DocxNumbering(await readZipText(zip, 'word/numbering.xml', LABEL));
  const blocks = readBlocks(xml, numbering);

  const tables = blocks
    .map((block, index) => ({ block, index }))
    .filter(
      (item): item is { block: Extract<Block, { kind: 'table' }>; index: number } =>
        item.block.kind === 'table',
    )
    .map(({ block, index }) => ({
      index,
      rows: tableGrid(block.rows).map((cells, i): SourceRow => ({ cells, row: i + 1 })),
    }));
  if (tables.length === 0) throw new PlanImportError('NO_TABLE', 'Tệp Word không có bảng kế hoạch nào.');

  const chosenAt = tables.findIndex((table) => headerIndex(table.rows) >= 0);
  const chosen =
    chosenAt >= 0 ? tables[chosenAt] : [...tables].sort((a, b) => b.rows.length - a.rows.length)[0];
  const rows = [...chosen.rows];
  if (chosenAt >= 0) {
    const width = Math.max(...chosen.rows.map((r) => r.cells.length));
    for (const next of tables.slice(chosenAt + 1)) {
      // The header repeated at the top of a continued table is skipped later with the other repeats.
      if (Math.max(0, ...next.rows.map((r) => r.cells.length)) !== width || headerIndex(next.rows) > 0) break;
      const offset = rows[rows.length - 1]?.row ?? 0;
      rows.push(...next.rows.map((r) => ({ cells: r.cells, row: r.row + offset })));
    }
  }
  const preamble = blocks
    .slice(0, chosen.index)
    .flatMap((block) => (block.kind === 'paragraph' ? [normalizeCellText(block.text)] : []))
    .filter((text) => text !== '')
    .map((text): SourceRow => ({ cells: [text], row: 0 }));
  return [...preamble, ...rows.filter((r) => r.cells.some((cell) => cell !== ''))];
}
