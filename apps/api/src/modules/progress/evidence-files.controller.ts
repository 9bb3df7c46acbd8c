import {
  Controller,
  Get,
  Param,
  ParseUUIDPipe,
  Post,
  Res,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Response } from 'express';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { AppException } from '../../common/errors/app-exception';
import { EVIDENCE_MAX_BYTES, EvidenceFilesService } from './evidence-files.service';

const uuid = (what: string) =>
  new ParseUUIDPipe({ exceptionFactory: () => AppException.notFound(what, 'không hợp lệ') });

/** Evidence documents: upload for a task (then cite the returned id in a report), download by id. */
@Controller('api')
export class EvidenceFilesController {
  constructor(private readonly files: EvidenceFilesService) {}

  @Post('tasks/:taskId/evidence-files')
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: EVIDENCE_MAX_BYTES, files: 1 } }))
  async upload(
    @CurrentUser() auth: AuthUser,
    @Param('taskId', uuid('nhiệm vụ')) taskId: string,
    @UploadedFile() file: Express.Multer.File | undefined,
  ) {
    if (!file) throw AppException.badInput('Hãy chọn tệp minh chứng (trường "file").');
    const saved = await this.files.upload(auth, taskId, file);
    return { id: saved.id, fileName: saved.fileName, size: saved.size, contentType: saved.contentType };
  }

  @Get('evidence-files/:id')
  async download(
    @CurrentUser() auth: AuthUser,
    @Param('id', uuid('tệp minh chứng')) id: string,
    @Res() res: Response,
  ) {
    const { file, stream } = await this.files.open(auth, id);
    res.set({
      'Content-Type': file.contentType,
      'Content-Length': String(file.size),
      'Content-Disposition': `attachment; filename="${file.fileName.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      'X-Content-Type-Options': 'nosniff',
    });
    stream.pipe(res);
  }
}
