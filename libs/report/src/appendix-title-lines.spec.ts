import { appendixTitleLines } from './appendix-title-lines';
import { makeHaDongReportInput } from './testing/report-input.factory';

describe(appendixTitleLines.name, () => {
  it('words the heading as seed 003', () => {
    expect(appendixTitleLines(makeHaDongReportInput())).toEqual({
      title: 'BẢNG KẾT QUẢ THỰC HIỆN',
      subtitle: [
        'Nội dung nhiệm vụ thực hiện kiểm soát thủ tục hành chính',
        'và thực hiện cơ chế một cửa, một cửa liên thông năm 2026 trên địa bàn xã Hà Đông',
      ],
      attachedTo: '(Kèm theo Báo cáo số: 333/BC-UBND ngày 19/06/2026 của UBND xã Hà Đông)',
    });
  });

  it.each([null, undefined, '', '  '])('leaves the number blank to fill in by hand (%p)', (number) => {
    const input = makeHaDongReportInput({ report: { number, date: '2026-12-01' } });
    expect(appendixTitleLines(input).attachedTo).toBe(
      '(Kèm theo Báo cáo số:       /BC-UBND ngày 01/12/2026 của UBND xã Hà Đông)',
    );
  });

  it('takes the year from the plan and the place from the organization', () => {
    const base = makeHaDongReportInput();
    const input = {
      ...base,
      plan: { ...base.plan, year: 2027 },
      organization: { ...base.organization, name: 'phường Ba Đình' },
    };
    const lines = appendixTitleLines(input);
    expect(lines.subtitle[1]).toBe(
      'và thực hiện cơ chế một cửa, một cửa liên thông năm 2027 trên địa bàn phường Ba Đình',
    );
    expect(lines.attachedTo).toContain('của UBND phường Ba Đình)');
  });
});
