import ExcelJS from 'exceljs';
import { PLAN_HEADER } from '../testing/generate-plan-rows';
import { readXlsxRows } from './read-xlsx-rows';

async function workbook(build: (book: ExcelJS.Workbook) => void): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  build(book);
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('readXlsxRows', () => {
  it('reads merged, multi-line, rich-text, numeric and date cells', async () => {
    const buffer = await workbook((book) => {
      const sheet = book.addWorksheet('KH');
      sheet.addRow(['BẢNG KẾ HOẠCH']);
      sheet.addRow([...PLAN_HEADER]);
      sheet.addRow(['I', 'Mục một']);
      sheet.mergeCells('B3:F3');
      sheet.addRow([
        1,
        'Theo dõi về:\r\n- Một.\n- Hai.',
        'Phòng Kinh tế',
        '',
        new Date(Date.UTC(2026, 8, 15)),
        '',
      ]);
      sheet.addRow([
        2.1,
        { richText: [{ text: 'Việc ' }, { text: 'đậm', font: { bold: true } }] },
        '',
        'x',
        'Thường xuyên',
      ]);
      sheet.mergeCells('C4:C5');
      sheet.getCell('A6').value = 2.1;
      sheet.getCell('A6').numFmt = '0.00';
    });
    const rows = await readXlsxRows(buffer);
    expect(rows).toEqual([
      { cells: ['BẢNG KẾ HOẠCH', '', '', '', '', ''], row: 1 },
      { cells: [...PLAN_HEADER], row: 2 },
      { cells: ['I', 'Mục một', '', '', '', ''], row: 3 },
      { cells: ['1', 'Theo dõi về:\n- Một.\n- Hai.', 'Phòng Kinh tế', '', '15/09/2026', ''], row: 4 },
      { cells: ['2.1', 'Việc đậm', 'Phòng Kinh tế', 'x', 'Thường xuyên', ''], row: 5 },
      { cells: ['2.10', '', '', '', '', ''], row: 6 },
    ]);
  });

  it('uses the sheet holding the plan header', async () => {
    const buffer = await workbook((book) => {
      book.addWorksheet('Ghi chú').addRow(['Chỉ là ghi chú', 'x']);
      const sheet = book.addWorksheet('Kế hoạch');
      sheet.addRow([...PLAN_HEADER]);
      sheet.addRow(['I', 'Mục']);
    });
    expect((await readXlsxRows(buffer)).map((r) => r.cells[0])).toEqual(['TT', 'I']);
  });

  it('refuses a workbook without data', async () => {
    const buffer = await workbook((book) => book.addWorksheet('Trống'));
    await expect(readXlsxRows(buffer)).rejects.toMatchObject({
      code: 'NO_TABLE',
      message: 'Tệp Excel không có dữ liệu nào.',
    });
  });

  it('refuses a package that is not a workbook', async () => {
    await expect(readXlsxRows(Buffer.from('PK\u0003\u0004 broken'))).rejects.toMatchObject({
      code: 'CORRUPT_FILE',
    });
  });
});
