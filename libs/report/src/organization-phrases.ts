import type { ReportInput } from './report-input';

const LEVELS = ['thị trấn', 'đặc khu', 'phường', 'xã'];

/** The administrative level of the organization: "xã Hà Đông" → "xã", "phường Ba Đình" → "phường". */
export function organizationLevel(input: ReportInput): string {
  const name = input.organization.name.trim();
  const lower = name.toLocaleLowerCase('vi');
  const level = LEVELS.find((l) => lower.startsWith(`${l} `));
  return level ?? lower.split(/\s+/)[0];
}

/** "Số: 333/BC-UBND", or blanks left to be filled in by hand when the number is not known yet. */
export function reportNumberText(input: ReportInput): string {
  const number = input.report.number?.trim();
  return `${number ? number : '      '}/BC-UBND`;
}
