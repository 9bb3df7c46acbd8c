import { HA_DONG_2026, PlanFixture } from '@kstthc/domain';
import type { EntityManager } from 'typeorm';
import { OrganizationEntity } from '../../modules/organizations/entities/organization.entity';
import { UnitEntity } from '../../modules/units/entities/unit.entity';
import { UserEntity, UserRole } from '../../modules/users/entities/user.entity';
import { hashPassword } from '../../modules/users/password-hasher';
import { insertPlanTree, PlanTreeTask } from './insert-plan-tree';

export const DEMO_PASSWORD = 'demo1234';

export interface DemoAccount {
  username: string;
  fullName: string;
  role: UserRole;
  unit: string | null;
  description: string;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { username: 'admin', fullName: 'Quản trị hệ thống', role: 'ADMIN', unit: null, description: 'quản trị' },
  {
    username: 'lanhdao',
    fullName: 'Lê Văn Đạt',
    role: 'LEADER',
    unit: null,
    description: 'lãnh đạo UBND xã',
  },
  {
    username: 'tthcc',
    fullName: 'Nguyễn Thị Hoa',
    role: 'OFFICER',
    unit: 'Trung tâm Phục vụ hành chính công',
    description: 'cán bộ Trung tâm Phục vụ hành chính công',
  },
  {
    username: 'vhxh',
    fullName: 'Trần Minh Tuấn',
    role: 'OFFICER',
    unit: 'Phòng Văn hoá-Xã hội',
    description: 'cán bộ Phòng Văn hoá-Xã hội',
  },
];

const RECIPIENTS = [
  'Văn phòng UBND TP',
  'Trung tâm phục vụ HCC TP',
  'Thường trực Đảng ủy',
  'Thường trực HĐND xã',
  'Chủ tịch, các PCT UBND xã',
  'Các phòng chuyên môn thuộc UBND xã',
];

/** Seeds the organization, units, accounts and plan of the Hà Đông fixture, with its results as progress history. */
export async function seedDemo(
  manager: EntityManager,
  fixture: PlanFixture = HA_DONG_2026,
): Promise<{ planId: string }> {
  const city = await manager.save(
    manager.create(OrganizationEntity, {
      name: fixture.organization.parent.name,
      kind: 'CITY',
      settings: {},
    }),
  );
  const org = await manager.save(
    manager.create(OrganizationEntity, {
      name: fixture.organization.name,
      kind: fixture.organization.kind,
      parentId: city.id,
      settings: {
        issuerName: `ỦY BAN NHÂN DÂN ${fixture.organization.name.toUpperCase()}`,
        place: fixture.organization.place,
        officeCode: 'TTPVHCC',
        recipients: RECIPIENTS,
        signer: {
          authority: 'TM. ỦY BAN NHÂN DÂN',
          deputy: 'KT. CHỦ TỊCH',
          title: 'PHÓ CHỦ TỊCH',
          name: 'Lê Văn Đạt',
        },
      },
    }),
  );

  const units = await manager.save(
    fixture.units.map((u) =>
      manager.create(UnitEntity, {
        organizationId: org.id,
        name: u.name,
        shortName: u.shortName ?? null,
        isGroup: u.isGroup ?? false,
      }),
    ),
  );
  const unitByName = new Map(units.map((u) => [u.name, u]));
  for (const group of fixture.units.filter((u) => u.members?.length)) {
    await manager
      .createQueryBuilder()
      .relation(UnitEntity, 'members')
      .of(unitByName.get(group.name))
      .add((group.members ?? []).map((m) => unitByName.get(m)));
  }

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const users = await manager.save(
    DEMO_ACCOUNTS.map((a) =>
      manager.create(UserEntity, {
        organizationId: org.id,
        username: a.username,
        fullName: a.fullName,
        role: a.role,
        unitId: a.unit ? (unitByName.get(a.unit)?.id ?? null) : null,
        passwordHash,
      }),
    ),
  );
  const reporterOf = (leadUnits: string[]): string => {
    const officer = users.find(
      (u) => u.role === 'OFFICER' && leadUnits.some((n) => unitByName.get(n)?.id === u.unitId),
    );
    return (officer ?? users.find((u) => u.role === 'LEADER'))!.id;
  };

  const { planId } = await insertPlanTree(manager, {
    organizationId: org.id,
    title: fixture.plan.title,
    year: fixture.plan.year,
    decision: fixture.plan.decision,
    unitIdOf: (name) => {
      const unit = unitByName.get(name);
      if (!unit) throw new Error(`Fixture names an unknown unit: ${name}`);
      return unit.id;
    },
    sections: fixture.sections.map((s) => ({
      code: s.code,
      title: s.title,
      contents: s.contents.map((c) => ({
        code: c.code,
        title: c.title,
        tasks: c.tasks.map((t): PlanTreeTask => ({
          ...t,
          // Reported at 09:00 Vietnam time on the fixture's day.
          updates: [
            {
              status: t.status,
              result: t.result,
              measuredValue: t.measuredValue ?? null,
              reportedAt: new Date(`${t.reportedAt}T02:00:00Z`),
              authorId: reporterOf(t.leadUnits),
            },
          ],
        })),
      })),
    })),
  });
  return { planId };
}
