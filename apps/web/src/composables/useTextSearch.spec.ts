import { describe, expect, it } from 'vitest';
import { foldText, matchesWords, queryWords, useTextSearch } from './useTextSearch';

describe('foldText', () => {
  it.each([
    ['Hà Đông', 'ha dong'],
    ['Phòng Văn hoá-Xã hội', 'phong van hoa-xa hoi'],
    ['ĐƯỜNG  DÂY   NÓNG', 'duong day nong'],
    ['Tiếp nhận phản ánh', 'tiep nhan phan anh'],
    ['Hóa / hoá', 'hoa / hoa'],
  ])('%s → %s', (input, folded) => {
    expect(foldText(input)).toBe(folded);
  });

  it('folds decomposed (NFD) input the same as composed input', () => {
    expect(foldText('Hà Đông'.normalize('NFD'))).toBe('ha dong');
  });
});

describe('useTextSearch', () => {
  const { matches } = useTextSearch();

  it('"ha dong" finds "Hà Đông"', () => {
    expect(matches('trên địa bàn xã Hà Đông', 'ha dong')).toBe(true);
  });

  it('needs every word, in any order', () => {
    expect(matches('Tiếp nhận phản ánh kiến nghị', 'phan anh tiep nhan')).toBe(true);
    expect(matches('Tiếp nhận phản ánh kiến nghị', 'tiep nhan thanh toan')).toBe(false);
  });

  it('an empty query matches everything', () => {
    expect(queryWords('   ')).toEqual([]);
    expect(matchesWords('bất kỳ', [])).toBe(true);
  });

  it('a query with diacritics finds text without them', () => {
    expect(matches('cong khai ket qua', 'Công khai')).toBe(true);
  });
});
