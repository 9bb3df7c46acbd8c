// A bullet run pasted into one line: "… hành chính. - Số hoá …" → two lines. A dash between two
// numbers ("2021 - 2025") is a range, not a bullet.
const BULLET_RUN = /(\S)[ \u00a0]+([-•])[ \u00a0]+(?=\S)/g;

function splitBulletRuns(line: string): string[] {
  const text = line.replace(
    BULLET_RUN,
    (match: string, before: string, dash: string, offset: number, all: string) => {
      const after = all[offset + match.length];
      if (/\d/.test(before) && /\d/.test(after)) return match;
      return `${before}\n${dash} `;
    },
  );
  return text.split('\n');
}

// Most cells are one clean line; they skip the line-by-line work.
const NEEDS_WORK = /[\r\n\t\u00a0]|\u200b|\u200c|\u200d|\ufeff|\s\s|^\s|\s$|\s[-•]\s/;
const NOT_PLAIN_ASCII = /[^\t\n\r\x20-\x7e]/;

/**
 * The text of one cell as lines: one line per paragraph or bullet, spaces collapsed, blank lines dropped.
 */
export function normalizeCellText(text: string): string {
  if (!NEEDS_WORK.test(text)) return NOT_PLAIN_ASCII.test(text) ? text.normalize('NFC') : text;
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\u200b|\u200c|\u200d|\ufeff/g, '')
    .split('\n')
    .flatMap(splitBulletRuns)
    .map((line) => line.replace(/[\s\u00a0]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n')
    .normalize('NFC');
}
