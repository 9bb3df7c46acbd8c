import { appendixColumns, measuredValueLines, textLines } from './appendix-columns';

describe(appendixColumns.name, () => {
  it('has the six columns of seed 003, and the optional ones after them when asked', () => {
    expect(appendixColumns().map((c) => c.header)).toEqual([
      'TT',
      'Nội dung công việc',
      'Đơn vị chủ trì',
      'Đơn vị phối hợp',
      'Thời gian hoàn thành',
      'Sản phẩm dự kiến hoàn thành',
    ]);
    expect(
      appendixColumns({ showStatus: true, showMeasuredValue: true })
        .slice(6)
        .map((c) => c.header),
    ).toEqual(['Trạng thái', 'Giá trị đạt được']);
    expect(appendixColumns({ showMeasuredValue: true }).at(-1)?.key).toBe('measuredValue');
  });
});

describe(measuredValueLines.name, () => {
  it('says whether the target is met only when it could be compared', () => {
    expect(measuredValueLines('99,79%', true)).toEqual(['99,79%', '(Đạt)']);
    expect(measuredValueLines('80%', false)).toEqual(['80%', '(Chưa đạt)']);
    expect(measuredValueLines('80%', null)).toEqual(['80%']);
    expect(measuredValueLines(null, true)).toEqual([]);
  });
});

describe(textLines.name, () => {
  it('keeps each line and bullet, dropping blank lines and trailing spaces', () => {
    expect(textLines('Đã thực hiện:  \n\n- Kế hoạch số 19\r\n- Báo cáo')).toEqual([
      'Đã thực hiện:',
      '- Kế hoạch số 19',
      '- Báo cáo',
    ]);
  });
});
