import { createOrganization, createUser } from '../../testing/factories';
import { createTestApp, TestApp } from '../../testing/test-app';

type Role = 'admin' | 'leader' | 'tthcc' | 'vhxh' | 'viewer' | 'city' | 'other';
const ROLES: Role[] = ['admin', 'leader', 'tthcc', 'vhxh', 'viewer', 'city', 'other'];
type Outcome = 'ok' | 'FORBIDDEN' | 'NOT_FOUND';

interface Fixture {
  planId: string;
  units: Record<string, string>;
  task(code: string): Promise<{ id: string; version: number; contentId: string }>;
  freshPlan(): Promise<{ planId: string; sectionId: string; contentId: string; taskId: string }>;
}

interface Case {
  name: string;
  expect: Record<Role, Outcome>;
  run(f: Fixture, token: string): Promise<Outcome>;
}

const ALL = (o: Outcome): Record<Role, Outcome> =>
  Object.fromEntries(ROLES.map((r) => [r, o])) as Record<Role, Outcome>;
const EDIT: Record<Role, Outcome> = {
  admin: 'ok',
  leader: 'ok',
  tthcc: 'FORBIDDEN',
  vhxh: 'FORBIDDEN',
  viewer: 'FORBIDDEN',
  city: 'FORBIDDEN',
  other: 'NOT_FOUND',
};
const ADMIN_ONLY: Record<Role, Outcome> = { ...ALL('FORBIDDEN'), admin: 'ok' };

