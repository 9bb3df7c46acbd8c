import { OrganizationEntity } from '../organizations/entities/organization.entity';
import { UnitEntity } from '../units/entities/unit.entity';
import { seedGeneratedPlan } from '../../database/seed/generated-plan';
import { createTestApp, TestApp } from '../../testing/test-app';

const TREE = `query($id: ID!) {
  plan(id: $id) {
    id title organization { name } counts { sections contents tasks }
    sections { code contents { code isTask tasks {
      code description status result version
      leadUnits { name } coordinatingUnits { name }
      deadline { text recurring dueDate }
      updates { status reportedAt author { fullName } }
    } } }
  }
}`;

describe('plan tree query cost', () => {
  let t: TestApp;
  let token: string;
  let demoPlanId: string;
  let bigPlanId: string;

  beforeAll(async () => {
    t = await createTestApp();
    token = await t.login('lanhdao');
    const org = await t.dataSource.manager.findOneByOrFail(OrganizationEntity, { name: 'xã Hà Đông' });
    const units = await t.dataSource.manager.find(UnitEntity, { where: { organizationId: org.id } });
    const byName = new Map(units.map((u) => [u.name, u.id]));
    ({ planId: bigPlanId } = await t.dataSource.transaction((manager) =>
      seedGeneratedPlan(manager, {
        organizationId: org.id,
        unitNames: units.map((u) => u.name),
        unitIdOf: (n) => byName.get(n)!,
        taskCount: 2000,
        authorId: null,
      }),
    ));
    const plans = await t.gql<{ plans: Array<{ id: string; title: string }> }>(
      '{ plans { id title } }',
      {},
      token,
    );
    demoPlanId = plans.data!.plans.find((p) => p.title.includes('Hà Đông'))!.id;
  });
  afterAll(() => t.close());

  async function statementsFor(planId: string): Promise<{ statements: number; tasks: number }> {
    const before = t.queryCounter.count;
    const res = await t.gql<{
      plan: { counts: { tasks: number }; sections: Array<{ contents: Array<{ tasks: unknown[] }> }> };
    }>(TREE, { id: planId }, token);
    expect(res.errors).toBeUndefined();
    const tasks = res.data!.plan.sections.flatMap((s) => s.contents.flatMap((c) => c.tasks)).length;
    expect(tasks).toBe(res.data!.plan.counts.tasks);
    return { statements: t.queryCounter.count - before, tasks };
  }

  it('costs the same fixed number of SQL statements for 30 tasks and for 2,000', async () => {
    const demo = await statementsFor(demoPlanId);
    const big = await statementsFor(bigPlanId);
    expect(demo.tasks).toBe(30);
    expect(big.tasks).toBe(2000);
    expect(big.statements).toBe(demo.statements);
    // sign-in check, access (2), plan, organization, counts, sections, contents, tasks, units, updates
    expect(demo.statements).toBeLessThanOrEqual(12);
  });
});
