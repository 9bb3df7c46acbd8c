import { reportColumns, appendixRows, textLines } from './appendix-table';
import { makeHaDongReportInput, makeReportInput } from './testing/report-input.factory';

describe(appendixRows.name, () => {
  it('flattens the Hà Đông tree: 5 section rows, 2 content headings, 30 task rows', () => {
    const rows = appendixRows(makeHaDongReportInput());
    expect(rows.filter((r) => r.kind === 'section').map((r) => r.code)).toEqual([
      'I',
      'II',
      'III',
      'IV',
      'V',
    ]);
    expect(rows.filter((r) => r.kind === 'content').map((r) => r.code)).toEqual(['2', '3']);
    expect(rows.filter((r) => r.kind === 'task')).toHaveLength(30);
    expect(rows.slice(0, 6).map((r) => `${r.kind}:${r.code}`)).toEqual([
      'section:I',
      'task:1',
      'section:II',
      'task:1',
      'content:2',
      'task:2.1',
    ]);
  });

  it('keeps multi-line cells as lines and joins units with commas', () => {
    const rows = appendixRows(makeHaDongReportInput());
    const ii1 = rows[3];
    expect(ii1.cells[0]).toEqual([
      'Theo dõi, hướng dẫn, đôn đốc, kiểm tra, giám sát việc thực hiện các nhiệm vụ về:',
      '- Số hoá hồ sơ, kết quả giải quyết TTHC.',
      '- Cung cấp dịch vụ công trực tuyến, thanh toán trực tuyến.',
    ]);
    const t32 = rows.find((r) => r.code === '3.2');
    expect(t32?.cells[1]).toEqual(['Các phòng chuyên môn, Trung tâm Dịch vụ sự nghiệp công']);
    expect(rows.find((r) => r.code === '2.3')?.cells[3]).toEqual([
      'Thường xuyên',
      'Chậm nhất ngày 15/9/2026',
    ]);
  });

  it('adds the status and measured value columns only when asked', () => {
    const plain = makeHaDongReportInput();
    expect(reportColumns(plain).map((c) => c.header)).toEqual([
      'TT',
      'Nội dung công việc',
      'Đơn vị chủ trì',
      'Đơn vị phối hợp',
      'Thời gian hoàn thành',
      'Sản phẩm dự kiến hoàn thành',
    ]);
    const full = makeHaDongReportInput({ options: { showStatus: true, showMeasuredValue: true } });
    expect(
      reportColumns(full)
        .slice(6)
        .map((c) => c.header),
    ).toEqual(['Trạng thái', 'Giá trị đạt được']);
    expect(appendixRows(full)[3].cells.slice(5)).toEqual([['Đang thực hiện'], ['98,10%', '(Đạt)']]);
  });

  it('shows an empty result as an empty cell', () => {
    const input = makeReportInput(1);
    input.sections[0].contents[0].tasks[0].result = null;
    expect(appendixRows(input)[1].cells[4]).toEqual([]);
  });
});

describe(textLines.name, () => {
  it.each([
    ['a\n- b\r\n\n  - c  ', ['a', '- b', '  - c']],
    ['', []],
    [null, []],
  ])('%p', (text, lines) => expect(textLines(text)).toEqual(lines));
});