describe('authorization: every mutation × every role', () => {
  let t: TestApp;
  const tokens = {} as Record<Role, string>;
  let fixture: Fixture;

  const outcome = (res: { errors?: Array<{ extensions?: Record<string, unknown> }> }): Outcome => {
    if (!res.errors) return 'ok';
    const code = res.errors[0].extensions?.code;
    if (code === 'FORBIDDEN' || code === 'NOT_FOUND') return code;
    throw new Error(`unexpected error: ${JSON.stringify(res.errors)}`);
  };
  const gql = async (token: string, query: string, variables: Record<string, unknown>) =>
    outcome(await t.gql(query, variables, token));
  const http = (status: number): Outcome =>
    status < 300
      ? 'ok'
      : status === 403
        ? 'FORBIDDEN'
        : status === 404
          ? 'NOT_FOUND'
          : (`HTTP ${status}` as Outcome);

  beforeAll(async () => {
    t = await createTestApp();
    await createUser(t.dataSource, { username: 'xem', role: 'VIEWER', organizationName: 'xã Hà Đông' });
    await createUser(t.dataSource, {
      username: 'thanhpho',
      role: 'LEADER',
      organizationName: 'Thành phố Hà Nội',
    });
    await createOrganization(t.dataSource, 'xã Kiến Hưng');
    await createUser(t.dataSource, {
      username: 'kienhung',
      role: 'LEADER',
      organizationName: 'xã Kiến Hưng',
    });
    const logins: Record<Role, string> = {
      admin: 'admin',
      leader: 'lanhdao',
      tthcc: 'tthcc',
      vhxh: 'vhxh',
      viewer: 'xem',
      city: 'thanhpho',
      other: 'kienhung',
    };
    for (const role of ROLES) tokens[role] = await t.login(logins[role]);
    const leader = tokens.leader;
    const planId = (await t.gql<{ plans: Array<{ id: string }> }>('{ plans { id } }', {}, leader)).data!
      .plans[0].id;
    const units = Object.fromEntries(
      (
        await t.gql<{ units: Array<{ id: string; name: string }> }>('{ units { id name } }', {}, leader)
      ).data!.units.map((u) => [u.name, u.id]),
    );
    fixture = {
      planId,
      units,
      async task(code) {
        const res = await t.gql<{
          plan: {
            sections: Array<{
              code: string;
              contents: Array<{ id: string; tasks: Array<{ id: string; code: string; version: number }> }>;
            }>;
          };
        }>(
          '{ plan(id: "' + planId + '") { sections { code contents { id tasks { id code version } } } } }',
          {},
          leader,
        );
        for (const s of res.data!.plan.sections)
          for (const c of s.contents)
            for (const x of c.tasks)
              if (`${s.code}.${x.code}` === code) return { id: x.id, version: x.version, contentId: c.id };
        throw new Error(code);
      },
      async freshPlan() {
        const plan = await t.gql<{ createPlan: { id: string } }>(
          'mutation { createPlan(input: { title: "Tạm", year: 2030 }) { id } }',
          {},
          leader,
        );
        const p = plan.data!.createPlan.id;
        const s = await t.gql<{ createSection: { id: string } }>(
          'mutation($p: ID!) { createSection(input: { planId: $p, title: "Mục" }) { id } }',
          { p },
          leader,
        );
        const c = await t.gql<{ createContent: { id: string } }>(
          'mutation($s: ID!) { createContent(input: { sectionId: $s, title: "Nội dung" }) { id } }',
          { s: s.data!.createSection.id },
          leader,
        );
        const k = await t.gql<{ createTask: { id: string } }>(
          'mutation($c: ID!) { createTask(input: { contentId: $c, description: "Việc", leadUnitIds: [], coordinatingUnitIds: [], deadlineText: "" }) { id } }',
          { c: c.data!.createContent.id },
          leader,
        );
        return {
          planId: p,
          sectionId: s.data!.createSection.id,
          contentId: c.data!.createContent.id,
          taskId: k.data!.createTask.id,
        };
      },
    };
  });
  afterAll(() => t.close());

  const cases: Case[] = [
    {
      name: 'createPlan',
      expect: { ...EDIT, city: 'ok', other: 'ok' },
      run: (_f, tk) =>
        gql(tk, 'mutation { createPlan(input: { title: "Kế hoạch", year: 2031 }) { id } }', {}),
    },
    {
      name: 'updatePlan',
      expect: EDIT,
      run: async (f, tk) =>
        gql(tk, 'mutation($i: UpdatePlanInput!) { updatePlan(input: $i) { id } }', {
          i: { id: (await f.freshPlan()).planId, title: 'Mới' },
        }),
    },
    {
      name: 'deletePlan',
      expect: EDIT,
      run: async (f, tk) =>
        gql(tk, 'mutation($id: ID!) { deletePlan(id: $id) }', { id: (await f.freshPlan()).planId }),
    },
    {
      name: 'createSection',
      expect: EDIT,
      run: async (f, tk) =>
        gql(tk, 'mutation($p: ID!) { createSection(input: { planId: $p, title: "M" }) { id } }', {
          p: (await f.freshPlan()).planId,
        }),
    },
    {
      name: 'updateSection',
      expect: EDIT,
      run: async (f, tk) =>
        gql(tk, 'mutation($id: ID!) { updateSection(input: { id: $id, title: "M2" }) { id } }', {
          id: (await f.freshPlan()).sectionId,
        }),
    },
    {
      name: 'moveSection',
      expect: EDIT,
      run: async (f, tk) =>
        gql(tk, 'mutation($id: ID!) { moveSection(input: { id: $id, position: 0 }) { id } }', {
          id: (await f.freshPlan()).sectionId,
        }),
    },
    {
      name: 'deleteSection',
      expect: EDIT,
      run: async (f, tk) =>
        gql(tk, 'mutation($id: ID!) { deleteSection(id: $id) }', { id: (await f.freshPlan()).sectionId }),
    },
    {
      name: 'createContent',
      expect: EDIT,
      run: async (f, tk) =>
        gql(tk, 'mutation($s: ID!) { createContent(input: { sectionId: $s, title: "N" }) { id } }', {
          s: (await f.freshPlan()).sectionId,
        }),
    },
    {
      name: 'updateContent',
      expect: EDIT,
      run: async (f, tk) =>
        gql(tk, 'mutation($id: ID!) { updateContent(input: { id: $id, title: "N2" }) { id } }', {
          id: (await f.freshPlan()).contentId,
        }),
    },
    {
      name: 'moveContent',
      expect: EDIT,
      run: async (f, tk) =>
        gql(tk, 'mutation($id: ID!) { moveContent(input: { id: $id, position: 0 }) { id } }', {
          id: (await f.freshPlan()).contentId,
        }),
    },
    {
      name: 'deleteContent',
      expect: EDIT,
      run: async (f, tk) =>
        gql(tk, 'mutation($id: ID!) { deleteContent(id: $id) }', { id: (await f.freshPlan()).contentId }),
    },
    {
      name: 'createTask',
      expect: EDIT,
      run: async (f, tk) =>
        gql(
          tk,
          'mutation($c: ID!) { createTask(input: { contentId: $c, description: "V", leadUnitIds: [], coordinatingUnitIds: [], deadlineText: "" }) { id } }',
          {
            c: (await f.freshPlan()).contentId,
          },
        ),
    },
    {
      name: 'updateTask',
      expect: EDIT,
      run: async (f, tk) =>
        gql(
          tk,
          'mutation($id: ID!) { updateTask(input: { id: $id, expectedVersion: 1, description: "V2" }) { id } }',
          { id: (await f.freshPlan()).taskId },
        ),
    },
    {
      name: 'moveTask',
      expect: EDIT,
      run: async (f, tk) =>
        gql(tk, 'mutation($id: ID!) { moveTask(input: { id: $id, position: 0 }) { id } }', {
          id: (await f.freshPlan()).taskId,
        }),
    },
    {
      name: 'deleteTask',
      expect: EDIT,
      run: async (f, tk) =>
        gql(tk, 'mutation($id: ID!) { deleteTask(id: $id) }', { id: (await f.freshPlan()).taskId }),
    },
    {
      name: 'assignTask',
      expect: EDIT,
      run: async (f, tk) => {
        const x = await f.task('V.6');
        return gql(tk, 'mutation($i: AssignTaskInput!) { assignTask(input: $i) { id } }', {
          i: {
            taskId: x.id,
            leadUnitIds: [f.units['Trung tâm Phục vụ hành chính công']],
            coordinatingUnitIds: [],
            deadlineText: 'Thường xuyên',
            expectedVersion: x.version,
          },
        });
      },
    },
    {
      name: 'assignTasks',
      expect: EDIT,
      run: async (f, tk) => {
        const x = await f.task('V.6');
        return gql(tk, 'mutation($i: AssignTasksInput!) { assignTasks(input: $i) { id } }', {
          i: { tasks: [{ taskId: x.id, expectedVersion: x.version }], deadlineText: 'Thường xuyên' },
        });
      },
    },
    {
      name: 'reportProgress (task led by Trung tâm Phục vụ hành chính công)',
      expect: { ...EDIT, tthcc: 'ok' },
      run: async (f, tk) => {
        const x = await f.task('V.7');
        return gql(tk, 'mutation($i: ReportProgressInput!) { reportProgress(input: $i) { id } }', {
          i: { taskId: x.id, status: 'IN_PROGRESS', evidence: [], expectedVersion: x.version },
        });
      },
    },
    {
      name: 'addContribution (task coordinated by Các phòng chuyên môn)',
      expect: { ...EDIT, tthcc: 'ok', vhxh: 'ok' },
      run: async (f, tk) =>
        gql(tk, 'mutation($i: ContributionInput!) { addContribution(input: $i) { id } }', {
          i: { taskId: (await f.task('III.1')).id, note: 'Ý kiến', evidence: [] },
        }),
    },
    {
      name: 'copyPlanToYear',
      expect: EDIT,
      run: async (f, tk) =>
        gql(tk, 'mutation($p: ID!) { copyPlanToYear(input: { planId: $p, year: 2032 }) { id } }', {
          p: (await f.freshPlan()).planId,
        }),
    },
    {
      name: 'createUser',
      expect: ADMIN_ONLY,
      run: (_f, tk) =>
        gql(
          tk,
          'mutation($u: String!) { createUser(input: { username: $u, fullName: "Người mới", password: "matkhau123", role: VIEWER }) { id } }',
          { u: `u${Math.random().toString(36).slice(2, 9)}` },
        ),
    },
    {
      name: 'updateUser',
      expect: ADMIN_ONLY,
      run: async (_f, tk) => {
        const viewer = await t.dataSource.query(`SELECT id FROM app_user WHERE username = 'xem'`);
        return gql(
          tk,
          'mutation($id: ID!) { updateUser(input: { id: $id, fullName: "Người xem" }) { id } }',
          { id: viewer[0].id },
        );
      },
    },
    {
      name: 'createUnit',
      expect: ADMIN_ONLY,
      run: (_f, tk) =>
        gql(
          tk,
          'mutation($n: String!) { createUnit(input: { name: $n, isGroup: false, memberIds: [] }) { id } }',
          { n: `Tổ ${Math.random()}` },
        ),
    },
    {
      name: 'updateUnit',
      expect: ADMIN_ONLY,
      run: (f, tk) =>
        gql(tk, 'mutation($id: ID!) { updateUnit(input: { id: $id, shortName: "KT" }) { id } }', {
          id: f.units['Phòng Kinh tế'],
        }),
    },
    {
      name: 'deleteUnit',
      expect: ADMIN_ONLY,
      run: async (_f, tk) => {
        const admin = tokens.admin;
        const made = await t.gql<{ createUnit: { id: string } }>(
          'mutation($n: String!) { createUnit(input: { name: $n, isGroup: false, memberIds: [] }) { id } }',
          { n: `Tổ xoá ${Math.random()}` },
          admin,
        );
        return gql(tk, 'mutation($id: ID!) { deleteUnit(id: $id) }', { id: made.data!.createUnit.id });
      },
    },
    {
      name: 'updateOrganizationSettings',
      expect: ADMIN_ONLY,
      run: (_f, tk) =>
        gql(tk, 'mutation { updateOrganizationSettings(input: { place: "Hà Đông" }) { place } }', {}),
    },
    {
      name: 'GET appendix.docx',
      expect: {
        admin: 'FORBIDDEN',
        leader: 'ok',
        tthcc: 'ok',
        vhxh: 'ok',
        viewer: 'FORBIDDEN',
        city: 'FORBIDDEN',
        other: 'NOT_FOUND',
      },
      run: async (f, tk) =>
        http(
          (
            await t
              .http()
              .get(`/api/plans/${f.planId}/appendix.docx?period=QUARTER-2026-1`)
              .set('Authorization', `Bearer ${tk}`)
          ).status,
        ),
    },
    {
      name: 'POST /api/plans/import',
      expect: { ...EDIT, city: 'ok', other: 'ok' },
      run: async (_f, tk) =>
        http(
          (
            await t
              .http()
              .post('/api/plans/import?dryRun=true')
              .set('Authorization', `Bearer ${tk}`)
              .field(
                'text',
                'TT\tNội dung công việc\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian hoàn thành\nI\tMục\n1\tViệc\tPhòng Kinh tế\t\tThường xuyên',
              )
          ).status,
        ),
    },
    {
      name: 'POST evidence file (task led by Phòng Văn hoá-Xã hội)',
      expect: { ...EDIT, tthcc: 'ok', vhxh: 'ok' },
      run: async (f, tk) =>
        http(
          (
            await t
              .http()
              .post(`/api/tasks/${(await f.task('III.8')).id}/evidence-files`)
              .set('Authorization', `Bearer ${tk}`)
              .attach('file', Buffer.from('%PDF-1.4\n%%EOF'), 'a.pdf')
          ).status,
        ),
    },
  ];

  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const got = {} as Record<Role, Outcome>;
    for (const role of ROLES) got[role] = await c.run(fixture, tokens[role]);
    expect(got).toEqual(c.expect);
  });

  it('lets the city read a commune plan but not another commune read it', async () => {
    const query = `query($id: ID!) { plan(id: $id) { id counts { tasks } } }`;
    const city = await t.gql<{ plan: { counts: { tasks: number } } | null }>(
      query,
      { id: fixture.planId },
      tokens.city,
    );
    expect(city.data!.plan!.counts.tasks).toBe(30);
    const other = await t.gql<{ plan: unknown }>(query, { id: fixture.planId }, tokens.other);
    expect(other.data!.plan).toBeNull();
    const otherList = await t.gql<{ plans: Array<{ id: string; organization: { name: string } }> }>(
      '{ plans { id organization { name } } }',
      {},
      tokens.other,
    );
    expect(otherList.data!.plans.map((p) => p.id)).not.toContain(fixture.planId);
    expect(new Set(otherList.data!.plans.map((p) => p.organization.name))).toEqual(new Set(['xã Kiến Hưng']));
  });

  it('refuses the city a write with a message saying why', async () => {
    const x = await fixture.task('V.6');
    const res = await t.gql(
      'mutation($i: AssignTaskInput!) { assignTask(input: $i) { id } }',
      {
        i: {
          taskId: x.id,
          leadUnitIds: [fixture.units['Phòng Kinh tế']],
          deadlineText: '',
          expectedVersion: x.version,
        },
      },
      tokens.city,
    );
    expect(res.errors?.[0].message).toBe('Cấp trên chỉ được xem, không được sửa dữ liệu của cấp xã');
  });
});
