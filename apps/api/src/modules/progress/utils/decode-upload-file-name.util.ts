/**
 * Multipart parsing hands file names over as Latin-1; browsers send UTF-8, so "Kế hoạch.pdf" arrives as
 * "Káº¿ hoáº¡ch.pdf". Re-decode when the bytes form valid UTF-8, otherwise keep the name as it came.
 */
export function decodeUploadFileName(name: string): string {
  if (!/[\u0080-\u00ff]/.test(name) || [...name].some((c) => c.charCodeAt(0) > 0xff)) return name;
  const decoded = Buffer.from(name, 'latin1').toString('utf8');
  return decoded.includes('\ufffd') ? name : decoded;
}
