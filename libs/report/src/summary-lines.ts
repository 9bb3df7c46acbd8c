import { organizationLevel } from './organization-phrases';
import type { ReportInput } from './report-input';
import { padCount } from '@kstthc/vn-format';

/** The figure lines of the report body; every number is taken from input.counts / input.progress. */
export function summaryLines(input: ReportInput): string[] {
  const { counts, progress, period } = input;
  const level = organizationLevel(input);
  return [
    `- Kế hoạch có ${padCount(counts.sections)} mục, ${padCount(counts.contents)} nội dung với ${padCount(counts.tasks)} nhiệm vụ.`,
    `- Trong ${period.name}, UBND ${level} đã và đang triển khai thực hiện được ${progress.implemented}/${progress.total} nhiệm vụ;`,
    `- Tỷ lệ hoàn thành nhiệm vụ của kế hoạch đạt ${progress.completed}/${progress.total} nhiệm vụ đạt ${progress.rateText}.`,
    `- Trong đó: hoàn thành đúng hạn ${padCount(progress.onTime)} nhiệm vụ; hoàn thành quá hạn ${padCount(progress.late)} nhiệm vụ; quá hạn chưa hoàn thành ${padCount(progress.overdue)} nhiệm vụ.`,
  ];
}
