import { TASK_STATUSES, TaskStatus } from '../model';
import { statusFromText, statusLabel } from './status-label';

describe(statusLabel.name, () => {
  it.each<[TaskStatus, string]>([
    ['NOT_STARTED', 'Chưa thực hiện'],
    ['IN_PROGRESS', 'Đang thực hiện'],
    ['DONE', 'Đã hoàn thành'],
  ])('%s → %s', (status, label) => {
    expect(statusLabel(status)).toBe(label);
  });

  it('reads every label back as its status', () => {
    for (const status of TASK_STATUSES) expect(statusFromText(statusLabel(status))).toBe(status);
  });
});

describe(statusFromText.name, () => {
  it.each<[string, TaskStatus | null]>([
    ['Chưa thực hiện', 'NOT_STARTED'],
    ['- Chưa thực hiện', 'NOT_STARTED'],
    ['- Chưa thực hiện.', 'NOT_STARTED'],
    ['Chưa đánh giá tác động', 'NOT_STARTED'],
    ['- Chưa đánh giá tác động', 'NOT_STARTED'],
    ['CHƯA THỰC HIỆN', 'NOT_STARTED'],
    ['Đã và đang thực hiện', 'IN_PROGRESS'],
    ['Đã và đang thực hiện:\n- Kế hoạch số 19/KH-UBND ngày 11/08/2025', 'IN_PROGRESS'],
    ['Đang thực hiện', 'IN_PROGRESS'],
    ['Đang triển khai', 'IN_PROGRESS'],
    ['Đã triển khai thực hiện: Kế hoạch số 19/KH-UBND ngày 11/08/2025', 'DONE'],
    ['-Đã triển khai thực hiện tiếp nhận các TTHC không phụ thuộc vào địa giới hành chính', 'DONE'],
    ['Đã hoàn thành', 'DONE'],
    ['Hoàn thành', 'DONE'],
    ['100% hồ sơ được tiếp nhận và giải quyết', 'DONE'],
    ['100 % hồ sơ được cập nhật trên hệ thống thông tin GQ TTHC', 'DONE'],
    [
      '-100% TTHC được công khai trên cổng thông tin điện tử của xã - Chưa đề nghị phương án đơn giản hóa TTHC.',
      'IN_PROGRESS',
    ],
    ['Trong kỳ có 4 phản ánh kiến nghị được tiếp nhận theo đúng quy định', null],
    ['99,79% giao dịch thanh toán trực tuyến', null],
    ['Trong quý không có thông tin', null],
    ['', null],
    ['  -  ', null],
  ])('%j → %p', (text, expected) => {
    expect(statusFromText(text)).toBe(expected);
  });
});
