import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { Role } from '../auth/dto/auth-payload.model';
import { UnitModel } from '../plans/dto/plan.model';
import { UserEntity } from '../users/entities/user.entity';
import { AdminService } from './admin.service';
import {
  AuditEntryModel,
  CreateUnitInput,
  CreateUserInput,
  OrganizationSettingsInput,
  OrganizationSettingsModel,
  UpdateUnitInput,
  UpdateUserInput,
  UserModel,
} from './dto/admin.inputs';

const toUser = (u: UserEntity): UserModel => ({
  id: u.id,
  username: u.username,
  fullName: u.fullName,
  role: u.role as Role,
  unitId: u.unitId,
  active: u.active,
});

@Resolver()
export class AdminResolver {
  constructor(private readonly admin: AdminService) {}

  @Query(() => [UserModel], { description: 'Administrators: the users of the organization' })
  async users(@CurrentUser() auth: AuthUser) {
    return (await this.admin.listUsers(auth)).map(toUser);
  }

  @Mutation(() => UserModel)
  async createUser(@CurrentUser() auth: AuthUser, @Args('input') input: CreateUserInput) {
    return toUser(await this.admin.createUser(auth, input));
  }

  @Mutation(() => UserModel, {
    description: 'Changes name, role, unit, active flag or password; rights changes end sessions',
  })
  async updateUser(@CurrentUser() auth: AuthUser, @Args('input') input: UpdateUserInput) {
    return toUser(await this.admin.updateUser(auth, input));
  }

  @Mutation(() => UnitModel)
  createUnit(@CurrentUser() auth: AuthUser, @Args('input') input: CreateUnitInput) {
    return this.admin.createUnit(auth, input);
  }

  @Mutation(() => UnitModel)
  updateUnit(@CurrentUser() auth: AuthUser, @Args('input') input: UpdateUnitInput) {
    return this.admin.updateUnit(auth, input);
  }

  @Mutation(() => ID)
  deleteUnit(@CurrentUser() auth: AuthUser, @Args('id', { type: () => ID }) id: string) {
    return this.admin.deleteUnit(auth, id);
  }

  @Query(() => OrganizationSettingsModel, {
    description: 'Issuing body, place, recipients and signer used by the documents',
  })
  async organizationSettings(@CurrentUser() auth: AuthUser) {
    const s = await this.admin.settings(auth);
    return { ...s, recipients: s.recipients ?? [] };
  }

  @Mutation(() => OrganizationSettingsModel)
  async updateOrganizationSettings(
    @CurrentUser() auth: AuthUser,
    @Args('input') input: OrganizationSettingsInput,
  ) {
    const s = await this.admin.updateSettings(auth, input);
    return { ...s, recipients: s.recipients ?? [] };
  }

  @Query(() => [AuditEntryModel], {
    description: 'Audit trail of a plan (leaders) or of one of its tasks, newest first',
  })
  async auditTrail(
    @CurrentUser() auth: AuthUser,
    @Args('planId', { type: () => ID }) planId: string,
    @Args('taskId', { type: () => ID, nullable: true }) taskId?: string,
    @Args('limit', { type: () => Int, defaultValue: 200 }) limit = 200,
  ) {
    const rows = await this.admin.auditTrail(auth, planId, taskId, Math.min(Math.max(limit, 1), 1000));
    return rows.map((r) => ({ ...r, changes: JSON.stringify(r.changes) }));
  }
}
