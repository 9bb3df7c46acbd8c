import { AlignmentType, Document, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { PlanImportError } from '../plan-import.error';
import { PLAN_HEADER } from '../testing/generate-plan-rows';
import { readDocxRows } from './read-docx-rows';

const cell = (...lines: Array<string | Paragraph>) =>
  new TableCell({ children: lines.map((line) => (typeof line === 'string' ? new Paragraph(line) : line)) });
const row = (...cells: TableCell[]) => new TableRow({ children: cells });
const headerRow = () => row(...PLAN_HEADER.map((label) => cell(label)));
const docx = (
  children: Array<Paragraph | Table>,
  numbering?: ConstructorParameters<typeof Document>[0]['numbering'],
) => Packer.toBuffer(new Document({ numbering, sections: [{ children }] }));

describe('readDocxRows', () => {
  it('reads the plan table with merged cells, paragraphs and bullets, after the title paragraphs', async () => {
    const buffer = await docx([
      new Paragraph('BẢNG KẾT QUẢ THỰC HIỆN'),
      new Table({
        rows: [
          headerRow(),
          row(cell('I'), new TableCell({ columnSpan: 5, children: [new Paragraph('Mục một')] })),
          row(
            cell('1'),
            cell(
              'Theo dõi về:',
              new Paragraph({ text: 'Công tác một.', bullet: { level: 0 } }),
              '- Công tác hai.',
            ),
            new TableCell({ rowSpan: 2, children: [new Paragraph('Trung tâm Phục vụ hành chính công')] }),
            cell('Các phòng chuyên môn'),
            cell('Thường xuyên', 'Chậm nhất ngày 15/9/2026'),
            cell('Đã thực hiện'),
          ),
          row(cell('2'), cell('Việc hai'), cell(''), cell('Quý II năm 2026'), cell('')),
        ],
      }),
    ]);
    const rows = await readDocxRows(buffer);
    expect(rows).toEqual([
      { cells: ['BẢNG KẾT QUẢ THỰC HIỆN'], row: 0 },
      { cells: [...PLAN_HEADER], row: 1 },
      { cells: ['I', 'Mục một', '', '', '', ''], row: 2 },
      {
        cells: [
          '1',
          'Theo dõi về:\n- Công tác một.\n- Công tác hai.',
          'Trung tâm Phục vụ hành chính công',
          'Các phòng chuyên môn',
          'Thường xuyên\nChậm nhất ngày 15/9/2026',
          'Đã thực hiện',
        ],
        row: 3,
      },
      { cells: ['2', 'Việc hai', 'Trung tâm Phục vụ hành chính công', '', 'Quý II năm 2026', ''], row: 4 },
    ]);
  });

  it('uses the table holding the header when the document has several, and appends its continuation', async () => {
    const buffer = await docx([
      new Table({ rows: [row(cell('Nơi nhận'), cell('Ký tên'))] }),
      new Paragraph('Kế hoạch năm 2026'),
      new Table({ rows: [headerRow(), row(cell('I'), cell('Mục'), cell(''), cell(''), cell(''), cell(''))] }),
      new Paragraph(''),
      new Table({
        rows: [row(cell('1'), cell('Việc'), cell('Phòng Kinh tế'), cell(''), cell('Thường xuyên'), cell(''))],
      }),
    ]);
    const rows = await readDocxRows(buffer);
    expect(rows.map((r) => [r.row, r.cells[0]])).toEqual([
      [0, 'Kế hoạch năm 2026'],
      [1, 'TT'],
      [2, 'I'],
      [3, '1'],
    ]);
  });

  it('shows Word automatic numbering in the TT column', async () => {
    const numbering = {
      config: [
        {
          reference: 'tt',
          levels: [
            { level: 0, format: LevelFormat.UPPER_ROMAN, text: '%1', alignment: AlignmentType.LEFT },
            { level: 1, format: LevelFormat.DECIMAL, text: '%2.', alignment: AlignmentType.LEFT },
          ],
        },
      ],
    };
    const numbered = (level: number) => new Paragraph({ text: '', numbering: { reference: 'tt', level } });
    const buffer = await docx(
      [
        new Table({
          rows: [
            headerRow(),
            row(cell(numbered(0)), cell('Mục'), cell(''), cell(''), cell(''), cell('')),
            row(
              cell(numbered(1)),
              cell('Việc một'),
              cell('Phòng Kinh tế'),
              cell(''),
              cell('Thường xuyên'),
              cell(''),
            ),
            row(
              cell(numbered(1)),
              cell('Việc hai'),
              cell('Phòng Kinh tế'),
              cell(''),
              cell('Thường xuyên'),
              cell(''),
            ),
            row(cell(numbered(0)), cell('Mục hai'), cell(''), cell(''), cell(''), cell('')),
          ],
        }),
      ],
      numbering,
    );
    expect((await readDocxRows(buffer)).map((r) => r.cells[0])).toEqual(['TT', 'I', '1.', '2.', 'II']);
  });

  it('refuses a document without tables', async () => {
    const buffer = await docx([new Paragraph('Chỉ có chữ')]);
    await expect(readDocxRows(buffer)).rejects.toMatchObject({
      code: 'NO_TABLE',
      message: 'Tệp Word không có bảng kế hoạch nào.',
    });
  });

  it('refuses a broken package', async () => {
    const buffer = await docx([new Paragraph('x')]);
    await expect(readDocxRows(buffer.subarray(0, buffer.length / 2))).rejects.toBeInstanceOf(PlanImportError);
  });
});
