import { DocxNumbering } from './docx-numbering';

const XML = `<w:numbering>
  <w:abstractNum w:abstractNumId="0">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2"/></w:lvl>
    <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2.%3"/></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="1">
    <w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl>
  </w:abstractNum>
  <w:num w:numId="5"><w:abstractNumId w:val="0"/></w:num>
  <w:num w:numId="6"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>`;

describe('DocxNumbering', () => {
  it('counts sections, contents and tasks the way Word shows them', () => {
    const numbering = new DocxNumbering(XML);
    const labels = [0, 1, 1, 2, 2, 0, 1, 2].map((level) => numbering.next('5', level));
    expect(labels).toEqual(['I.', '1', '2', '2.1', '2.2', 'II.', '1', '1.1']);
  });

  it('shows bullets as "-" and unknown lists as bullets', () => {
    const numbering = new DocxNumbering(XML);
    expect(numbering.next('6', 0)).toBe('-');
    expect(numbering.next('99', 0)).toBe('-');
    expect(new DocxNumbering(null).next('1', 0)).toBe('-');
  });
});
