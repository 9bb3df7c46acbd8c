import { organizationLevel, reportNumberText } from './organization-phrases';
import type { ReportInput } from './report-input';
import { summaryLines } from './summary-lines';
import { formatDateLong } from '@kstthc/vn-format';

export interface ReportBodyText {
  /** Issuing body, upper case; `bold` false only for the parent body's line. */
  issuerLines: Array<{ text: string; bold: boolean }>;
  numberLine: string;
  nationalTitle: string;
  motto: string;
  placeDateLine: string;
  title: string;
  subtitle: string;
  opening: string;
  summary: string[];
  attachmentNote: string;
  closing: string;
  recipientsHeading: string;
  recipients: string[];
  signatureLines: string[];
  signerName: string;
}

const ISSUER_PREFIX = 'ỦY BAN NHÂN DÂN';

/** "ỦY BAN NHÂN DÂN XÃ HÀ ĐÔNG" → ["ỦY BAN NHÂN DÂN", "XÃ HÀ ĐÔNG"], as the header sets it on two lines. */
function splitIssuer(name: string): string[] {
  const upper = name.trim().toLocaleUpperCase('vi');
  if (upper.startsWith(`${ISSUER_PREFIX} `)) return [ISSUER_PREFIX, upper.slice(ISSUER_PREFIX.length).trim()];
  return [upper];
}

/** "Kế hoạch …" as cited after "về Ban hành", whatever the stored title's first word looks like. */
function planTitleInSentence(title: string): string {
  const t = title.trim().replace(/[.;]+$/, '');
  if (/^kế hoạch/i.test(t)) return `Kế hoạch${t.slice('kế hoạch'.length)}`;
  return `Kế hoạch ${t.charAt(0).toLocaleLowerCase('vi')}${t.slice(1)}`;
}

function recipientLine(text: string): string {
  return `- ${text
    .trim()
    .replace(/^-\s*/, '')
    .replace(/[;.,]+$/, '')};`;
}

/** The wording of the report body (Nghị định 30/2020/NĐ-CP layout), following seed 003. */
export function reportBodyText(input: ReportInput): ReportBodyText {
  const { organization: org, period, plan } = input;
  const level = organizationLevel(input);
  const orgName = org.name.trim();
  const subject = `kế hoạch Kiểm soát thủ tục hành chính, triển khai cơ chế một cửa, một cửa liên thông trên địa bàn ${orgName} ${period.name}`;
  const office = org.officeCode?.trim();
  const signer = org.signer;
  return {
    issuerLines: [
      ...(org.parentIssuerName?.trim()
        ? [{ text: org.parentIssuerName.trim().toLocaleUpperCase('vi'), bold: false }]
        : []),
      ...splitIssuer(org.issuerName).map((text) => ({ text, bold: true })),
    ],
    numberLine: `Số: ${reportNumberText(input)}`,
    nationalTitle: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    motto: 'Độc lập - Tự do - Hạnh phúc',
    placeDateLine: `${org.place.trim()}, ${formatDateLong(input.report.date)}`,
    title: 'BÁO CÁO',
    subtitle: `Kết quả thực hiện ${subject}`,
    opening:
      `Thực hiện ${plan.decision.trim()} của UBND ${level} về Ban hành ${planTitleInSentence(plan.title)}. ` +
      `UBND ${level} báo cáo kết quả triển khai, thực hiện kế hoạch Kiểm soát thủ tục hành chính (TTHC), ` +
      `triển khai cơ chế một cửa, một cửa liên thông trên địa bàn ${level} ${period.name} cụ thể như sau:`,
    summary: summaryLines(input),
    attachmentNote: '(Có bảng thống kê chi tiết kết quả thực hiện nhiệm vụ kèm theo).',
    closing: `Trên đây là báo cáo kết quả thực hiện kế hoạch Kiểm soát TTHC, triển khai cơ chế một cửa, một cửa liên thông trên địa bàn ${orgName} ${period.name}./.`,
    recipientsHeading: 'Nơi nhận:',
    recipients: [
      ...org.recipients.filter((r) => r.trim()).map(recipientLine),
      office ? `- Lưu: VT; ${office} ${level}.` : '- Lưu: VT.',
    ],
    signatureLines: [signer.authority, signer.deputy, signer.title]
      .filter((l): l is string => !!l && !!l.trim())
      .map((l) => l.trim().toLocaleUpperCase('vi')),
    signerName: signer.name.trim(),
  };
}
