import { normalizeCellText } from './normalize-cell';

describe('normalizeCellText', () => {
  it('splits a pasted bullet run into lines', () => {
    expect(normalizeCellText('Về: - Một việc. - Hai việc.')).toBe('Về:\n- Một việc.\n- Hai việc.');
  });

  it('keeps a dash glued to its text and a range between numbers', () => {
    expect(normalizeCellText('-100% TTHC giai đoạn 2021 - 2025')).toBe('-100% TTHC giai đoạn 2021 - 2025');
    expect(normalizeCellText('Phòng Văn hoá-xã hội')).toBe('Phòng Văn hoá-xã hội');
  });

  it('splits when a bullet starts with a number after text', () => {
    expect(normalizeCellText('xã Hà Đông - 100% hồ sơ')).toBe('xã Hà Đông\n- 100% hồ sơ');
  });

  it('collapses spaces, drops blank lines and invisible characters', () => {
    expect(normalizeCellText('  a\u00a0\u00a0b \r\n\r\n\u200bc  ')).toBe('a b\nc');
  });

  it('returns an empty string for blank cells', () => {
    expect(normalizeCellText(' \n \t ')).toBe('');
  });
});
