import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppException } from '../../common/errors/app-exception';
import type { UserRole } from '../users/entities/user.entity';
import { AccessRepository, OwnedKind } from './access.repository';
import { Permission } from './permission';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const EDITORS: UserRole[] = ['ADMIN', 'LEADER'];
const REPORTERS: UserRole[] = ['ADMIN', 'LEADER', 'OFFICER'];
const DRAFTERS: UserRole[] = ['LEADER', 'OFFICER'];
const ADMINS: UserRole[] = ['ADMIN'];

interface Rule {
  kind: OwnedKind | null;
  roles: UserRole[] | null;
  /** Whether users of a parent organization (city/province) may do it too. */
  parentMayRead: boolean;
  what: string;
}

const RULES: Record<Permission, Rule> = {
  [Permission.PLAN_READ]: { kind: 'plan', roles: null, parentMayRead: true, what: 'kế hoạch' },
  [Permission.PLAN_CREATE]: { kind: null, roles: EDITORS, parentMayRead: false, what: 'kế hoạch' },
  [Permission.PLAN_WRITE]: { kind: 'plan', roles: EDITORS, parentMayRead: false, what: 'kế hoạch' },
  [Permission.SECTION_WRITE]: { kind: 'section', roles: EDITORS, parentMayRead: false, what: 'mục' },
  [Permission.CONTENT_WRITE]: { kind: 'content', roles: EDITORS, parentMayRead: false, what: 'nội dung' },
  [Permission.TASK_READ]: { kind: 'task', roles: null, parentMayRead: true, what: 'nhiệm vụ' },
  [Permission.TASK_WRITE]: { kind: 'task', roles: EDITORS, parentMayRead: false, what: 'nhiệm vụ' },
  [Permission.TASK_ASSIGN]: { kind: 'task', roles: EDITORS, parentMayRead: false, what: 'nhiệm vụ' },
  [Permission.TASK_REPORT]: { kind: 'task', roles: REPORTERS, parentMayRead: false, what: 'nhiệm vụ' },
  [Permission.TASK_CONTRIBUTE]: { kind: 'task', roles: REPORTERS, parentMayRead: false, what: 'nhiệm vụ' },
  [Permission.AUDIT_READ]: { kind: 'plan', roles: EDITORS, parentMayRead: false, what: 'kế hoạch' },
  [Permission.USER_ADMIN]: { kind: 'user', roles: ADMINS, parentMayRead: false, what: 'người dùng' },
  [Permission.UNIT_ADMIN]: { kind: 'unit', roles: ADMINS, parentMayRead: false, what: 'đơn vị' },
  [Permission.ORGANIZATION_ADMIN]: {
    kind: null,
    roles: ADMINS,
    parentMayRead: false,
    what: 'đơn vị hành chính',
  },
  [Permission.REPORT_DOWNLOAD]: { kind: 'plan', roles: DRAFTERS, parentMayRead: false, what: 'kế hoạch' },
  [Permission.PLAN_IMPORT]: { kind: null, roles: EDITORS, parentMayRead: false, what: 'kế hoạch' },
};

/** Access rules in one place: every service method starts with `requireAccess`. */
@Injectable()
export class AccessService {
  constructor(private readonly repository: AccessRepository) {}

  async requireAccess(args: { auth: AuthUser; permission: Permission; ids?: string[] }): Promise<void> {
    const { auth, permission } = args;
    const rule = RULES[permission];
    if (rule.roles && !rule.roles.includes(auth.role)) throw AppException.forbidden();
    if (!rule.kind) return;

    const ids = [...new Set(args.ids ?? [])];
    const malformed = ids.find((id) => !UUID.test(id));
    if (malformed) throw AppException.notFound(rule.what, malformed);
    const owners = await this.repository.organizationsOf(rule.kind, ids);
    const readable = new Set(await this.repository.readableOrganizations(auth.organizationId));
    for (const id of ids) {
      const owner = owners.get(id);
      if (owner === auth.organizationId || (owner && rule.parentMayRead && readable.has(owner))) continue;
      if (owner && readable.has(owner)) {
        throw AppException.forbidden('Cấp trên chỉ được xem, không được sửa dữ liệu của cấp xã');
      }
      // Another organization's rows are reported as missing, so their existence does not leak.
      throw AppException.notFound(rule.what, id);
    }
    if (permission === Permission.TASK_REPORT && auth.role === 'OFFICER')
      await this.requireLeadUnit(auth, ids);
    if (permission === Permission.TASK_CONTRIBUTE && auth.role === 'OFFICER')
      await this.requireInvolvedUnit(auth, ids);
  }

  /** An officer adds contribution notes only to tasks their unit leads or coordinates. */
  private async requireInvolvedUnit(auth: AuthUser, taskIds: string[]): Promise<void> {
    const involved = auth.unitId
      ? await this.repository.tasksOfUnit(auth.unitId, taskIds, ['LEAD', 'COORDINATING'])
      : new Set<string>();
    if (taskIds.some((id) => !involved.has(id))) {
      throw AppException.forbidden(
        'Chỉ đơn vị chủ trì hoặc phối hợp mới được ghi ý kiến phối hợp cho nhiệm vụ này',
      );
    }
  }

  /** An officer reports only on tasks their unit leads (directly or as a member of a leading group). */
  private async requireLeadUnit(auth: AuthUser, taskIds: string[]): Promise<void> {
    const led = auth.unitId
      ? await this.repository.tasksOfUnit(auth.unitId, taskIds, ['LEAD'])
      : new Set<string>();
    if (taskIds.some((id) => !led.has(id))) {
      throw AppException.forbidden('Chỉ cán bộ của đơn vị chủ trì mới được báo cáo tiến độ nhiệm vụ này');
    }
  }

  readableOrganizations(auth: AuthUser): Promise<string[]> {
    return this.repository.readableOrganizations(auth.organizationId);
  }
}
