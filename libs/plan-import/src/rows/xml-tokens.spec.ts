import { xmlAttr, xmlTokens } from './xml-tokens';

describe('xmlTokens', () => {
  it('reads elements, attributes and decoded text', () => {
    const tokens = [
      ...xmlTokens('<?xml version="1.0"?><w:p a="1"><w:t xml:space="preserve">a &amp; b</w:t><w:br/></w:p>'),
    ];
    expect(tokens).toEqual([
      { type: 'open', name: 'w:p', attrs: ' a="1"', selfClosing: false },
      { type: 'open', name: 'w:t', attrs: ' xml:space="preserve"', selfClosing: false },
      { type: 'text', text: 'a & b' },
      { type: 'close', name: 'w:t' },
      { type: 'open', name: 'w:br', attrs: '', selfClosing: true },
      { type: 'close', name: 'w:p' },
    ]);
  });

  it('reads attribute values', () => {
    expect(xmlAttr(' w:val="restart" w:other="x"', 'w:val')).toBe('restart');
    expect(xmlAttr(' w:valx="1"', 'w:val')).toBeUndefined();
  });
});
