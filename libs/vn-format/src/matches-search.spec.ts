import { matchesSearch } from './matches-search';

describe(matchesSearch.name, () => {
  it.each([
    ['Phòng Văn hoá-Xã hội', 'van hoa', true],
    ['Phòng Văn hoá-Xã hội', 'VĂN HÓA', true],
    ['Phòng Văn hoá-Xã hội', 'xa hoi phong', true],
    ['Trung tâm Phục vụ hành chính công', 'trung tam hcc', false],
    ['Trung tâm Phục vụ hành chính công', 'phuc vu', true],
    ['Hà Đông', 'dong', true],
    ['Hà Đông', 'ha  đông', true],
    ['Hà Đông', 'hanoi', false],
    ['anything', '', true],
    ['anything', '   ', true],
    ['', 'x', false],
  ])('%j contains %j → %s', (haystack, query, expected) => {
    expect(matchesSearch(haystack, query)).toBe(expected);
  });
});
