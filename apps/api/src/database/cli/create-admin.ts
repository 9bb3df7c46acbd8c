import 'reflect-metadata';
import { parseArgs } from 'util';
import { DataSource } from 'typeorm';
import { loadConfig } from '../../config/app-config';
import {
  OrganizationEntity,
  OrganizationKind,
} from '../../modules/organizations/entities/organization.entity';
import { UserEntity } from '../../modules/users/entities/user.entity';
import { hashPassword } from '../../modules/users/password-hasher';
import { dataSourceOptions } from '../data-source-options';
import { openDatabase } from '../database-bootstrap';

const USAGE = `Tạo tài khoản quản trị đầu tiên (khi không chạy chế độ demo):
  npm run create-admin -- --organization "xã Hà Đông" --username quantri --password "<ít nhất 8 ký tự>" [--full-name "..."] [--kind COMMUNE|WARD] [--parent "Thành phố Hà Nội"]
Dùng DATABASE_URL nếu có, nếu không thì cơ sở dữ liệu nhúng trong DATA_DIR.`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      organization: { type: 'string' },
      username: { type: 'string' },
      password: { type: 'string' },
      'full-name': { type: 'string' },
      kind: { type: 'string', default: 'COMMUNE' },
      parent: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help || !values.organization || !values.username || !values.password) {
    console.log(USAGE);
    process.exit(values.help ? 0 : 2);
  }
  if (!/^[a-z0-9._-]{3,64}$/.test(values.username))
    throw new Error('username: chỉ gồm chữ thường không dấu, số, dấu chấm, gạch; 3–64 ký tự');
  if (values.password.length < 8) throw new Error('password: phải có ít nhất 8 ký tự');
  if (!['COMMUNE', 'WARD'].includes(values.kind!)) throw new Error('kind: COMMUNE hoặc WARD');

  const config = loadConfig();
  const database = await openDatabase(config);
  const dataSource = new DataSource(dataSourceOptions(database.url, undefined, database.poolSize));
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    await dataSource.transaction(async (manager) => {
      if (await manager.findOne(UserEntity, { where: { username: values.username } })) {
        throw new Error(`username: tên đăng nhập "${values.username}" đã có người dùng`);
      }
      let parent: OrganizationEntity | null = null;
      if (values.parent) {
        parent =
          (await manager.findOne(OrganizationEntity, { where: { name: values.parent } })) ??
          (await manager.save(
            manager.create(OrganizationEntity, { name: values.parent, kind: 'CITY', settings: {} }),
          ));
      }
      const organization =
        (await manager.findOne(OrganizationEntity, { where: { name: values.organization } })) ??
        (await manager.save(
          manager.create(OrganizationEntity, {
            name: values.organization!,
            kind: values.kind as OrganizationKind,
            parentId: parent?.id ?? null,
            settings: { issuerName: `ỦY BAN NHÂN DÂN ${values.organization!.toUpperCase()}` },
          }),
        ));
      await manager.save(
        manager.create(UserEntity, {
          organizationId: organization.id,
          username: values.username,
          fullName: values['full-name'] ?? 'Quản trị hệ thống',
          role: 'ADMIN',
          passwordHash: await hashPassword(values.password!),
        }),
      );
      console.log(`Đã tạo tài khoản quản trị "${values.username}" cho ${organization.name}.`);
    });
  } finally {
    await dataSource.destroy();
    await database.stop();
  }
}

main().catch((error) => {
  console.error(`Không tạo được tài khoản: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
