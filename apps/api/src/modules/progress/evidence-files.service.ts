import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppException } from '../../common/errors/app-exception';
import { AppConfig } from '../../config/app-config';
import { AccessService } from '../access/access.service';
import { Permission } from '../access/permission';
import { AuditService } from '../audit/audit.service';
import { TaskEntity } from '../plans/entities/task.entity';
import { EvidenceFileEntity } from './entities/evidence-file.entity';
import { decodeUploadFileName } from './utils/decode-upload-file-name.util';

export const EVIDENCE_MAX_BYTES = 20 * 1024 * 1024;

/** The kinds of documents accepted as evidence, recognised by their first bytes rather than their names. */
export function evidenceContentType(bytes: Buffer): string | null {
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return 'image/png';
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    const head = bytes.subarray(0, Math.min(bytes.length, 64 * 1024)).toString('latin1');
    if (head.includes('word/'))
      return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
    if (head.includes('xl/')) return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  }
  return null;
}

/** A display name safe to store and to send back in a header. */
export function safeFileName(name: string): string {
  const base = path.basename(name.replace(/\\/g, '/')).normalize('NFC');
  const cleaned = [...base]
    .map((c) => (c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f || '"<>|:*?'.includes(c) ? '_' : c))
    .join('')
    .trim();
  return (cleaned || 'tai-lieu').slice(0, 200);
}

@Injectable()
export class EvidenceFilesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  async upload(
    auth: AuthUser,
    taskId: string,
    file: { originalname: string; buffer: Buffer; size: number },
  ): Promise<EvidenceFileEntity> {
    await this.access.requireAccess({ auth, permission: Permission.TASK_CONTRIBUTE, ids: [taskId] });
    if (file.size === 0) throw AppException.badInput('Tệp trống: hãy chọn lại tệp minh chứng.');
    const contentType = evidenceContentType(file.buffer);
    if (!contentType) {
      throw AppException.badInput('Chỉ nhận tệp minh chứng PDF, Word (.docx), Excel (.xlsx), JPEG hoặc PNG.');
    }
    const id = crypto.randomUUID();
    const storageKey = path.join(auth.organizationId, id);
    const target = path.join(this.config.uploadDir, storageKey);
    await fs.promises.mkdir(path.dirname(target), { recursive: true });
    await fs.promises.writeFile(target, file.buffer, { flag: 'wx', mode: 0o600 });
    try {
      return await this.dataSource.transaction(async (manager) => {
        const entity = await manager.save(
          manager.create(EvidenceFileEntity, {
            id,
            organizationId: auth.organizationId,
            taskId,
            fileName: safeFileName(decodeUploadFileName(file.originalname)),
            contentType,
            size: file.size,
            sha256: crypto.createHash('sha256').update(file.buffer).digest('hex'),
            storageKey,
            uploadedById: auth.id,
          }),
        );
        await this.audit.record(manager, auth, [
          {
            entityType: 'task',
            entityId: taskId,
            planId: (await manager.findOneByOrFail(TaskEntity, { id: taskId })).planId,
            action: 'create',
            changes: { evidenceFile: entity.fileName, size: entity.size },
          },
        ]);
        return entity;
      });
    } catch (error) {
      await fs.promises.rm(target, { force: true });
      throw error;
    }
  }

  async open(auth: AuthUser, id: string): Promise<{ file: EvidenceFileEntity; stream: fs.ReadStream }> {
    const file = await this.dataSource.manager.findOne(EvidenceFileEntity, { where: { id } });
    if (!file) throw AppException.notFound('tệp minh chứng', id);
    await this.access.requireAccess({ auth, permission: Permission.TASK_READ, ids: [file.taskId] });
    return { file, stream: fs.createReadStream(path.join(this.config.uploadDir, file.storageKey)) };
  }
}
