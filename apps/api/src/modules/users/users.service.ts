import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { AuditService } from '../audit/audit.service';
import { UserEntity } from './entities/user.entity';

export function toAuthUser(user: UserEntity): AuthUser {
  return {
    id: user.id,
    username: user.username,
    fullName: user.fullName,
    role: user.role,
    organizationId: user.organizationId,
    unitId: user.unitId,
  };
}

@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  findByUsername(username: string): Promise<UserEntity | null> {
    return this.users.findOne({ where: { username: username.trim().toLowerCase() } });
  }

  findById(id: string): Promise<UserEntity | null> {
    return this.users.findOne({ where: { id } });
  }

  async findActiveAuthUser(id: string, sessionVersion: number): Promise<AuthUser | null> {
    const user = await this.users.findOne({ where: { id, active: true, sessionVersion } });
    return user ? toAuthUser(user) : null;
  }

  /** Stores a new password hash and revokes earlier tokens; returns the new session version. */
  async setPassword(auth: AuthUser, userId: string, passwordHash: string): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      await manager
        .createQueryBuilder()
        .update(UserEntity)
        .set({ passwordHash, sessionVersion: () => 'session_version + 1' })
        .where('id = :id', { id: userId })
        .execute();
      const user = await manager.findOneByOrFail(UserEntity, { id: userId });
      await this.audit.record(manager, auth, [
        {
          entityType: 'user',
          entityId: userId,
          planId: null,
          action: 'update',
          changes: { password: 'đã đổi' },
        },
      ]);
      return user.sessionVersion;
    });
  }
}
