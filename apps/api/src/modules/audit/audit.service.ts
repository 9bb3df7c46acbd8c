import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { AuditEntryEntity } from './entities/audit-entry.entity';

export interface AuditRecord {
  entityType: 'plan' | 'section' | 'content' | 'task' | 'task_update' | 'user' | 'unit';
  entityId: string | null;
  planId: string | null;
  action: 'create' | 'update' | 'delete' | 'move' | 'assign' | 'report' | 'import';
  changes: Record<string, unknown>;
}

/** Field → { from, to } for the fields whose values differ. */
export function diffFields<T extends object>(
  before: T,
  after: Partial<T>,
): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const key of Object.keys(after) as Array<keyof T>) {
    const from = before[key];
    const to = after[key];
    if (to !== undefined && JSON.stringify(from) !== JSON.stringify(to)) changes[String(key)] = { from, to };
  }
  return changes;
}

/** Records every write in the same transaction as the write itself. */
@Injectable()
export class AuditService {
  async record(manager: EntityManager, auth: AuthUser, entries: AuditRecord[]): Promise<void> {
    if (entries.length === 0) return;
    await manager.insert(
      AuditEntryEntity,
      entries.map((e) => ({
        organizationId: auth.organizationId,
        actorId: auth.id,
        actorName: auth.fullName,
        ...e,
        changes: e.changes as AuditEntryEntity['changes'] as never,
      })),
    );
  }
}
