import { findHeader } from './header/find-header';
import { isPlanImportError, PlanImportError } from './plan-import.error';
import type {
  ParsedPlan,
  ParsePlanInput,
  ParsePlanOptions,
  PlanInputKind,
  SourceRow,
} from './parse-plan.types';
import { readDocxRows } from './rows/read-docx-rows';
import { readTextRows } from './rows/read-text-rows';
import { readXlsxRows } from './rows/read-xlsx-rows';
import { decodeText, sniffKind } from './sniff-kind';
import { buildPlanTree } from './structure/build-plan-tree';
import { fold } from './text/fold';

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
/** A package may inflate to this many times the size limit before it is refused as a ZIP bomb. */
const INFLATE_RATIO = 10;

const KIND_LABEL: Record<PlanInputKind, string> = { text: 'Văn bản', docx: 'Tệp Word', xlsx: 'Tệp Excel' };
const SUPPORTED = 'hãy dùng tệp Word (.docx), Excel (.xlsx) hoặc dán bảng dưới dạng văn bản';

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1).replace('.', ',')} MB`;
}

type Source = { kind: 'text'; text: string } | { kind: 'docx' | 'xlsx'; buffer: Buffer };

/** Decides what the input really is from its bytes, refusing what cannot be read. */
function resolveSource(input: ParsePlanInput, maxBytes: number): Source {
  const data: unknown = input?.data;
  if (data === undefined || data === null)
    throw new PlanImportError('EMPTY_INPUT', 'Không có nội dung để nhập.');
  if (typeof data !== 'string' && !Buffer.isBuffer(data)) {
    throw new PlanImportError('UNSUPPORTED_TYPE', `Không đọc được dữ liệu gửi lên; ${SUPPORTED}.`);
  }
  const size = typeof data === 'string' ? Buffer.byteLength(data, 'utf8') : data.length;
  if (size > maxBytes) {
    throw new PlanImportError(
      'TOO_LARGE',
      `Tệp quá lớn (${megabytes(size)}); giới hạn là ${megabytes(maxBytes)}.`,
      {
        bytes: size,
        maxBytes,
      },
    );
  }
  const declared: PlanInputKind = input.kind === 'docx' || input.kind === 'xlsx' ? input.kind : 'text';
  if (typeof data === 'string') {
    if (input.kind !== 'text') {
      throw new PlanImportError(
        'UNSUPPORTED_TYPE',
        `${KIND_LABEL[declared]} phải được gửi lên dưới dạng tệp, không phải văn bản.`,
      );
    }
    if (data.trim() === '') throw new PlanImportError('EMPTY_INPUT', 'Văn bản dán vào đang trống.');
    return { kind: 'text', text: data };
  }
  switch (sniffKind(data)) {
    case 'empty':
      throw new PlanImportError('EMPTY_INPUT', 'Tệp gửi lên không có nội dung.');
    case 'docx':
      return { kind: 'docx', buffer: data };
    case 'xlsx':
      return { kind: 'xlsx', buffer: data };
    case 'zip':
      if (declared === 'text')
        throw new PlanImportError('UNSUPPORTED_TYPE', `Tệp nén này không phải Word hay Excel; ${SUPPORTED}.`);
      throw new PlanImportError('CORRUPT_FILE', `${KIND_LABEL[declared]} bị hỏng hoặc không đúng định dạng.`);
    case 'legacy-office':
      throw new PlanImportError(
        'UNSUPPORTED_TYPE',
        'Tệp Word/Excel định dạng cũ (.doc, .xls) chưa được hỗ trợ; hãy lưu lại thành .docx hoặc .xlsx.',
      );
    case 'pdf':
      throw new PlanImportError('UNSUPPORTED_TYPE', `Tệp PDF chưa được hỗ trợ; ${SUPPORTED}.`);
    case 'text': {
      const text = decodeText(data);
      if (text.trim() === '') throw new PlanImportError('EMPTY_INPUT', 'Tệp gửi lên không có nội dung.');
      return { kind: 'text', text };
    }
    default:
      throw new PlanImportError('UNSUPPORTED_TYPE', `Không nhận ra định dạng tệp; ${SUPPORTED}.`);
  }
}

async function readRows(source: Source, maxBytes: number): Promise<SourceRow[]> {
  if (source.kind === 'text') return readTextRows(source.text);
  try {
    return source.kind === 'docx'
      ? await readDocxRows(source.buffer, maxBytes * INFLATE_RATIO)
      : await readXlsxRows(source.buffer, maxBytes * INFLATE_RATIO);
  } catch (error) {
    if (isPlanImportError(error)) throw error;
    throw new PlanImportError('CORRUPT_FILE', `${KIND_LABEL[source.kind]} bị hỏng hoặc không đọc được.`);
  }
}

function noTableMessage(kind: PlanInputKind): string {
  if (kind === 'docx') return 'Tệp Word không có bảng kế hoạch nào.';
  if (kind === 'xlsx') return 'Tệp Excel không có bảng kế hoạch nào.';
  return 'Văn bản dán vào không có bảng: các cột phải cách nhau bằng phím Tab (hãy sao chép cả bảng từ Word hoặc Excel).';
}

/** "Kế hoạch …" before the table; a bare "KẾ HOẠCH" heading takes the line after it. */
function findTitle(preamble: string[]): string | undefined {
  const at = preamble.findIndex((text) => fold(text).startsWith('ke hoach'));
  if (at < 0) return undefined;
  const lines =
    fold(preamble[at]) === 'ke hoach' && at + 1 < preamble.length
      ? preamble.slice(at, at + 2)
      : [preamble[at]];
  return lines.join(' ').replace(/\s*\n\s*/g, ' ');
}

/** The year the plan is about: the first "năm 2026" before the table, else the first year in a deadline. */
function guessYear(preamble: string[], deadlines: string[]): number | undefined {
  for (const text of preamble) {
    const match = /\bnam (\d{4})\b/.exec(fold(text));
    if (match) return Number(match[1]);
  }
  for (const text of deadlines) {
    const match = /\b(20\d{2})\b/.exec(text);
    if (match) return Number(match[1]);
  }
  return undefined;
}

/**
 * Reads a plan — pasted text, Word or Excel — into its tree of sections, contents and tasks,
 * with parsed deadlines, result texts when the table is a results appendix, warnings for rows it
 * could not place and unit names missing from the directory. Writes nothing.
 * Refusals are PlanImportError with a code and a Vietnamese message.
 */
export async function parsePlan(input: ParsePlanInput, options: ParsePlanOptions): Promise<ParsedPlan> {
  const maxBytes = options?.maxBytes && options.maxBytes > 0 ? options.maxBytes : DEFAULT_MAX_BYTES;
  const source = resolveSource(input, maxBytes);
  const rows = await readRows(source, maxBytes);
  if (!rows.some((row) => row.cells.filter((cell) => cell !== '').length >= 2)) {
    throw new PlanImportError('NO_TABLE', noTableMessage(source.kind));
  }

  const header = findHeader(rows);
  const preamble = rows.slice(0, header.index).flatMap((row) => row.cells.filter((cell) => cell !== ''));
  const dataRows = rows.slice(header.dataStart);
  const title = findTitle(preamble);
  const planYear =
    options?.planYear ??
    guessYear(
      title ? [title, ...preamble] : preamble,
      dataRows.map((row) => row.cells[header.columns.deadline] ?? ''),
    ) ??
    new Date().getFullYear();
  const resultsAppendix = preamble.some((text) => /ket qua thuc hien|bao cao/.test(fold(text)));

  const tree = buildPlanTree({
    rows: dataRows,
    header,
    unitDirectory: Array.isArray(options?.unitDirectory) ? options.unitDirectory : [],
    planYear,
    resultsAppendix,
  });
  const contents = tree.sections.flatMap((section) => section.contents);
  const tasks = contents.reduce((sum, content) => sum + content.tasks.length, 0);
  if (tasks === 0) {
    throw new PlanImportError(
      'NO_TASKS',
      'Bảng không có nhiệm vụ nào: các dòng cần được đánh số I, II, … (mục), 1, 2, … (nội dung) và 2.1, 2.2, … (nhiệm vụ).',
      { warnings: tree.warnings.slice(0, 20) },
    );
  }
  const plan: ParsedPlan = {
    counts: { sections: tree.sections.length, contents: contents.length, tasks },
    sections: tree.sections,
    warnings: tree.warnings,
    newUnits: tree.newUnits,
    planYear,
  };
  if (title) plan.title = title;
  return plan;
}
