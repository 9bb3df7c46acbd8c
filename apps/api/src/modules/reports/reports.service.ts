import { Injectable } from '@nestjs/common';
import { parsePeriodParam, statusLabel } from '@kstthc/domain';
import {
  buildAppendixDocx,
  buildAppendixPdf,
  buildAppendixXlsx,
  buildReportDocx,
  ReportInput,
} from '@kstthc/report';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppException } from '../../common/errors/app-exception';
import { Permission } from '../access/permission';
import { OrganizationEntity } from '../organizations/entities/organization.entity';
import { PlansRepository } from '../plans/plans.repository';
import { ProgressService } from '../progress/progress.service';

export type ReportFormat = 'appendix.docx' | 'appendix.xlsx' | 'appendix.pdf' | 'report.docx';

export const CONTENT_TYPES: Record<ReportFormat, string> = {
  'appendix.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'report.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'appendix.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'appendix.pdf': 'application/pdf',
};

export interface ReportRequest {
  period?: string;
  number?: string;
  date?: string;
  showStatus?: boolean;
  showMeasuredValue?: boolean;
}

const BUILDERS: Record<ReportFormat, (input: ReportInput) => Promise<Buffer>> = {
  'appendix.docx': buildAppendixDocx,
  'appendix.xlsx': buildAppendixXlsx,
  'appendix.pdf': buildAppendixPdf,
  'report.docx': buildReportDocx,
};

/** The documents of a period: the same counting as the `progress` query, laid out by libs/report. */
@Injectable()
export class ReportsService {
  constructor(
    private readonly progress: ProgressService,
    private readonly plans: PlansRepository,
  ) {}

  async build(auth: AuthUser, planId: string, format: ReportFormat, request: ReportRequest): Promise<Buffer> {
    const input = await this.reportInput(auth, planId, request);
    return BUILDERS[format](input);
  }

  async reportInput(auth: AuthUser, planId: string, request: ReportRequest): Promise<ReportInput> {
    const ref = parsePeriodParam(request.period ?? '');
    if (!ref) {
      throw AppException.badInput(
        'Dữ liệu không hợp lệ — period: cần kỳ báo cáo dạng HALF_YEAR-2026-1, QUARTER-2026-2, MONTH-2026-3, NINE_MONTHS-2026 hoặc YEAR-2026',
      );
    }
    if (request.date && !/^\d{4}-\d{2}-\d{2}$/.test(request.date)) {
      throw AppException.badInput('Dữ liệu không hợp lệ — date: ngày báo cáo phải có dạng yyyy-mm-dd');
    }
    if (request.number && !/^[\p{L}\d.\-/ ]{1,30}$/u.test(request.number)) {
      throw AppException.badInput(
        'Dữ liệu không hợp lệ — number: số báo cáo chỉ gồm chữ, số và . - / (tối đa 30 ký tự)',
      );
    }
    const { period, summary, snapshot } = await this.progress.periodProgress(
      auth,
      planId,
      ref,
      Permission.REPORT_DOWNLOAD,
    );
    const org = await this.plans.manager.findOneByOrFail(OrganizationEntity, {
      id: snapshot.plan.organizationId,
    });
    const settings = org.settings ?? {};
    const byTask = new Map(summary.tasks.map((t) => [t.id, t]));
    const counts = {
      sections: snapshot.sections.length,
      contents: snapshot.sections.reduce((n, s) => n + s.contents.length, 0),
      tasks: summary.total,
    };
    return {
      organization: {
        name: org.name,
        issuerName: settings.issuerName ?? `ỦY BAN NHÂN DÂN ${org.name.toUpperCase()}`,
        parentIssuerName: settings.parentIssuerName,
        place: settings.place ?? org.name.replace(/^(xã|phường|thị trấn)\s+/i, ''),
        recipients: settings.recipients ?? [],
        signer: settings.signer ?? { authority: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: '' },
        officeCode: settings.officeCode,
      },
      plan: { title: snapshot.plan.title, decision: snapshot.plan.decision, year: snapshot.plan.year },
      period: { name: period.name, start: period.start, end: period.end },
      report: { number: request.number ?? null, date: request.date ?? new Date().toISOString().slice(0, 10) },
      counts,
      progress: summary,
      sections: snapshot.sections.map((s) => ({
        code: s.code,
        title: s.title,
        contents: s.contents.map((c) => ({
          code: c.code,
          title: c.title,
          isTask: c.tasks.length === 1 && c.tasks[0].entity.code === c.code,
          tasks: c.tasks.map((t) => {
            const progress = byTask.get(t.entity.id)!;
            return {
              code: t.entity.code,
              description: t.entity.description,
              leadUnits: t.leadUnits,
              coordinatingUnits: t.coordinatingUnits,
              deadlineText: t.entity.deadlineText,
              result: progress.result,
              statusLabel: statusLabel(progress.status),
              measuredValue: progress.measuredValue,
              targetMet: progress.targetMet,
            };
          }),
        })),
      })),
      options: { showStatus: request.showStatus, showMeasuredValue: request.showMeasuredValue },
    };
  }
}
