import { readTextRows } from './read-text-rows';

describe('readTextRows', () => {
  it('splits tab-separated lines and keeps empty cells', () => {
    expect(readTextRows('TT\tNội dung\tGhi chú\nI\tMục một\t\n')).toEqual([
      { cells: ['TT', 'Nội dung', 'Ghi chú'], row: 1 },
      { cells: ['I', 'Mục một', ''], row: 2 },
    ]);
  });

  it('drops blank lines and separator lines of dashes, keeping source line numbers', () => {
    const rows = readTextRows('a\tb\n\n-----\t---\t--\n--\t--\nc\td\r\n');
    expect(rows).toEqual([
      { cells: ['a', 'b'], row: 1 },
      { cells: ['c', 'd'], row: 5 },
    ]);
  });

  it('turns HTML fragments and bullet runs inside a cell into lines', () => {
    const [row] = readTextRows('1\t<p>Về:</p> <ul style="list-style-type: none"> - Một. - Hai. </ul>\tx');
    expect(row.cells[1]).toBe('Về:\n- Một.\n- Hai.');
  });

  it('reads quoted multi-line cells as spreadsheets copy them', () => {
    const rows = readTextRows('1\t"dòng một\ndòng ""hai"""\tx\n2\ty\tz');
    expect(rows).toEqual([
      { cells: ['1', 'dòng một\ndòng "hai"', 'x'], row: 1 },
      { cells: ['2', 'y', 'z'], row: 3 },
    ]);
  });

  it('reads a cell that merely starts with a quote as plain text', () => {
    expect(readTextRows('"abc\tdef')[0].cells).toEqual(['"abc', 'def']);
  });

  it('keeps prose lines as one-cell rows', () => {
    expect(readTextRows('\ufeffBẢNG KẾT QUẢ\n')).toEqual([{ cells: ['BẢNG KẾT QUẢ'], row: 1 }]);
  });
});
