import { summaryLines } from './summary-lines';
import { makeHaDongReportInput, makeReportInput } from './testing/report-input.factory';

describe(summaryLines.name, () => {
  it('words the Hà Đông figures as seed 003, with two-digit counts', () => {
    expect(summaryLines(makeHaDongReportInput())).toEqual([
      '- Kế hoạch có 05 mục, 22 nội dung với 30 nhiệm vụ.',
      '- Trong 6 tháng đầu năm 2026, UBND xã đã và đang triển khai thực hiện được 19/30 nhiệm vụ;',
      '- Tỷ lệ hoàn thành nhiệm vụ của kế hoạch đạt 20/30 nhiệm vụ đạt 66,67%.',
      '- Trong đó: hoàn thành đúng hạn 02 nhiệm vụ; hoàn thành quá hạn 01 nhiệm vụ; quá hạn chưa hoàn thành 01 nhiệm vụ.',
    ]);
  });

  it.each([
    [
      { total: 7, implemented: 3, completed: 1, rateText: '14,29%', onTime: 1, late: 0, overdue: 12 },
      '1/7',
      '14,29%',
      '12 nhiệm vụ.',
    ],
    [
      { total: 120, implemented: 0, completed: 0, rateText: '0,00%', onTime: 0, late: 0, overdue: 0 },
      '0/120',
      '0,00%',
      '00 nhiệm vụ.',
    ],
  ])('takes every number from input.progress as given (%#)', (progress, fraction, rate, overdue) => {
    const lines = summaryLines(makeReportInput(3, { progress }));
    expect(lines[1]).toContain(`${progress.implemented}/${progress.total} nhiệm vụ;`);
    expect(lines[2]).toBe(`- Tỷ lệ hoàn thành nhiệm vụ của kế hoạch đạt ${fraction} nhiệm vụ đạt ${rate}.`);
    expect(lines[3].endsWith(`quá hạn chưa hoàn thành ${overdue}`)).toBe(true);
  });

  it('uses the counts as given, not counted from the tree', () => {
    const input = makeReportInput(3, { counts: { sections: 12, contents: 4, tasks: 99 } });
    expect(summaryLines(input)[0]).toBe('- Kế hoạch có 12 mục, 04 nội dung với 99 nhiệm vụ.');
  });

  it('names a ward "UBND phường"', () => {
    const base = makeReportInput(2);
    const input = { ...base, organization: { ...base.organization, name: 'phường Ba Đình' } };
    expect(summaryLines(input)[1]).toContain('UBND phường đã và đang');
  });
});
