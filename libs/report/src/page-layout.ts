// A4 and the margins of Nghị định 30/2020/NĐ-CP (Phụ lục I): top/bottom 20 mm, left 30 mm, right 15 mm.
export const A4_MM = { width: 210, height: 297 } as const;
export const MARGINS_MM = { top: 20, bottom: 20, left: 30, right: 15 } as const;
export const FONT_FAMILY = 'Times New Roman';

export type Orientation = 'portrait' | 'landscape';

/** Width between the side margins, in millimetres. */
export function usableWidthMm(orientation: Orientation): number {
  const pageWidth = orientation === 'portrait' ? A4_MM.width : A4_MM.height;
  return pageWidth - MARGINS_MM.left - MARGINS_MM.right;
}

/** Splits `total` into integer parts proportional to `weights` that add up exactly to `total`. */
export function scaleWidths(weights: number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((w / sum) * total));
  widths[1] += total - widths.reduce((a, b) => a + b, 0);
  return widths;
}
