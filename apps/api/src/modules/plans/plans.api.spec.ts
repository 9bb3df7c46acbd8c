import { fixtureTasks, HA_DONG_2026 } from '@kstthc/domain';
import { createTestApp, TestApp } from '../../testing/test-app';

const TREE = `query($id: ID!) {
  plan(id: $id) {
    id title year decision organization { id name }
    counts { sections contents tasks }
    sections { id code title contents { id code title isTask tasks {
      id code description version status result
      leadUnits { id name } coordinatingUnits { id name }
      deadline { text recurring dueDate freeText period { kind year index } }
      updates { status result reportedAt author { fullName } }
    } } }
  }
}`;

interface TreeTask {
  id: string;
  code: string;
  description: string;
  version: number;
  status: string;
  result: string | null;
  leadUnits: Array<{ id: string; name: string }>;
  coordinatingUnits: Array<{ id: string; name: string }>;
  deadline: { text: string; recurring: boolean; dueDate: string | null; freeText: string | null };
  updates: Array<{ status: string; result: string; reportedAt: string; author: { fullName: string } | null }>;
}
interface Tree {
  plan: {
    id: string;
    title: string;
    counts: { sections: number; contents: number; tasks: number };
    organization: { name: string };
    sections: Array<{
      id: string;
      code: string;
      title: string;
      contents: Array<{ id: string; code: string; title: string; isTask: boolean; tasks: TreeTask[] }>;
    }>;
  } | null;
}

describe('plans API', () => {
  let t: TestApp;
  let leader: string;
  let planId: string;

  beforeAll(async () => {
    t = await createTestApp();
    leader = await t.login('lanhdao');
    const res = await t.gql<{ plans: Array<{ id: string; year: number }> }>(
      '{ plans(year: 2026) { id year } }',
      {},
      leader,
    );
    planId = res.data!.plans[0].id;
  });
  afterAll(() => t.close());

  it('refuses every query without a signed-in user, in Vietnamese', async () => {
    const res = await t.gql('{ plans { id } }');
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(res.errors?.[0].message).toBe('Bạn cần đăng nhập để tiếp tục');
  });

  it('refuses a wrong password without saying which part was wrong', async () => {
    const wrongPassword = await t.gql('mutation { login(username: "lanhdao", password: "sai") { token } }');
    const unknownUser = await t.gql(
      'mutation { login(username: "khongco", password: "demo1234") { token } }',
    );
    expect(wrongPassword.errors?.[0].message).toBe('Tên đăng nhập hoặc mật khẩu không đúng');
    expect(unknownUser.errors?.[0].message).toBe(wrongPassword.errors?.[0].message);
  });

  it('reads the demo plan as a tree of 5 sections, 22 contents and 30 tasks', async () => {
    const res = await t.gql<Tree>(TREE, { id: planId }, leader);
    expect(res.errors).toBeUndefined();
    const plan = res.data!.plan!;
    expect(plan.counts).toEqual({ sections: 5, contents: 22, tasks: 30 });
    expect(plan.title).toBe(HA_DONG_2026.plan.title);
    expect(plan.organization.name).toBe('xã Hà Đông');
    expect(plan.sections.map((s) => s.code)).toEqual(['I', 'II', 'III', 'IV', 'V']);
  });

  it('matches seed 003 task by task: code, description, units, completion time, result', async () => {
    const res = await t.gql<Tree>(TREE, { id: planId }, leader);
    const tasks = res.data!.plan!.sections.flatMap((s) =>
      s.contents.flatMap((c) =>
        c.tasks.map((task) => ({ section: s.code, content: c.code, isTask: c.isTask, task })),
      ),
    );
    const expected = fixtureTasks();
    expect(tasks).toHaveLength(30);
    tasks.forEach(({ section, content, task }, i) => {
      const want = expected[i];
      expect({ section, content, code: task.code }).toEqual({
        section: want.sectionCode,
        content: want.contentCode,
        code: want.code,
      });
      expect(task.description).toBe(want.description);
      expect(task.leadUnits.map((u) => u.name)).toEqual(want.leadUnits);
      expect(task.coordinatingUnits.map((u) => u.name)).toEqual(want.coordinatingUnits);
      expect(task.deadline.text).toBe(want.deadlineText);
      expect(task.result).toBe(want.result);
      expect(task.status).toBe(want.status);
      expect(task.updates).toHaveLength(1);
    });
    const byCode = new Map(tasks.map(({ section, task }) => [`${section}.${task.code}`, task]));
    expect(byCode.get('II.2.3')!.deadline).toMatchObject({ recurring: true, dueDate: '2026-09-15' });
    expect(byCode.get('II.2.5')!.deadline).toMatchObject({
      recurring: false,
      dueDate: null,
      freeText: 'Theo lộ trình của Nghị quyết',
    });
    expect(byCode.get('II.3.2')!.leadUnits.map((u) => u.name)).toEqual([
      'Các phòng chuyên môn',
      'Trung tâm Dịch vụ sự nghiệp công',
    ]);
    expect(byCode.get('IV.2')!.leadUnits.map((u) => u.name)).toEqual(['Các cơ quan, đơn vị liên quan']);
    expect(tasks.filter((x) => x.isTask)).toHaveLength(20);
  });

  it('answers null for a plan id that does not exist', async () => {
    const res = await t.gql<Tree>(TREE, { id: '00000000-0000-4000-8000-000000000000' }, leader);
    expect(res.errors).toBeUndefined();
    expect(res.data!.plan).toBeNull();
  });

  it('tells a signed-in officer their organization, unit and the groups they act for', async () => {
    const officer = await t.login('vhxh');
    const res = await t.gql<{
      me: { role: string; organization: { name: string }; unit: { name: string } };
      units: Array<{ name: string; isGroup: boolean; members: Array<{ name: string }> }>;
    }>(
      '{ me { role organization { name } unit { name } } units { name isGroup members { name } } }',
      {},
      officer,
    );
    expect(res.data!.me).toEqual({
      role: 'OFFICER',
      organization: { name: 'xã Hà Đông' },
      unit: { name: 'Phòng Văn hoá-Xã hội' },
    });
    const group = res.data!.units.find((u) => u.name === 'Các phòng chuyên môn')!;
    expect(group.isGroup).toBe(true);
    expect(group.members.map((m) => m.name)).toContain('Phòng Văn hoá-Xã hội');
  });
});
