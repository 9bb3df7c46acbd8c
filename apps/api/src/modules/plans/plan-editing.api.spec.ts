import { createTestApp, TestApp } from '../../testing/test-app';

const SNAPSHOT = `query($id: ID!) { plan(id: $id) { title counts { sections contents tasks }
  sections { id code title contents { id code title tasks { id code description version deadline { text } leadUnits { name } } } } } }`;

interface Snapshot {
  plan: {
    counts: { sections: number; contents: number; tasks: number };
    sections: Array<{
      id: string;
      code: string;
      title: string;
      contents: Array<{
        id: string;
        code: string;
        title: string;
        tasks: Array<{ id: string; code: string; version: number }>;
      }>;
    }>;
  };
}

describe('editing a plan through GraphQL', () => {
  let t: TestApp;
  let leader: string;
  let planId: string;
  let unitIds: Record<string, string>;

  const snapshot = async () => (await t.gql<Snapshot>(SNAPSHOT, { id: planId }, leader)).data!.plan;

  beforeAll(async () => {
    t = await createTestApp();
    leader = await t.login('lanhdao');
    const res = await t.gql<{ createPlan: { id: string } }>(
      'mutation($i: CreatePlanInput!) { createPlan(input: $i) { id } }',
      { i: { title: 'Kế hoạch thử', year: 2027, decision: 'Quyết định số 1/QĐ-UBND ngày 05/01/2027' } },
      leader,
    );
    planId = res.data!.createPlan.id;
    const units = await t.gql<{ units: Array<{ id: string; name: string }> }>(
      '{ units { id name } }',
      {},
      leader,
    );
    unitIds = Object.fromEntries(units.data!.units.map((u) => [u.name, u.id]));
  });
  afterAll(() => t.close());

  async function createSection(title: string, position?: number) {
    const res = await t.gql<{ createSection: { id: string; code: string } }>(
      'mutation($i: CreateSectionInput!) { createSection(input: $i) { id code } }',
      { i: { planId, title, position } },
      leader,
    );
    expect(res.errors).toBeUndefined();
    return res.data!.createSection;
  }

  async function createContent(sectionId: string, title: string) {
    const res = await t.gql<{ createContent: { id: string; code: string } }>(
      'mutation($i: CreateContentInput!) { createContent(input: $i) { id code } }',
      { i: { sectionId, title } },
      leader,
    );
    expect(res.errors).toBeUndefined();
    return res.data!.createContent;
  }

  async function createTask(contentId: string, description: string, extra: Record<string, unknown> = {}) {
    return t.gql<{
      createTask: {
        id: string;
        code: string;
        version: number;
        deadline: { recurring: boolean; dueDate: string };
      };
    }>(
      'mutation($i: CreateTaskInput!) { createTask(input: $i) { id code version deadline { recurring dueDate } } }',
      {
        i: {
          contentId,
          description,
          leadUnitIds: [unitIds['Trung tâm Phục vụ hành chính công']],
          coordinatingUnitIds: [unitIds['Các phòng chuyên môn']],
          deadlineText: 'Thường xuyên Chậm nhất ngày 15/9/2027',
          ...extra,
        },
      },
      leader,
    );
  }

  it('creates sections, contents and tasks and numbers them like the appendix', async () => {
    const s1 = await createSection('Nhiệm vụ xây dựng thể chế');
    const s2 = await createSection('Nhiệm vụ cải cách TTHC');
    expect([s1.code, s2.code]).toEqual(['I', 'II']);
    const c1 = await createContent(s2.id, 'Tổ chức thực hiện');
    const first = await createTask(c1.id, 'Rà soát TTHC');
    expect(first.errors).toBeUndefined();
    expect(first.data!.createTask).toMatchObject({
      code: '1',
      version: 1,
      deadline: { recurring: true, dueDate: '2027-09-15' },
    });
    const second = await createTask(c1.id, 'Công khai TTHC\n- trên cổng thông tin\n- tại bộ phận một cửa');
    expect(second.data!.createTask.code).toBe('1.2');
    const plan = await snapshot();
    expect(plan.counts).toEqual({ sections: 2, contents: 1, tasks: 2 });
    expect(plan.sections[1].contents[0].tasks.map((x) => x.code)).toEqual(['1.1', '1.2']);
  });

  it('reorders: moving a section first renumbers I and II', async () => {
    const before = await snapshot();
    const second = before.sections[1];
    const res = await t.gql(
      'mutation($i: MoveInput!) { moveSection(input: $i) { code } }',
      { i: { id: second.id, position: 0 } },
      leader,
    );
    expect(res.errors).toBeUndefined();
    const after = await snapshot();
    expect(after.sections.map((s) => [s.code, s.title])).toEqual([
      ['I', 'Nhiệm vụ cải cách TTHC'],
      ['II', 'Nhiệm vụ xây dựng thể chế'],
    ]);
  });

  it('edits a task at its version and refuses a stale version, naming who changed it', async () => {
    const task = (await snapshot()).sections[0].contents[0].tasks[0];
    const edit = (version: number, description: string) =>
      t.gql<{ updateTask: { version: number; description: string } }>(
        'mutation($i: UpdateTaskInput!) { updateTask(input: $i) { version description } }',
        { i: { id: task.id, expectedVersion: version, description } },
        leader,
      );
    const ok = await edit(task.version, 'Rà soát, đánh giá TTHC');
    expect(ok.data!.updateTask).toEqual({ version: task.version + 1, description: 'Rà soát, đánh giá TTHC' });
    const stale = await edit(task.version, 'Bản sửa cũ');
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(stale.errors?.[0].message).toMatch(
      /^Nhiệm vụ 1\.1 đã được Lê Văn Đạt thay đổi lúc \d\d:\d\d ngày \d\d\/\d\d\/\d{4}/,
    );
    const after = (await snapshot()).sections[0].contents[0].tasks[0];
    expect(after.version).toBe(task.version + 1);
  });

  it.each([
    [
      'an empty title',
      'mutation { createSection(input: { planId: "PLAN", title: "" }) { id } }',
      'title: không được để trống',
    ],
    [
      'a malformed unit id',
      'mutation { createTask(input: { contentId: "CONTENT", description: "X", leadUnitIds: ["abc"], coordinatingUnitIds: [], deadlineText: "" }) { id } }',
      'leadUnitIds: mỗi phần tử phải là một mã (UUID) hợp lệ',
    ],
    [
      'a unit of no organization',
      'mutation { createTask(input: { contentId: "CONTENT", description: "X", leadUnitIds: ["00000000-0000-4000-8000-000000000001"], coordinatingUnitIds: [], deadlineText: "" }) { id } }',
      'leadUnitIds: không có đơn vị 00000000-0000-4000-8000-000000000001',
    ],
    [
      'a negative position',
      'mutation { moveSection(input: { id: "SECTION", position: -1 }) { id } }',
      'position: không được âm',
    ],
    [
      'a year out of range',
      'mutation { updatePlan(input: { id: "PLAN", year: 1990 }) { id } }',
      'year: phải từ năm 2000 trở đi',
    ],
    [
      'a task that does not exist',
      'mutation { updateTask(input: { id: "00000000-0000-4000-8000-000000000009", expectedVersion: 1, description: "X" }) { id } }',
      'Không tìm thấy nhiệm vụ có mã 00000000-0000-4000-8000-000000000009',
    ],
  ])('refuses %s with a precise message and changes nothing', async (_name, template, message) => {
    const before = await snapshot();
    const ids = { PLAN: planId, SECTION: before.sections[0].id, CONTENT: before.sections[0].contents[0].id };
    const query = template.replace(/PLAN|SECTION|CONTENT/g, (k) => ids[k as keyof typeof ids]);
    const res = await t.gql(query, {}, leader);
    expect(res.errors?.[0].extensions?.code).toMatch(/BAD_USER_INPUT|NOT_FOUND/);
    expect(res.errors?.[0].message).toContain(message);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses an officer editing the plan, and changes nothing', async () => {
    const officer = await t.login('vhxh');
    const before = await snapshot();
    const res = await t.gql(
      'mutation($i: CreateSectionInput!) { createSection(input: $i) { id } }',
      { i: { planId, title: 'X' } },
      officer,
    );
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(res.errors?.[0].message).toBe('Bạn không có quyền thực hiện thao tác này');
    expect(await snapshot()).toEqual(before);
  });

  it('deletes a task, a content and a section, renumbering what remains', async () => {
    const before = await snapshot();
    const content = before.sections[0].contents[0];
    await t.gql('mutation($id: ID!) { deleteTask(id: $id) }', { id: content.tasks[0].id }, leader);
    let plan = await snapshot();
    expect(plan.sections[0].contents[0].tasks.map((x) => x.code)).toEqual(['1']);
    await t.gql('mutation($id: ID!) { deleteContent(id: $id) }', { id: content.id }, leader);
    await t.gql('mutation($id: ID!) { deleteSection(id: $id) }', { id: before.sections[0].id }, leader);
    plan = await snapshot();
    expect(plan.counts).toEqual({ sections: 1, contents: 0, tasks: 0 });
    expect(plan.sections.map((s) => [s.code, s.title])).toEqual([['I', 'Nhiệm vụ xây dựng thể chế']]);
  });

  it('records every change in the audit trail with who and what', async () => {
    const rows: Array<{ action: string; entity_type: string; actor_name: string }> = await t.dataSource.query(
      'SELECT action, entity_type, actor_name FROM audit_entry WHERE plan_id = $1 OR entity_id = $1 ORDER BY created_at',
      [planId],
    );
    const actions = rows.map((r) => `${r.entity_type}:${r.action}`);
    expect(actions).toEqual(
      expect.arrayContaining([
        'plan:create',
        'section:create',
        'content:create',
        'task:create',
        'section:move',
        'task:update',
        'task:delete',
        'content:delete',
        'section:delete',
      ]),
    );
    expect(new Set(rows.map((r) => r.actor_name))).toEqual(new Set(['Lê Văn Đạt']));
  });

  it('shows the audit trail of the plan to the leader with what changed from what, and refuses it to an officer', async () => {
    const trail = await t.gql<{
      auditTrail: Array<{ action: string; entityType: string; actorName: string; changes: string }>;
    }>(
      'query($p: ID!) { auditTrail(planId: $p) { action entityType actorName changes } }',
      { p: planId },
      leader,
    );
    expect(trail.errors).toBeUndefined();
    const moved = trail.data!.auditTrail.find((e) => e.entityType === 'section' && e.action === 'move')!;
    expect(moved.actorName).toBe('Lê Văn Đạt');
    expect(JSON.parse(moved.changes)).toEqual({ position: { from: 1, to: 0 } });
    const officer = await t.login('vhxh');
    const refused = await t.gql(
      'query($p: ID!) { auditTrail(planId: $p) { action } }',
      { p: planId },
      officer,
    );
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
