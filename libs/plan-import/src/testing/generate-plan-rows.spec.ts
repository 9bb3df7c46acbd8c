import {
  SAMPLE_UNITS,
  generatePlanRows,
  planRowsToDocx,
  planRowsToText,
  planRowsToXlsx,
} from './generate-plan-rows';
import { parsePlan } from '../parse-plan';

describe('generatePlanRows', () => {
  it.each([0, 1, 2, 7, 40, 2000])('makes exactly %i tasks', (taskCount) => {
    const { rows, counts } = generatePlanRows(taskCount);
    expect(counts.tasks).toBe(taskCount);
    const taskRows = rows.slice(1).filter((row) => row[2] !== '');
    expect(taskRows).toHaveLength(taskCount);
  });

  it('is deterministic', () => {
    expect(generatePlanRows(50)).toEqual(generatePlanRows(50));
  });

  it('writes multi-line cells so a spreadsheet paste would read them back', () => {
    const text = planRowsToText([['1', 'a\nb "c"', 'x']]);
    expect(text).toBe('1\t"a\nb ""c"""\tx');
  });

  it('produces a 2,000-task plan that reads back from text, Word and Excel', async () => {
    const { rows, counts } = generatePlanRows(2000);
    expect(counts).toEqual({ sections: 10, contents: 1000, tasks: 2000 });
    const options = { unitDirectory: [...SAMPLE_UNITS] };
    const inputs = [
      { kind: 'text' as const, data: planRowsToText(rows) },
      { kind: 'docx' as const, data: await planRowsToDocx(rows) },
      { kind: 'xlsx' as const, data: await planRowsToXlsx(rows) },
    ];
    for (const input of inputs) {
      const plan = await parsePlan(input, options);
      expect(plan.counts).toEqual(counts);
      expect(plan.warnings).toEqual([]);
    }
  }, 60_000);
});
