import * as fs from 'fs';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { parsePlan } from '../parse-plan';
import { PlanInputKind } from '../parse-plan.types';
import {
  generatePlanRows,
  planRowsToDocx,
  planRowsToText,
  planRowsToXlsx,
  SAMPLE_UNITS,
} from '../testing/generate-plan-rows';

const HA_DONG_UNITS = [
  'Trung tâm Phục vụ hành chính công',
  'Trung tâm Dịch vụ sự nghiệp công',
  'Văn phòng HĐND và UBND',
  'Phòng Kinh tế',
  'Phòng Văn hoá-Xã hội',
  'Các phòng chuyên môn',
  'Các cơ quan, đơn vị liên quan',
];

interface Figures {
  runs: number;
  bytes: number;
  tasks: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
}

async function time(
  kind: PlanInputKind,
  data: string | Buffer,
  unitDirectory: string[],
  runs: number,
): Promise<Figures> {
  const samples: number[] = [];
  let tasks = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const parsed = await parsePlan({ kind, data }, { unitDirectory, planYear: 2026 });
    samples.push(performance.now() - t0);
    tasks = parsed.counts.tasks;
  }
  samples.sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    runs,
    bytes: typeof data === 'string' ? Buffer.byteLength(data) : data.length,
    tasks,
    medianMs: round(samples[Math.floor(samples.length / 2)]),
    minMs: round(samples[0]),
    maxMs: round(samples.at(-1)!),
  };
}

/** Import time of the seed plan (pasted text) and of 2,000-task plans as DOCX, XLSX and text. */
async function main(): Promise<void> {
  const outFile = path.resolve(process.argv[2] ?? 'bench/results.json');
  const seedsDir = path.resolve(__dirname, '../../../../../shared/seeds');
  const seedFile = fs.readdirSync(seedsDir).find((f) => f.startsWith('003_'));
  const results: Record<string, Figures> = {};
  if (seedFile) {
    results['seed-003-text'] = await time(
      'text',
      fs.readFileSync(path.join(seedsDir, seedFile), 'utf8'),
      HA_DONG_UNITS,
      20,
    );
  }
  const { rows } = generatePlanRows(2000);
  const units = [...SAMPLE_UNITS];
  results['generated-2000-docx'] = await time('docx', await planRowsToDocx(rows), units, 5);
  results['generated-2000-xlsx'] = await time('xlsx', await planRowsToXlsx(rows), units, 5);
  results['generated-2000-text'] = await time('text', planRowsToText(rows), units, 5);
  for (const [name, figures] of Object.entries(results)) console.log(`import · ${name}:`, figures);
  const existing = fs.existsSync(outFile) ? JSON.parse(fs.readFileSync(outFile, 'utf8')) : {};
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.writeFileSync(
    outFile,
    JSON.stringify({ ...existing, import: { measuredAt: new Date().toISOString(), ...results } }, null, 2) +
      '\n',
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
