import { appendContinuation } from './append-continuation';

describe('appendContinuation', () => {
  it.each([
    [
      'Tại Trung tâm Phục vụ',
      'hành chính công xã Hà Đông',
      'Tại Trung tâm Phục vụ hành chính công xã Hà Đông',
    ],
    ['về báo cáo kiểm soát', 'TTHC 6 tháng đầu năm', 'về báo cáo kiểm soát TTHC 6 tháng đầu năm'],
    [
      'tổng số hồ sơ tiếp nhận,',
      'giải quyết TTHC.\n- Đạt',
      'tổng số hồ sơ tiếp nhận, giải quyết TTHC.\n- Đạt',
    ],
    ['- địa giới hành chính.', '- 100% hồ sơ', '- địa giới hành chính.\n- 100% hồ sơ'],
    ['Kết thúc câu.', 'Câu mới', 'Kết thúc câu.\nCâu mới'],
    ['Kết thúc câu.', 'tiếp tục', 'Kết thúc câu. tiếp tục'],
    ['', 'x', 'x'],
    ['x', '', 'x'],
  ])('%j + %j', (previous, next, expected) => {
    expect(appendContinuation(previous, next)).toBe(expected);
  });
});
