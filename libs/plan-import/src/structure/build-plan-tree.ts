import { readDeadline } from '../deadline/read-deadline';
import type { HeaderMatch } from '../header/find-header';
import type {
  ImportWarning,
  ImportWarningCode,
  ParsedContent,
  ParsedSection,
  ParsedTask,
  SourceRow,
} from '../parse-plan.types';
import { fold } from '../text/fold';
import { findUnitMentions } from '../units/match-units';
import { appendContinuation } from './append-continuation';
import { classifyCode, RowCode } from './classify-code';

export interface BuildPlanTreeInput {
  /** The rows after the header. */
  rows: SourceRow[];
  header: HeaderMatch;
  unitDirectory: string[];
  planYear: number;
  /** The last column holds results ("Bảng kết quả thực hiện") even if it is headed "Sản phẩm …". */
  resultsAppendix: boolean;
}

export interface PlanTree {
  sections: ParsedSection[];
  warnings: ImportWarning[];
  newUnits: string[];
}

type Field = 'content' | 'lead' | 'coordinating' | 'deadline' | 'product' | 'result';
const FIELDS: readonly Field[] = ['content', 'lead', 'coordinating', 'deadline', 'product', 'result'];

/** A numbered row with the continuation rows merged into it. */
interface Entry {
  code: Exclude<RowCode, { kind: 'none' } | { kind: 'unknown' }>;
  row: number;
  fields: Record<Field, string>;
}

const MAX_WARNINGS = 200;
const PAGE_NUMBER = /^\d{1,3}$/;
const COLUMN_NUMBER = /^\(?\d{1,2}\)?$/;

class WarningList {
  readonly items: ImportWarning[] = [];

  add(code: ImportWarningCode, message: string, row?: number): void {
    if (this.items.length === MAX_WARNINGS) {
      this.items.push({
        code: 'TOO_MANY_WARNINGS',
        message: 'Còn nhiều cảnh báo khác; hãy kiểm tra lại bảng.',
      });
    }
    if (this.items.length > MAX_WARNINGS) return;
    const where = row === undefined ? '' : `Dòng ${row}: `;
    this.items.push(row === undefined ? { code, message } : { row, code, message: where + message });
  }
}

function fieldsOf(cells: string[], header: HeaderMatch): Record<Field, string> {
  const at = (column: number | undefined) => (column === undefined ? '' : (cells[column] ?? ''));
  const { columns } = header;
  return {
    content: at(columns.content),
    lead: at(columns.lead),
    coordinating: at(columns.coordinating),
    deadline: at(columns.deadline),
    product: at(columns.product),
    result: at(columns.result),
  };
}

/** The "(1) (2) (3) …" row some tables put under the header. */
function isColumnNumberRow(cells: string[]): boolean {
  const filled = cells.filter((cell) => cell !== '');
  return filled.length >= 3 && filled.every((cell) => COLUMN_NUMBER.test(cell));
}

function isRepeatedHeader(cells: string[], header: HeaderMatch): boolean {
  const code = header.columns.code;
  if (fold(cells[code] ?? '') !== header.foldedCells[code]) return false;
  return header.foldedCells.every((cell, i) => fold(cells[i] ?? '') === cell);
}

/** Numbered rows with their page-break continuations merged in. */
function collectEntries(input: BuildPlanTreeInput, warnings: WarningList): Entry[] {
  const entries: Entry[] = [];
  for (const source of input.rows) {
    const { cells, row } = source;
    if (isRepeatedHeader(cells, input.header) || isColumnNumberRow(cells)) continue;
    const fields = fieldsOf(cells, input.header);
    const code = classifyCode(cells[input.header.columns.code] ?? '');
    const hasText = FIELDS.some((field) => fields[field] !== '');

    if (code.kind === 'unknown') {
      warnings.add('UNKNOWN_CODE', `không hiểu số thứ tự "${code.text}", dòng này bị bỏ qua.`, row);
      continue;
    }
    if (code.kind !== 'none') {
      // A number alone on its row is a page number pasted with the table.
      if (!hasText && code.kind === 'content') continue;
      entries.push({ code, row, fields });
      continue;
    }
    if (!hasText) continue;

    // A row without a number continues the row above (the table broke across a page).
    for (const field of FIELDS)
      if (field !== 'content' && PAGE_NUMBER.test(fields[field])) fields[field] = '';
    if (!FIELDS.some((field) => fields[field] !== '')) continue;
    const previous = entries[entries.length - 1];
    if (!previous) {
      warnings.add('UNPLACED_ROW', 'dòng không có số thứ tự và không nối tiếp dòng nào, bị bỏ qua.', row);
      continue;
    }
    if (fields.lead && fields.deadline && previous.fields.lead && previous.fields.deadline) {
      warnings.add(
        'MERGED_ROW',
        `dòng không có số thứ tự đã được nối vào dòng ${previous.row}; hãy kiểm tra nếu đây là một nhiệm vụ riêng.`,
        row,
      );
    }
    for (const field of FIELDS)
      previous.fields[field] = appendContinuation(previous.fields[field], fields[field]);
  }
  return entries;
}

class TreeBuilder {
  readonly sections: ParsedSection[] = [];
  private section: ParsedSection | null = null;
  private content: { entry: Entry; node: ParsedContent; taskEntries: Entry[] } | null = null;
  private readonly newUnits = new Map<string, string>();

  constructor(
    private readonly input: BuildPlanTreeInput,
    private readonly warnings: WarningList,
  ) {}

  get proposedUnits(): string[] {
    return [...this.newUnits.values()];
  }

