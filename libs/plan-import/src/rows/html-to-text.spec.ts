import { decodeEntities, htmlToText } from './html-to-text';
import { normalizeCellText } from './normalize-cell';

describe('htmlToText', () => {
  it('turns paragraphs and list items into lines', () => {
    const html = '<p>Về:</p> <ul style="list-style-type: none"><li>Một</li><li>- Hai</li></ul>';
    expect(normalizeCellText(htmlToText(html))).toBe('Về:\n- Một\n- Hai');
  });

  it('breaks lines at <br> and drops inline tags', () => {
    expect(htmlToText('a<br/>b <b>c</b> <span class="x">d</span>')).toBe('a\nb c d');
  });

  it('leaves text that only looks like a comparison alone', () => {
    expect(htmlToText('tỷ lệ <80% và > 50%')).toBe('tỷ lệ <80% và > 50%');
  });
});

describe('decodeEntities', () => {
  it.each([
    ['a &amp; b', 'a & b'],
    ['&#7889;', 'ố'],
    ['&#x110;', 'Đ'],
    ['&nbsp;x', ' x'],
    ['&unknown; &#xD800;', '&unknown; &#xD800;'],
  ])('%j → %j', (input, expected) => {
    expect(decodeEntities(input)).toBe(expected);
  });
});
