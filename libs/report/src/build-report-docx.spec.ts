import { buildReportDocx } from './build-report-docx';
import { docxText, docxXml } from './testing/read-docx';
import { makeHaDongReportInput } from './testing/report-input.factory';

describe(buildReportDocx.name, () => {
  const input = makeHaDongReportInput();
  let text: string;
  let xml: string;
  let styles: string;

  beforeAll(async () => {
    const buffer = await buildReportDocx(input);
    text = await docxText(buffer);
    xml = await docxXml(buffer);
    styles = await docxXml(buffer, 'word/styles.xml');
  });

  it('has the administrative header, title and opening', () => {
    for (const line of [
      'ỦY BAN NHÂN DÂN',
      'XÃ HÀ ĐÔNG',
      'Số: 333/BC-UBND',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Hà Đông, ngày 19 tháng 06 năm 2026',
      'BÁO CÁO',
      'Kết quả thực hiện kế hoạch Kiểm soát thủ tục hành chính, triển khai cơ chế một cửa, một cửa liên thông trên địa bàn xã Hà Đông 6 tháng đầu năm 2026',
    ]) {
      expect(text).toContain(line);
    }
    expect(text).toContain(
      'Thực hiện Quyết định số 444/QĐ-UBND ngày 09/03/2026 của UBND xã về Ban hành Kế hoạch',
    );
  });

  it('prints the figures given in counts and progress', () => {
    expect(text).toContain('- Kế hoạch có 05 mục, 22 nội dung với 30 nhiệm vụ.');
    expect(text).toContain('đã và đang triển khai thực hiện được 19/30 nhiệm vụ;');
    expect(text).toContain('- Tỷ lệ hoàn thành nhiệm vụ của kế hoạch đạt 20/30 nhiệm vụ đạt 66,67%.');
    expect(text).toContain(
      'hoàn thành đúng hạn 02 nhiệm vụ; hoàn thành quá hạn 01 nhiệm vụ; quá hạn chưa hoàn thành 01 nhiệm vụ.',
    );
    expect(text).toContain('(Có bảng thống kê chi tiết kết quả thực hiện nhiệm vụ kèm theo).');
  });

  it('ends the body with recipients and the signature block', () => {
    expect(text).toContain('Nơi nhận:');
    expect(text).toContain('- Lưu: VT; TTPVHCC xã.');
    expect(text).toMatch(/TM\. ỦY BAN NHÂN DÂN\s+KT\. CHỦ TỊCH\s+PHÓ CHỦ TỊCH[\s\S]*Lê Văn Đạt/);
    expect(xml).toMatch(/<w:b\/>(?:(?!<\/w:r>).)*<w:i\/>(?:(?!<\/w:r>).)*Nơi nhận:/);
  });

  it('puts the appendix in a landscape section after the portrait body', () => {
    const sections = xml.match(/<w:sectPr[\s\S]*?<\/w:sectPr>/g) ?? [];
    expect(sections).toHaveLength(2);
    expect(sections[0]).not.toContain('landscape');
    expect(sections[0]).toContain('w:w="11906" w:h="16838"');
    expect(sections[1]).toContain('w:orient="landscape"');
    expect(text.indexOf('BẢNG KẾT QUẢ THỰC HIỆN')).toBeGreaterThan(text.indexOf('Lê Văn Đạt'));
    expect(text).toContain(
      'Công khai TTHC tại Trung tâm Phục vụ hành chính công xã; trên Cổng thông tin điện tử xã theo quy định.',
    );
  });

  it('uses Times New Roman 14 pt for the body', () => {
    expect(styles).toMatch(/<w:docDefaults>.*w:ascii="Times New Roman".*<\/w:docDefaults>/s);
    expect(/<w:sz w:val="28"\/>(?:(?!<\/w:r>).)*Thực hiện Quyết định/.test(xml)).toBe(true);
  });
});
