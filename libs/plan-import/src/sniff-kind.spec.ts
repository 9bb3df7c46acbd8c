import { decodeText, sniffKind } from './sniff-kind';

describe('sniffKind', () => {
  it.each([
    ['empty', Buffer.alloc(0)],
    ['docx', Buffer.from('PK\u0003\u0004....word/document.xml....')],
    ['xlsx', Buffer.from('PK\u0003\u0004....xl/workbook.xml....')],
    ['zip', Buffer.from('PK\u0003\u0004....readme.txt....')],
    ['pdf', Buffer.from('%PDF-1.7\n...')],
    ['legacy-office', Buffer.from('d0cf11e0a1b11ae10000', 'hex')],
    ['text', Buffer.from('TT\tNội dung công việc\n', 'utf8')],
    ['text', Buffer.from('\ufeffTT\tNội dung', 'utf8')],
    ['text', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('TT\tNội dung', 'utf16le')])],
    ['binary', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00])],
    ['binary', Buffer.from([0xc3, 0x28, 0x41])],
  ])('%s', (kind, buffer) => {
    expect(sniffKind(buffer)).toBe(kind);
  });
});

describe('decodeText', () => {
  it('reads UTF-8 with or without BOM and UTF-16 with BOM', () => {
    expect(decodeText(Buffer.from('\ufeffHà Đông', 'utf8'))).toBe('Hà Đông');
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Hà Đông', 'utf16le')]))).toBe(
      'Hà Đông',
    );
    const bigEndian = Buffer.from('Hà Đông', 'utf16le').swap16();
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), bigEndian]))).toBe('Hà Đông');
  });
});
