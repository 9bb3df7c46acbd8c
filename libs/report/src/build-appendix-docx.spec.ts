import { appendixRows } from './appendix-table';
import { buildAppendixDocx } from './build-appendix-docx';
import { docxText, docxXml } from './testing/read-docx';
import { makeHaDongReportInput } from './testing/report-input.factory';

describe(buildAppendixDocx.name, () => {
  const input = makeHaDongReportInput();
  let text: string;
  let xml: string;

  beforeAll(async () => {
    const buffer = await buildAppendixDocx(input);
    text = await docxText(buffer);
    xml = await docxXml(buffer);
  });

  it('starts with the title lines of seed 003', () => {
    const lines = text.split('\n').filter(Boolean);
    expect(lines.slice(0, 4)).toEqual([
      'BẢNG KẾT QUẢ THỰC HIỆN',
      'Nội dung nhiệm vụ thực hiện kiểm soát thủ tục hành chính',
      'và thực hiện cơ chế một cửa, một cửa liên thông năm 2026 trên địa bàn xã Hà Đông',
      '(Kèm theo Báo cáo số: 333/BC-UBND ngày 19/06/2026 của UBND xã Hà Đông)',
    ]);
    expect(xml).toMatch(/<w:i\/>.*?\(Kèm theo Báo cáo số/);
  });

  it('has every row code and every result, with diacritics intact', () => {
    for (const row of appendixRows(input)) {
      expect(text).toContain(row.code);
      for (const cell of row.cells) for (const line of cell) expect(text).toContain(line);
    }
    expect(text).toContain('Trung tâm Phục vụ hành chính công');
    expect(text).toContain(
      'Nhiệm vụ về ứng dụng công nghệ thông tin và giải quyết TTHC trên môi trường điện tử',
    );
  });

  it('is a landscape A4 page with Nghị định 30 margins, Times New Roman and a repeated header row', () => {
    expect(xml).toContain('w:orient="landscape"');
    expect(xml).toMatch(/<w:pgSz w:w="16838" w:h="11906"/);
    expect(xml).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
    expect(xml).toContain('<w:tblHeader/>');
    expect(xml.match(/<w:gridCol /g)).toHaveLength(6);
    expect(xml).toContain('w:gridSpan w:val="5"');
  });

  it('adds the optional columns', async () => {
    const buffer = await buildAppendixDocx(
      makeHaDongReportInput({ options: { showStatus: true, showMeasuredValue: true } }),
    );
    const [t, x] = await Promise.all([docxText(buffer), docxXml(buffer)]);
    expect(t).toContain('Trạng thái');
    expect(t).toContain('Giá trị đạt được');
    expect(t).toContain('(Đạt)');
    expect(x.match(/<w:gridCol /g)).toHaveLength(8);
  });
});
