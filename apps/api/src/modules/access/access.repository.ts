import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export type OwnedKind = 'plan' | 'section' | 'content' | 'task' | 'user' | 'unit';

const TABLE_OF: Record<OwnedKind, string> = {
  plan: 'plan',
  section: 'section',
  content: 'content',
  task: 'task',
  user: 'app_user',
  unit: 'unit',
};

/** Batched ownership look-ups: one statement answers for many ids. */
@Injectable()
export class AccessRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** id → owning organization for the ids that exist. */
  async organizationsOf(kind: OwnedKind, ids: string[]): Promise<Map<string, string>> {
    const rows: Array<{ id: string; organization_id: string }> = await this.dataSource.query(
      `SELECT id, organization_id FROM ${TABLE_OF[kind]} WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id, r.organization_id]));
  }

  /** The organizations whose plans a user of `organizationId` may read: its own and those directly under it. */
  async readableOrganizations(organizationId: string): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT id FROM organization WHERE id = $1 OR parent_id = $1`,
      [organizationId],
    );
    return rows.map((r) => r.id);
  }

  /** The tasks among `taskIds` where `unitId` has one of `roles`, itself or through a group it belongs to. */
  async tasksOfUnit(
    unitId: string,
    taskIds: string[],
    roles: Array<'LEAD' | 'COORDINATING'>,
  ): Promise<Set<string>> {
    const rows: Array<{ task_id: string }> = await this.dataSource.query(
      `SELECT DISTINCT tu.task_id FROM task_unit tu
        WHERE tu.task_id = ANY($2::uuid[]) AND tu.role = ANY($3::text[])
          AND (tu.unit_id = $1 OR tu.unit_id IN (SELECT group_id FROM unit_group_member WHERE member_id = $1))`,
      [unitId, taskIds, roles],
    );
    return new Set(rows.map((r) => r.task_id));
  }
}
