import JSZip from 'jszip';
import { HA_DONG_UNITS, readSeed003 } from './__fixtures__/seed-003';
import { parsePlan } from './parse-plan';
import type { ParsedPlan, ParsePlanInput } from './parse-plan.types';
import { PLAN_IMPORT_ERROR_CODES, PlanImportError } from './plan-import.error';
import { generatePlanRows, planRowsToDocx, planRowsToXlsx } from './testing/generate-plan-rows';

// Deterministic fuzzing: every run mutates the same inputs the same way, so a failure reproduces.
const TEXT_RUNS = 1500;
const DOCX_RUNS = 500;
const XLSX_RUNS = 250;
const CALL_BOUND_MS = 5_000;

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = ReturnType<typeof mulberry32>;
const int = (random: Random, max: number) => Math.floor(random() * max);
const pick = <T>(random: Random, items: readonly T[]): T => items[int(random, items.length)];

const SNIPPETS = [
  '\t',
  '\n',
  '\t\t',
  '\r\n',
  '"',
  '<p>',
  '</p>',
  '<ul><li>',
  ' - ',
  '-----',
  'II',
  '2.1',
  '3',
  '&amp;',
  '&#',
  '\u0000',
  'Ｉ',
  '<w:tc>',
  '</w:tr>',
];

function mutateString(random: Random, text: string): string {
  let out = text;
  const steps = 1 + int(random, 4);
  for (let i = 0; i < steps; i++) {
    const at = int(random, out.length + 1);
    switch (int(random, 6)) {
      case 0:
        out = out.slice(0, at);
        break;
      case 1:
        out = out.slice(0, at) + pick(random, SNIPPETS) + out.slice(at);
        break;
      case 2:
        out = out.slice(0, at) + out.slice(at + int(random, 200));
        break;
      case 3: {
        const lines = out.split('\n');
        for (let k = 0; k < 1 + int(random, 10); k++) {
          const a = int(random, lines.length);
          const b = int(random, lines.length);
          [lines[a], lines[b]] = [lines[b], lines[a]];
        }
        out = lines.join('\n');
        break;
      }
      case 4: {
        const from = int(random, out.length);
        out = out.slice(0, at) + out.slice(from, from + int(random, 300)) + out.slice(at);
        break;
      }
      default:
        out = out.slice(0, at) + String.fromCharCode(int(random, 0x2000)) + out.slice(at + 1);
    }
  }
  return out;
}

function mutateBytes(random: Random, buffer: Buffer): Buffer {
  const out = Buffer.from(buffer);
  switch (int(random, 4)) {
    case 0:
      return out.subarray(0, int(random, out.length));
    case 1: {
      const extra = Buffer.from(Array.from({ length: 1 + int(random, 16) }, () => int(random, 256)));
      const at = int(random, out.length);
      return Buffer.concat([out.subarray(0, at), extra, out.subarray(at)]);
    }
    default:
      for (let i = 0; i < 1 + int(random, 8); i++) out[int(random, out.length)] = int(random, 256);
      return out;
  }
}

/** Rewrites one XML part of the package, so the mutation survives unzipping and reaches the parser. */
async function mutatePart(random: Random, buffer: Buffer, parts: string[]): Promise<Buffer> {
  const zip = await JSZip.loadAsync(buffer);
  const path = pick(random, parts);
  const xml = await zip.file(path)!.async('string');
  zip.file(path, mutateString(random, xml));
  return zip.generateAsync({ type: 'nodebuffer' });
}

