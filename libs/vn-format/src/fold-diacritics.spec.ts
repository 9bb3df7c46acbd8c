import { foldDiacritics } from './fold-diacritics';

describe(foldDiacritics.name, () => {
  it.each([
    ['Hà Đông', 'ha dong'],
    ['Phòng Văn hoá-Xã hội', 'phong van hoa-xa hoi'],
    ['phong van hóa-xa hoi', 'phong van hoa-xa hoi'],
    ['ĐÃ HOÀN THÀNH', 'da hoan thanh'],
    ['Thường xuyên', 'thuong xuyen'],
    ['  Quý   II\tnăm\n2026 ', 'quy ii nam 2026'],
    ['Ủy ban nhân dân', 'uy ban nhan dan'],
    ['ỦY BAN NHÂN DÂN', 'uy ban nhan dan'],
    ['Nghị quyết số 66.7/2025/NQ-CP', 'nghi quyet so 66.7/2025/nq-cp'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(foldDiacritics(input)).toBe(expected);
  });

  it('folds precomposed and decomposed forms alike', () => {
    const composed = 'Hoá'.normalize('NFC');
    const decomposed = 'Hoá'.normalize('NFD');
    expect(foldDiacritics(composed)).toBe(foldDiacritics(decomposed));
  });

  it('folds both spellings of the same unit to one string', () => {
    expect(foldDiacritics('Phòng Văn hoá-Xã hội')).toBe(foldDiacritics('phong van hóa-xa hoi'));
  });
});
