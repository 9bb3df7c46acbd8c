import { fold, foldChars } from './fold';

describe('fold', () => {
  it.each([
    ['Phòng Văn hoá-Xã hội', 'phong van hoa-xa hoi'],
    ['  ĐƠN VỊ   CHỦ TRÌ ', 'don vi chu tri'],
    ['Thời gian\nhoàn thành', 'thoi gian hoan thanh'],
    ['Phòng Văn hóa-xã hội', 'phong van hoa-xa hoi'],
  ])('%j → %j', (input, expected) => {
    expect(fold(input)).toBe(expected);
  });
});

describe('foldChars', () => {
  it('folds letters and leaves spacing alone', () => {
    expect(foldChars(' Đông  Ư ')).toBe(' dong  u ');
  });
});
