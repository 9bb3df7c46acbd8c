import { evaluateTarget } from './evaluate-target';

describe(evaluateTarget.name, () => {
  const atLeast80 = 'Đạt tỷ lệ tối thiểu 80% hồ sơ được thanh toán trực tuyến';

  it.each<[string | null, string | null, boolean | null]>([
    [atLeast80, '99,79%', true],
    [atLeast80, '99,79% giao dịch thanh toán trực tuyến', true],
    [atLeast80, '80%', true],
    [atLeast80, '79,99%', false],
    [atLeast80, '99.79%', true],
    [atLeast80, 'đạt 85 %', true],
    ['Đạt tỷ lệ 100% hồ sơ giải quyết TTHC được xử lý trên Hệ thống', '100 % hồ sơ được cập nhật', true],
    ['Đạt tỷ lệ 100% hồ sơ', '99,99% hồ sơ nộp, 100% hồ sơ giải quyết trực tuyến', false],
    ['Mức độ hài lòng đạt tối thiểu 95%. Trong đó đất đai đạt tối thiểu 90%', 'đạt 99,97%', true],
    ['Đạt tỷ lệ tối thiểu 90% dữ liệu', '98,10% dữ liệu thông tin TTHC được khai thác', true],
    ['100% phản ánh kiến nghị được xử lý', '4/4 phản ánh kiến nghị được xử lý', true],
    ['100% phản ánh kiến nghị được công khai', '3/4 phản ánh kiến nghị được công khai', false],
    ['Tỷ lệ hồ sơ trễ hạn không quá 2%', '1,5%', true],
    ['Tỷ lệ hồ sơ trễ hạn tối đa 2%', '3%', false],
    [atLeast80, '85', true],
    [atLeast80, null, null],
    [null, '99%', null],
    ['', '99%', null],
    [atLeast80, '', null],
    [atLeast80, 'Đã và đang thực hiện', null],
    ['Hoàn thành đúng hạn', '99%', null],
  ])('%j with %j → %p', (target, measured, expected) => {
    expect(evaluateTarget(target, measured)).toBe(expected);
  });
});