async function withinBound<T>(promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${CALL_BOUND_MS} ms`)), CALL_BOUND_MS);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function checkPlan(plan: ParsedPlan): void {
  const contents = plan.sections.flatMap((s) => s.contents);
  expect(plan.counts).toEqual({
    sections: plan.sections.length,
    contents: contents.length,
    tasks: contents.reduce((n, c) => n + c.tasks.length, 0),
  });
  expect(plan.counts.tasks).toBeGreaterThan(0);
}

/** Runs the parser on one input: it must answer with a plan or a PlanImportError, in time. */
async function probe(input: ParsePlanInput, tally: Record<string, number>): Promise<void> {
  const outcome = await withinBound(
    parsePlan(input, { unitDirectory: HA_DONG_UNITS }).then(
      (plan) => ({ plan }),
      (error: unknown) => ({ error }),
    ),
  );
  if ('plan' in outcome) {
    checkPlan(outcome.plan);
    tally.ok = (tally.ok ?? 0) + 1;
    return;
  }
  if (!(outcome.error instanceof PlanImportError)) {
    const sample =
      typeof input.data === 'string' ? input.data.slice(0, 200) : input.data.subarray(0, 64).toString('hex');
    throw new Error(
      `${input.kind} input led to ${String(outcome.error)}; input starts ${JSON.stringify(sample)}`,
    );
  }
  expect(PLAN_IMPORT_ERROR_CODES).toContain(outcome.error.code);
  expect(outcome.error.message.length).toBeGreaterThan(10);
  tally[outcome.error.code] = (tally[outcome.error.code] ?? 0) + 1;
}

describe('parsePlan under fuzzing', () => {
  jest.setTimeout(60_000);
  const seed = readSeed003();
  const rows = generatePlanRows(20).rows;

  it(`answers ${TEXT_RUNS} mutations of the seed text with a plan or a PlanImportError`, async () => {
    const random = mulberry32(3);
    const tally: Record<string, number> = {};
    for (let i = 0; i < TEXT_RUNS; i++) {
      const text = mutateString(random, seed);
      const input: ParsePlanInput =
        i % 5 === 0
          ? { kind: 'text', data: mutateBytes(random, Buffer.from(text, 'utf8')) }
          : { kind: 'text', data: text };
      await probe(input, tally);
    }
    expect(tally.ok).toBeGreaterThan(TEXT_RUNS / 2);
  });

  it(`answers ${DOCX_RUNS} mutations of a Word plan with a plan or a PlanImportError`, async () => {
    const random = mulberry32(7);
    const docx = await planRowsToDocx(rows);
    const tally: Record<string, number> = {};
    for (let i = 0; i < DOCX_RUNS; i++) {
      const data =
        i % 2 === 0 ? mutateBytes(random, docx) : await mutatePart(random, docx, ['word/document.xml']);
      await probe({ kind: 'docx', data }, tally);
    }
    expect(tally.ok).toBeGreaterThan(0);
    expect(tally.CORRUPT_FILE).toBeGreaterThan(0);
  });

  it(`answers ${XLSX_RUNS} mutations of an Excel plan with a plan or a PlanImportError`, async () => {
    const random = mulberry32(11);
    const xlsx = await planRowsToXlsx(rows);
    const parts = ['xl/worksheets/sheet1.xml', 'xl/sharedStrings.xml', 'xl/workbook.xml'];
    const tally: Record<string, number> = {};
    for (let i = 0; i < XLSX_RUNS; i++) {
      const data = i % 2 === 0 ? mutateBytes(random, xlsx) : await mutatePart(random, xlsx, parts);
      await probe({ kind: 'xlsx', data }, tally);
    }
    expect(tally.ok).toBeGreaterThan(0);
  });

  it('answers pathological texts near the size limit in time', async () => {
    const header = 'TT\tNội dung công việc\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian hoàn thành\n';
    const megabyte = 1024 * 1024;
    const inputs = [
      'x\n'.repeat(megabyte),
      '"a\n'.repeat(megabyte / 2),
      '<a'.repeat(megabyte),
      `${header}I\tMục\n1\tViệc\t${'Phòng Kinh tế, '.repeat(100_000)}\t\tThường xuyên`,
      `${header}I\tMục\n1\t${' - a'.repeat(500_000)}\tPhòng Kinh tế\t\t${'15/9/2026 '.repeat(50_000)}`,
      header +
        'I\tMục\n' +
        Array.from({ length: 30_000 }, (_, i) => `${(i % 900) + 1}\tViệc\tX${i}\t\t`).join('\n'),
    ];
    const tally: Record<string, number> = {};
    for (const data of inputs) await probe({ kind: 'text', data }, tally);
  });

  it('answers random bytes and random text with a PlanImportError', async () => {
    const random = mulberry32(13);
    for (let i = 0; i < 200; i++) {
      const bytes = Buffer.from(Array.from({ length: int(random, 2048) }, () => int(random, 256)));
      const kind = pick(random, ['text', 'docx', 'xlsx'] as const);
      await expect(parsePlan({ kind, data: bytes }, { unitDirectory: HA_DONG_UNITS })).rejects.toBeInstanceOf(
        PlanImportError,
      );
    }
  });
});
