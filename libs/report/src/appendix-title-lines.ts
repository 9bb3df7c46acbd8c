import { reportNumberText } from './organization-phrases';
import type { ReportInput } from './report-input';
import { formatDate } from '@kstthc/vn-format';

export interface AppendixTitleLines {
  /** "BẢNG KẾT QUẢ THỰC HIỆN" */
  title: string;
  /** The two lines naming the plan and the commune. */
  subtitle: [string, string];
  /** "(Kèm theo Báo cáo số: 333/BC-UBND ngày 19/06/2026 của UBND xã Hà Đông)", set in italics. */
  attachedTo: string;
}

/** The heading of the appendix "Bảng kết quả thực hiện", worded as in seed 003. */
export function appendixTitleLines(input: ReportInput): AppendixTitleLines {
  const org = input.organization.name.trim();
  return {
    title: 'BẢNG KẾT QUẢ THỰC HIỆN',
    subtitle: [
      'Nội dung nhiệm vụ thực hiện kiểm soát thủ tục hành chính',
      `và thực hiện cơ chế một cửa, một cửa liên thông năm ${input.plan.year} trên địa bàn ${org}`,
    ],
    attachedTo: `(Kèm theo Báo cáo số: ${reportNumberText(input)} ngày ${formatDate(input.report.date)} của UBND ${org})`,
  };
}
