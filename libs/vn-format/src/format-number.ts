/**
 * Vietnamese number format without relying on Intl locale data: dot groups thousands,
 * comma marks decimals (2619 → "2.619", 66.666 with 2 decimals → "66,67"). Rounds half up.
 */
export function formatNumber(n: number, decimals = 0): string {
  if (!Number.isFinite(n)) return String(n);
  const places = Math.max(0, Math.min(20, Math.trunc(decimals)));
  // Rounding through the decimal string avoids binary artefacts such as 1.005 → 1.00.
  const shifted = Math.round(Number(`${Math.abs(n)}e${places}`));
  const rounded = Number.isFinite(shifted) ? Number(`${shifted}e-${places}`) : Math.abs(n);
  const [integerPart, fraction] = rounded.toFixed(places).split('.');
  const grouped = integerPart.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const sign = n < 0 && rounded !== 0 ? '-' : '';
  return fraction ? `${sign}${grouped},${fraction}` : `${sign}${grouped}`;
}
