import { Controller, Get, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { AppException } from '../../common/errors/app-exception';
import { CONTENT_TYPES, ReportFormat, ReportsService } from './reports.service';

const FORMATS = Object.keys(CONTENT_TYPES) as ReportFormat[];

/** Binary downloads beside GraphQL: GET /api/plans/:id/appendix.docx|.xlsx|.pdf and /report.docx. */
@Controller('api/plans')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get(':id/:file')
  async download(
    @CurrentUser() auth: AuthUser,
    @Param(
      'id',
      new ParseUUIDPipe({ exceptionFactory: () => AppException.notFound('kế hoạch', 'không hợp lệ') }),
    )
    id: string,
    @Param('file') file: string,
    @Query() query: Record<string, string | undefined>,
    @Res() res: Response,
  ): Promise<void> {
    if (!FORMATS.includes(file as ReportFormat)) {
      throw AppException.notFound('tài liệu', file);
    }
    const format = file as ReportFormat;
    const flag = (v: string | undefined) => v === '1' || v === 'true';
    const buffer = await this.reports.build(auth, id, format, {
      period: query.period,
      number: query.number,
      date: query.date,
      showStatus: flag(query.showStatus),
      showMeasuredValue: flag(query.showMeasuredValue),
    });
    const name = `${format.startsWith('report') ? 'bao-cao' : 'bang-ket-qua'}-${query.period}.${format.split('.')[1]}`;
    res
      .status(200)
      .set({
        'Content-Type': CONTENT_TYPES[format],
        'Content-Disposition': `attachment; filename="${name}"`,
        'Content-Length': String(buffer.length),
        'Cache-Control': 'no-store',
      })
      .end(buffer);
  }
}