  add(entry: Entry): void {
    const { code, row } = entry;
    if (code.kind === 'section') {
      this.flushContent();
      if (this.sections.some((s) => s.code === code.code)) {
        this.warnings.add('DUPLICATE_CODE', `mục ${code.code} xuất hiện lần thứ hai.`, row);
      }
      this.section = { code: code.code, title: entry.fields.content, contents: [] };
      this.sections.push(this.section);
    } else if (code.kind === 'content') {
      this.flushContent();
      if (!this.section) {
        this.warnings.add(
          'UNPLACED_ROW',
          `nội dung ${code.code} nằm trước mục đầu tiên (I, II, …), bị bỏ qua.`,
          row,
        );
        return;
      }
      if (this.section.contents.some((c) => c.code === code.code)) {
        this.warnings.add(
          'DUPLICATE_CODE',
          `nội dung ${code.code} xuất hiện hai lần trong mục ${this.section.code}.`,
          row,
        );
      }
      const node: ParsedContent = { code: code.code, title: entry.fields.content, tasks: [] };
      this.section.contents.push(node);
      this.content = { entry, node, taskEntries: [] };
    } else {
      if (!this.content) {
        this.warnings.add('UNPLACED_ROW', `nhiệm vụ ${code.code} không thuộc nội dung nào, bị bỏ qua.`, row);
        return;
      }
      if (code.contentCode !== this.content.node.code) {
        this.warnings.add(
          'CODE_MISMATCH',
          `nhiệm vụ ${code.code} được xếp vào nội dung ${this.content.node.code} đứng ngay trước nó.`,
          row,
        );
      }
      if (this.content.taskEntries.some((e) => e.code.kind === 'task' && e.code.code === code.code)) {
        this.warnings.add('DUPLICATE_CODE', `nhiệm vụ ${code.code} xuất hiện hai lần.`, row);
      }
      this.content.taskEntries.push(entry);
    }
  }

  finish(): ParsedSection[] {
    this.flushContent();
    for (const section of this.sections) {
      if (section.contents.length === 0)
        this.warnings.add('EMPTY_SECTION', `Mục ${section.code} không có nội dung nào.`);
    }
    return this.sections;
  }

  private flushContent(): void {
    if (!this.content) return;
    const { entry, node, taskEntries } = this.content;
    node.tasks =
      taskEntries.length === 0
        ? [this.task(node.code, entry.fields, entry.row)]
        : taskEntries.map((task) =>
            this.task(task.code.code, this.inherit(task.fields, entry.fields), task.row),
          );
    this.content = null;
  }

  /** A task row leaving units or time empty takes them from its content's row. */
  private inherit(fields: Record<Field, string>, parent: Record<Field, string>): Record<Field, string> {
    return {
      ...fields,
      lead: fields.lead || parent.lead,
      coordinating: fields.coordinating || parent.coordinating,
      deadline: fields.deadline || parent.deadline,
    };
  }

  private units(cell: string, row: number): string[] {
    return findUnitMentions(cell, this.input.unitDirectory).map((mention) => {
      if (mention.known) return mention.name;
      const key = fold(mention.name);
      const known = this.newUnits.get(key);
      if (known) return known;
      this.newUnits.set(key, mention.name);
      this.warnings.add(
        'NEW_UNIT',
        `đơn vị "${mention.name}" chưa có trong danh mục, sẽ được đề xuất tạo mới.`,
        row,
      );
      return mention.name;
    });
  }

  private task(code: string, fields: Record<Field, string>, row: number): ParsedTask {
    const leadUnits = this.units(fields.lead, row);
    const coordinatingUnits = this.units(fields.coordinating, row);
    if (leadUnits.length === 0)
      this.warnings.add('MISSING_LEAD', `nhiệm vụ ${code} chưa có đơn vị chủ trì.`, row);

    const deadlineText = fields.deadline.split('\n').join(' ');
    const { deadline, unreadable } = readDeadline(deadlineText, this.input.planYear);
    if (deadlineText === '') {
      this.warnings.add('MISSING_DEADLINE', `nhiệm vụ ${code} chưa có thời gian hoàn thành.`, row);
    } else if (unreadable) {
      this.warnings.add(
        'UNREADABLE_DATE',
        `không đọc được thời gian "${deadlineText}", giữ nguyên như văn bản.`,
        row,
      );
    }

    const hasResultColumn = this.input.header.columns.result !== undefined;
    const result = hasResultColumn ? fields.result : this.input.resultsAppendix ? fields.product : '';
    const expectedProduct = hasResultColumn || !this.input.resultsAppendix ? fields.product : '';
    const task: ParsedTask = {
      code,
      description: fields.content,
      leadUnits,
      coordinatingUnits,
      deadlineText,
      expectedProduct: expectedProduct || null,
      deadline,
      row,
    };
    if (result) task.result = result;
    return task;
  }
}

/**
 * Rows under the header → sections (I, II, …), contents (1, 2, …) and tasks (2.1, …).
 * A content without sub-items is one task with its code; rows without a number continue the row
 * above; what cannot be placed becomes a warning with its row number.
 */
export function buildPlanTree(input: BuildPlanTreeInput): PlanTree {
  const warnings = new WarningList();
  const builder = new TreeBuilder(input, warnings);
  for (const entry of collectEntries(input, warnings)) builder.add(entry);
  const sections = builder.finish();
  const byRow = [...warnings.items].sort((a, b) => (a.row ?? Infinity) - (b.row ?? Infinity));
  return { sections, warnings: byRow, newUnits: builder.proposedUnits };
}
