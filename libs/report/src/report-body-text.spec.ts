import { reportBodyText } from './report-body-text';
import { makeHaDongReportInput } from './testing/report-input.factory';

describe(reportBodyText.name, () => {
  const sut = reportBodyText(makeHaDongReportInput());

  it('builds the administrative header', () => {
    expect(sut.issuerLines).toEqual([
      { text: 'ỦY BAN NHÂN DÂN', bold: true },
      { text: 'XÃ HÀ ĐÔNG', bold: true },
    ]);
    expect(sut.numberLine).toBe('Số: 333/BC-UBND');
    expect(sut.nationalTitle).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(sut.motto).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(sut.placeDateLine).toBe('Hà Đông, ngày 19 tháng 06 năm 2026');
  });

  it('words title, opening and closing as seed 003', () => {
    expect(sut.title).toBe('BÁO CÁO');
    expect(sut.subtitle).toBe(
      'Kết quả thực hiện kế hoạch Kiểm soát thủ tục hành chính, triển khai cơ chế một cửa, một cửa liên thông trên địa bàn xã Hà Đông 6 tháng đầu năm 2026',
    );
    expect(sut.opening).toBe(
      'Thực hiện Quyết định số 444/QĐ-UBND ngày 09/03/2026 của UBND xã về Ban hành Kế hoạch kiểm soát thủ tục hành chính và thực hiện cơ chế một cửa, một cửa liên thông năm 2026 trên địa bàn xã Hà Đông. UBND xã báo cáo kết quả triển khai, thực hiện kế hoạch Kiểm soát thủ tục hành chính (TTHC), triển khai cơ chế một cửa, một cửa liên thông trên địa bàn xã 6 tháng đầu năm 2026 cụ thể như sau:',
    );
    expect(sut.attachmentNote).toBe('(Có bảng thống kê chi tiết kết quả thực hiện nhiệm vụ kèm theo).');
    expect(sut.closing).toBe(
      'Trên đây là báo cáo kết quả thực hiện kế hoạch Kiểm soát TTHC, triển khai cơ chế một cửa, một cửa liên thông trên địa bàn xã Hà Đông 6 tháng đầu năm 2026./.',
    );
  });

  it('lists recipients and the filing line, then the signature block', () => {
    expect(sut.recipients).toEqual([
      '- Văn phòng UBND TP;',
      '- Trung tâm phục vụ HCC TP;',
      '- Thường trực Đảng ủy;',
      '- Thường trực HĐND xã;',
      '- Chủ tịch, các PCT UBND xã;',
      '- Các phòng chuyên môn thuộc UBND xã;',
      '- Lưu: VT; TTPVHCC xã.',
    ]);
    expect(sut.signatureLines).toEqual(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
    expect(sut.signerName).toBe('Lê Văn Đạt');
  });

  it('handles a parent body, no deputy, no office code and recipients typed with their own punctuation', () => {
    const base = makeHaDongReportInput();
    const text = reportBodyText({
      ...base,
      report: { number: null, date: '2026-01-05' },
      organization: {
        ...base.organization,
        parentIssuerName: 'Ủy ban nhân dân thành phố Hà Nội',
        recipients: ['- Sở Nội vụ;', 'UBND thành phố.', ' '],
        officeCode: undefined,
        signer: { authority: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: 'Nguyễn Văn A' },
      },
      plan: { ...base.plan, title: 'kế hoạch số 1 năm 2026.' },
    });
    expect(text.issuerLines[0]).toEqual({ text: 'ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI', bold: false });
    expect(text.numberLine).toBe('Số:       /BC-UBND');
    expect(text.placeDateLine).toBe('Hà Đông, ngày 05 tháng 01 năm 2026');
    expect(text.recipients).toEqual(['- Sở Nội vụ;', '- UBND thành phố;', '- Lưu: VT.']);
    expect(text.signatureLines).toEqual(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH']);
    expect(text.opening).toContain('về Ban hành Kế hoạch số 1 năm 2026. UBND xã');
  });
});
