import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppException } from '../../common/errors/app-exception';
import { AccessService } from '../access/access.service';
import { Permission } from '../access/permission';
import { AuditEntryEntity } from '../audit/entities/audit-entry.entity';
import { AuditService, diffFields } from '../audit/audit.service';
import { OrganizationEntity, OrganizationSettings } from '../organizations/entities/organization.entity';
import { TaskUnitEntity } from '../plans/entities/task-unit.entity';
import { UnitEntity } from '../units/entities/unit.entity';
import { UserEntity } from '../users/entities/user.entity';
import { hashPassword } from '../users/password-hasher';
import {
  CreateUnitInput,
  CreateUserInput,
  OrganizationSettingsInput,
  UpdateUnitInput,
  UpdateUserInput,
} from './dto/admin.inputs';

const badField = (field: string, message: string) =>
  AppException.badInput(`Dữ liệu không hợp lệ — ${field}: ${message}`, [{ field, messages: [message] }]);

/** Administration of an organization: its users, its units and groups, its document settings; and the audit trail. */
@Injectable()
export class AdminService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  async listUsers(auth: AuthUser): Promise<UserEntity[]> {
    await this.access.requireAccess({ auth, permission: Permission.USER_ADMIN, ids: [] });
    return this.dataSource.manager.find(UserEntity, {
      where: { organizationId: auth.organizationId },
      order: { username: 'ASC' },
    });
  }

  private async requireUnitOfOrganization(
    manager: EntityManager,
    auth: AuthUser,
    unitId: string | null | undefined,
    role: string,
  ): Promise<void> {
    if (role === 'OFFICER' && !unitId) throw badField('unitId', 'cán bộ đơn vị phải thuộc một đơn vị');
    if (!unitId) return;
    const unit = await manager.findOne(UnitEntity, {
      where: { id: unitId, organizationId: auth.organizationId },
    });
    if (!unit) throw badField('unitId', `không có đơn vị ${unitId}`);
    if (unit.isGroup)
      throw badField('unitId', 'người dùng phải thuộc một đơn vị cụ thể, không phải một nhóm');
  }

  async createUser(auth: AuthUser, input: CreateUserInput): Promise<UserEntity> {
    await this.access.requireAccess({ auth, permission: Permission.USER_ADMIN, ids: [] });
    return this.dataSource.transaction(async (manager) => {
      if (await manager.findOne(UserEntity, { where: { username: input.username } })) {
        throw badField('username', `tên đăng nhập "${input.username}" đã có người dùng`);
      }
      await this.requireUnitOfOrganization(manager, auth, input.unitId, input.role);
      const user = await manager.save(
        manager.create(UserEntity, {
          organizationId: auth.organizationId,
          username: input.username,
          fullName: input.fullName.trim(),
          role: input.role,
          unitId: input.unitId ?? null,
          passwordHash: await hashPassword(input.password),
        }),
      );
      await this.audit.record(manager, auth, [
        {
          entityType: 'user',
          entityId: user.id,
          planId: null,
          action: 'create',
          changes: { username: user.username, role: user.role, unitId: user.unitId },
        },
      ]);
      return user;
    });
  }

  async updateUser(auth: AuthUser, input: UpdateUserInput): Promise<UserEntity> {
    await this.access.requireAccess({ auth, permission: Permission.USER_ADMIN, ids: [input.id] });
    if (input.id === auth.id && (input.active === false || (input.role && input.role !== 'ADMIN'))) {
      throw badField('id', 'không thể tự khoá hoặc tự bỏ quyền quản trị của chính mình');
    }
    return this.dataSource.transaction(async (manager) => {
      const user = await manager.findOneByOrFail(UserEntity, { id: input.id });
      const after: Partial<UserEntity> = {
        fullName: input.fullName?.trim(),
        role: input.role,
        unitId: input.unitId === undefined ? undefined : input.unitId,
        active: input.active,
      };
      await this.requireUnitOfOrganization(
        manager,
        auth,
        after.unitId === undefined ? user.unitId : after.unitId,
        after.role ?? user.role,
      );
      const changes: Record<string, unknown> = diffFields(user, after);
      const set = Object.fromEntries(Object.entries(after).filter(([, v]) => v !== undefined));
      if (input.password) {
        Object.assign(set, { passwordHash: await hashPassword(input.password) });
        changes.password = 'đặt lại';
      }
      // Revoke the user's tokens when their rights or password change.
      if (input.password || input.active === false || (input.role && input.role !== user.role)) {
        Object.assign(set, { sessionVersion: user.sessionVersion + 1 });
      }
      await manager.update(UserEntity, { id: user.id }, set);
      await this.audit.record(manager, auth, [
        { entityType: 'user', entityId: user.id, planId: null, action: 'update', changes },
      ]);
      return manager.findOneByOrFail(UserEntity, { id: user.id });
    });
  }

  async createUnit(auth: AuthUser, input: CreateUnitInput): Promise<UnitEntity> {
    await this.access.requireAccess({ auth, permission: Permission.UNIT_ADMIN, ids: input.memberIds });
    return this.dataSource.transaction(async (manager) => {
      await this.requireFreeName(manager, auth, input.name.trim(), null);
      const unit = await manager.save(
        manager.create(UnitEntity, {
          organizationId: auth.organizationId,
          name: input.name.trim(),
          shortName: input.shortName?.trim() || null,
          isGroup: input.isGroup,
        }),
      );
      await this.saveMembers(manager, unit, input.isGroup ? input.memberIds : []);
      await this.audit.record(manager, auth, [
        {
          entityType: 'unit',
          entityId: unit.id,
          planId: null,
          action: 'create',
          changes: { name: unit.name, isGroup: unit.isGroup, memberIds: input.memberIds },
        },
      ]);
      return unit;
    });
  }

  async updateUnit(auth: AuthUser, input: UpdateUnitInput): Promise<UnitEntity> {
    await this.access.requireAccess({
      auth,
      permission: Permission.UNIT_ADMIN,
      ids: [input.id, ...(input.memberIds ?? [])],
    });
    return this.dataSource.transaction(async (manager) => {
      const unit = await manager.findOneByOrFail(UnitEntity, { id: input.id });
      if (input.name !== undefined) await this.requireFreeName(manager, auth, input.name.trim(), unit.id);
      const after: Partial<UnitEntity> = {
        name: input.name?.trim(),
        shortName: input.shortName === undefined ? undefined : input.shortName?.trim() || null,
        isGroup: input.isGroup,
      };
      const changes: Record<string, unknown> = diffFields(unit, after);
      const set = Object.fromEntries(Object.entries(after).filter(([, v]) => v !== undefined));
      if (Object.keys(set).length) await manager.update(UnitEntity, { id: unit.id }, set);
      const isGroup = input.isGroup ?? unit.isGroup;
      if (input.memberIds !== undefined || input.isGroup === false) {
        await this.saveMembers(manager, unit, isGroup ? (input.memberIds ?? []) : []);
        changes.memberIds = input.memberIds ?? [];
      }
      await this.audit.record(manager, auth, [
        { entityType: 'unit', entityId: unit.id, planId: null, action: 'update', changes },
      ]);
      return manager.findOneByOrFail(UnitEntity, { id: unit.id });
    });
  }

  async deleteUnit(auth: AuthUser, id: string): Promise<string> {
    await this.access.requireAccess({ auth, permission: Permission.UNIT_ADMIN, ids: [id] });
    return this.dataSource.transaction(async (manager) => {
      const unit = await manager.findOneByOrFail(UnitEntity, { id });
      const used = await manager.count(TaskUnitEntity, { where: { unitId: id } });
      if (used > 0)
        throw badField(
          'id',
          `đơn vị "${unit.name}" đang được giao ${used} nhiệm vụ; hãy giao lại trước khi xoá`,
        );
      const members = await manager.count(UserEntity, { where: { unitId: id } });
      if (members > 0)
        throw badField(
          'id',
          `đơn vị "${unit.name}" còn ${members} người dùng; hãy chuyển họ sang đơn vị khác trước`,
        );
      await manager.query('DELETE FROM unit_group_member WHERE group_id = $1 OR member_id = $1', [id]);
      await manager.delete(UnitEntity, { id });
      await this.audit.record(manager, auth, [
        { entityType: 'unit', entityId: id, planId: null, action: 'delete', changes: { name: unit.name } },
      ]);
      return id;
    });
  }

  async settings(auth: AuthUser): Promise<OrganizationSettings> {
    const org = await this.dataSource.manager.findOneByOrFail(OrganizationEntity, {
      id: auth.organizationId,
    });
    return org.settings ?? {};
  }

  async updateSettings(auth: AuthUser, input: OrganizationSettingsInput): Promise<OrganizationSettings> {
    await this.access.requireAccess({ auth, permission: Permission.ORGANIZATION_ADMIN });
    return this.dataSource.transaction(async (manager) => {
      const org = await manager.findOneByOrFail(OrganizationEntity, { id: auth.organizationId });
      const given = Object.fromEntries(
        Object.entries({ ...input }).filter(([, v]) => v !== undefined),
      ) as OrganizationSettings;
      const settings = { ...org.settings, ...given };
      await manager.update(OrganizationEntity, { id: org.id }, { settings });
      await this.audit.record(manager, auth, [
        {
          entityType: 'unit',
          entityId: null,
          planId: null,
          action: 'update',
          changes: { settings: diffFields(org.settings, given) },
        },
      ]);
      return settings;
    });
  }

  /** Who changed what and when: for one task, or for a whole plan (its tasks, sections and contents). */
  async auditTrail(
    auth: AuthUser,
    planId: string,
    taskId: string | undefined,
    limit: number,
  ): Promise<AuditEntryEntity[]> {
    if (taskId) {
      await this.access.requireAccess({ auth, permission: Permission.TASK_READ, ids: [taskId] });
      return this.dataSource.manager.find(AuditEntryEntity, {
        where: { entityId: taskId, planId },
        order: { createdAt: 'DESC' },
        take: limit,
      });
    }
    await this.access.requireAccess({ auth, permission: Permission.AUDIT_READ, ids: [planId] });
    return this.dataSource.manager.find(AuditEntryEntity, {
      where: { planId },
      order: { createdAt: 'DESC' },
      take: limit,
    });
  }

  private async requireFreeName(
    manager: EntityManager,
    auth: AuthUser,
    name: string,
    exceptId: string | null,
  ): Promise<void> {
    const same = await manager.findOne(UnitEntity, { where: { organizationId: auth.organizationId, name } });
    if (same && same.id !== exceptId) throw badField('name', `đã có đơn vị "${name}"`);
  }

  private async saveMembers(manager: EntityManager, group: UnitEntity, memberIds: string[]): Promise<void> {
    if (memberIds.includes(group.id))
      throw badField('memberIds', 'một nhóm không thể là thành viên của chính nó');
    const members = memberIds.length ? await manager.find(UnitEntity, { where: { id: In(memberIds) } }) : [];
    if (members.some((m) => m.isGroup))
      throw badField('memberIds', 'thành viên của nhóm phải là đơn vị cụ thể');
    await manager.query('DELETE FROM unit_group_member WHERE group_id = $1', [group.id]);
    if (memberIds.length) {
      await manager.query(
        'INSERT INTO unit_group_member (group_id, member_id) SELECT $1, unnest($2::uuid[])',
        [group.id, memberIds],
      );
    }
  }
}
