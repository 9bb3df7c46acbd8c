import { existsSync } from 'fs';
import { join, resolve } from 'path';

export type FontStyle = 'regular' | 'bold' | 'italic' | 'boldItalic';

const FILES: Record<FontStyle, string> = {
  regular: 'LiberationSerif-Regular.ttf',
  bold: 'LiberationSerif-Bold.ttf',
  italic: 'LiberationSerif-Italic.ttf',
  boldItalic: 'LiberationSerif-BoldItalic.ttf',
};

/**
 * Liberation Serif (metric-compatible with Times New Roman, full Vietnamese) shipped in libs/report/assets/fonts.
 * This file sits directly in src/ and compiles directly into dist/, so "../assets" works from both;
 * KSTTHC_REPORT_FONT_DIR overrides it for bundled deployments.
 */
export function fontDirectory(): string {
  const candidates = [process.env['KSTTHC_REPORT_FONT_DIR'], resolve(__dirname, '..', 'assets', 'fonts')];
  const found = candidates.find((dir): dir is string => !!dir && existsSync(join(dir, FILES.regular)));
  if (!found) throw new Error(`Report fonts not found (looked in: ${candidates.filter(Boolean).join(', ')})`);
  return found;
}

export function fontFile(style: FontStyle): string {
  return join(fontDirectory(), FILES[style]);
}
