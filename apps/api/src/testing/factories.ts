import type { DataSource } from 'typeorm';
import { OrganizationEntity } from '../modules/organizations/entities/organization.entity';
import { UserEntity, UserRole } from '../modules/users/entities/user.entity';
import { hashPassword } from '../modules/users/password-hasher';
import { DEMO_PASSWORD } from '../database/seed/demo-seed';

/** A user straight in the database, with the demo password. */
export async function createUser(
  dataSource: DataSource,
  args: {
    username: string;
    role: UserRole;
    organizationName: string;
    unitId?: string | null;
    fullName?: string;
  },
): Promise<UserEntity> {
  const organization = await dataSource.manager.findOneByOrFail(OrganizationEntity, {
    name: args.organizationName,
  });
  return dataSource.manager.save(
    dataSource.manager.create(UserEntity, {
      organizationId: organization.id,
      username: args.username,
      fullName: args.fullName ?? args.username,
      role: args.role,
      unitId: args.unitId ?? null,
      passwordHash: await hashPassword(DEMO_PASSWORD),
    }),
  );
}

/** Another commune under the same city, with nothing in it. */
export async function createOrganization(
  dataSource: DataSource,
  name: string,
  parentName = 'Thành phố Hà Nội',
): Promise<OrganizationEntity> {
  const parent = await dataSource.manager.findOneByOrFail(OrganizationEntity, { name: parentName });
  return dataSource.manager.save(
    dataSource.manager.create(OrganizationEntity, {
      name,
      kind: 'COMMUNE',
      parentId: parent.id,
      settings: {},
    }),
  );
}
