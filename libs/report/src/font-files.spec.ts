import { existsSync } from 'fs';
import { join, resolve } from 'path';
import { fontDirectory, fontFile } from './font-files';

describe(fontDirectory.name, () => {
  it('finds the shipped fonts and their licence in libs/report/assets/fonts', () => {
    const dir = resolve(__dirname, '..', 'assets', 'fonts');
    expect(fontDirectory()).toBe(dir);
    expect(existsSync(join(dir, 'LICENSE'))).toBe(true);
    for (const style of ['regular', 'bold', 'italic', 'boldItalic'] as const)
      expect(existsSync(fontFile(style))).toBe(true);
  });

  it('prefers KSTTHC_REPORT_FONT_DIR when it holds the fonts, and says where it looked when nothing does', () => {
    const shipped = fontDirectory();
    const saved = process.env['KSTTHC_REPORT_FONT_DIR'];
    try {
      process.env['KSTTHC_REPORT_FONT_DIR'] = shipped;
      expect(fontDirectory()).toBe(shipped);
      process.env['KSTTHC_REPORT_FONT_DIR'] = '/nonexistent';
      expect(fontDirectory()).toBe(shipped);
    } finally {
      if (saved === undefined) delete process.env['KSTTHC_REPORT_FONT_DIR'];
      else process.env['KSTTHC_REPORT_FONT_DIR'] = saved;
    }
  });
});
