import { Body, Controller, HttpCode, Post, Query, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { AppException } from '../../common/errors/app-exception';
import { IMPORT_MAX_BYTES, ImportSource, ImportsService } from './imports.service';

interface ImportBody {
  text?: string;
  title?: string;
  decision?: string;
  year?: string;
  withResults?: string;
}

function sourceOf(file: Express.Multer.File | undefined, text: string | undefined): ImportSource {
  if (file) {
    const name = file.originalname.toLowerCase();
    return {
      kind: name.endsWith('.xlsx') ? 'xlsx' : name.endsWith('.docx') ? 'docx' : 'text',
      data: file.buffer,
    };
  }
  if (text !== undefined) return { kind: 'text', data: text };
  throw AppException.badInput(
    'Hãy chọn tệp Word (.docx) hoặc Excel (.xlsx), hoặc dán bảng kế hoạch vào ô văn bản.',
  );
}

function yearOf(value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  const year = Number(value);
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    throw AppException.badInput('Dữ liệu không hợp lệ — year: phải là năm từ 2000 đến 2100');
  }
  return year;
}

/** POST /api/plans/import?dryRun=true → `{ counts, sections, warnings }`; without dryRun → `{ planId }`. */
@Controller('api/plans')
export class ImportsController {
  constructor(private readonly imports: ImportsService) {}

  @Post('import')
  @HttpCode(200)
  @UseInterceptors(
    FileInterceptor('file', {
      limits: { fileSize: IMPORT_MAX_BYTES, fieldSize: IMPORT_MAX_BYTES, files: 1 },
    }),
  )
  async import(
    @CurrentUser() auth: AuthUser,
    @UploadedFile() file: Express.Multer.File | undefined,
    @Body() body: ImportBody,
    @Query('dryRun') dryRun?: string,
  ) {
    const source = sourceOf(file, body?.text);
    const options = {
      title: body?.title,
      decision: body?.decision,
      year: yearOf(body?.year),
      withResults: body?.withResults === 'true' || body?.withResults === '1',
    };
    if (dryRun === 'true' || dryRun === '1') {
      const parsed = await this.imports.preview(auth, source, options);
      return {
        counts: parsed.counts,
        title: parsed.title ?? null,
        planYear: parsed.planYear,
        sections: parsed.sections,
        warnings: parsed.warnings,
        newUnits: parsed.newUnits,
      };
    }
    return this.imports.commit(auth, source, options);
  }
}
