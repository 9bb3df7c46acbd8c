import { createTestApp, TestApp } from '../../testing/test-app';

const TASKS = `query($id: ID!) { plan(id: $id) { sections { code contents { tasks { id code version status deadline { text }
  leadUnits { name } coordinatingUnits { name } updates { kind status result author { fullName } evidence { number title fileId } } } } } } }`;

type Task = {
  id: string;
  code: string;
  version: number;
  status: string;
  deadline: { text: string };
  leadUnits: Array<{ name: string }>;
  coordinatingUnits: Array<{ name: string }>;
  updates: Array<{
    kind: string;
    status: string;
    result: string;
    author: { fullName: string } | null;
    evidence: Array<{ number: string; fileId: string | null }>;
  }>;
};

describe('contributions, bulk assignment and evidence files', () => {
  let t: TestApp;
  let leader: string;
  let tthcc: string;
  let vhxh: string;
  let planId: string;
  let units: Record<string, string>;

  const tasks = async () => {
    const res = await t.gql<{
      plan: { sections: Array<{ code: string; contents: Array<{ tasks: Task[] }> }> };
    }>(TASKS, { id: planId }, leader);
    return new Map(
      res.data!.plan.sections.flatMap((s) =>
        s.contents.flatMap((c) => c.tasks.map((x) => [`${s.code}.${x.code}`, x])),
      ),
    );
  };

  beforeAll(async () => {
    t = await createTestApp();
    [leader, tthcc, vhxh] = [await t.login('lanhdao'), await t.login('tthcc'), await t.login('vhxh')];
    planId = (await t.gql<{ plans: Array<{ id: string }> }>('{ plans { id } }', {}, leader)).data!.plans[0]
      .id;
    units = Object.fromEntries(
      (
        await t.gql<{ units: Array<{ id: string; name: string }> }>('{ units { id name } }', {}, leader)
      ).data!.units.map((u) => [u.name, u.id]),
    );
  });
  afterAll(() => t.close());

  it('lets an officer of a coordinating group add a note that leaves the status alone', async () => {
    const task = (await tasks()).get('III.1')!;
    expect(task.coordinatingUnits.map((u) => u.name)).toEqual(['Các phòng chuyên môn']);
    const res = await t.gql(
      'mutation($i: ContributionInput!) { addContribution(input: $i) { id status version } }',
      { i: { taskId: task.id, note: 'Phòng VH-XH đã rà soát 12 quy trình', evidence: [] } },
      vhxh,
    );
    expect(res.errors).toBeUndefined();
    const after = (await tasks()).get('III.1')!;
    expect(after.status).toBe(task.status);
    expect(after.updates.at(-1)).toMatchObject({
      kind: 'CONTRIBUTION',
      result: 'Phòng VH-XH đã rà soát 12 quy trình',
      author: { fullName: 'Trần Minh Tuấn' },
    });
  });

  it('refuses a coordinating officer changing the status', async () => {
    const task = (await tasks()).get('III.1')!;
    const res = await t.gql(
      'mutation($i: ReportProgressInput!) { reportProgress(input: $i) { id } }',
      { i: { taskId: task.id, status: 'DONE', evidence: [], expectedVersion: task.version } },
      vhxh,
    );
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses a note from an officer whose unit neither leads nor coordinates', async () => {
    const task = (await tasks()).get('II.2.5')!;
    const assigned = await t.gql(
      'mutation($i: AssignTaskInput!) { assignTask(input: $i) { id } }',
      {
        i: {
          taskId: task.id,
          leadUnitIds: [units['Phòng Kinh tế']],
          coordinatingUnitIds: [],
          deadlineText: task.deadline.text,
          expectedVersion: task.version,
        },
      },
      leader,
    );
    expect(assigned.errors).toBeUndefined();
    const res = await t.gql(
      'mutation($i: ContributionInput!) { addContribution(input: $i) { id } }',
      { i: { taskId: task.id, note: 'Ý kiến', evidence: [] } },
      tthcc,
    );
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(res.errors?.[0].message).toBe(
      'Chỉ đơn vị chủ trì hoặc phối hợp mới được ghi ý kiến phối hợp cho nhiệm vụ này',
    );
  });

  it('assigns many tasks at once and refuses the whole batch when one version is stale', async () => {
    const all = await tasks();
    const picked = ['V.1', 'V.3', 'V.4'].map((k) => all.get(k)!);
    const assign = (items: Array<{ taskId: string; expectedVersion: number }>) =>
      t.gql<{
        assignTasks: Array<{
          code: string;
          version: number;
          leadUnits: Array<{ name: string }>;
          coordinatingUnits: Array<{ name: string }>;
        }>;
      }>(
        'mutation($i: AssignTasksInput!) { assignTasks(input: $i) { code version leadUnits { name } coordinatingUnits { name } } }',
        { i: { tasks: items, leadUnitIds: [units['Phòng Kinh tế']] } },
        leader,
      );
    const stale = await assign([
      { taskId: picked[0].id, expectedVersion: picked[0].version },
      { taskId: picked[1].id, expectedVersion: picked[1].version - 0 + 7 },
    ]);
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await tasks()).get('V.1')!.leadUnits.map((u) => u.name)).toEqual([
      'Trung tâm Phục vụ hành chính công',
    ]);
    const ok = await assign(picked.map((p) => ({ taskId: p.id, expectedVersion: p.version })));
    expect(ok.errors).toBeUndefined();
    expect(
      ok.data!.assignTasks.map((x) => [
        x.code,
        x.leadUnits.map((u) => u.name),
        x.coordinatingUnits.map((u) => u.name),
      ]),
    ).toEqual([
      ['1', ['Phòng Kinh tế'], ['Các cơ quan, đơn vị liên quan']],
      ['3', ['Phòng Kinh tế'], ['Các cơ quan, đơn vị liên quan']],
      ['4', ['Phòng Kinh tế'], ['Các cơ quan, đơn vị liên quan']],
    ]);
    const audit = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_entry WHERE action = 'assign' AND entity_id = ANY($1::uuid[])`,
      [picked.map((p) => p.id)],
    );
    expect(audit[0].n).toBe(3);
  });

  it('stores an uploaded evidence file, cites it in a report and serves it back', async () => {
    const task = (await tasks()).get('III.8')!;
    const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(2000, 32), Buffer.from('\n%%EOF')]);
    const up = await t
      .http()
      .post(`/api/tasks/${task.id}/evidence-files`)
      .set('Authorization', `Bearer ${vhxh}`)
      .attach('file', pdf, 'Kế hoạch 90-KH-UBND.pdf');
    expect(up.status).toBe(201);
    expect(up.body).toMatchObject({
      fileName: 'Kế hoạch 90-KH-UBND.pdf',
      size: pdf.length,
      contentType: 'application/pdf',
    });
    const report = await t.gql(
      'mutation($i: ReportProgressInput!) { reportProgress(input: $i) { id } }',
      {
        i: {
          taskId: task.id,
          status: 'DONE',
          result: 'Đã triển khai',
          evidence: [
            { number: '90/KH-UBND', date: '2026-03-26', title: 'Kế hoạch rà soát', fileId: up.body.id },
          ],
          expectedVersion: task.version,
        },
      },
      vhxh,
    );
    expect(report.errors).toBeUndefined();
    expect((await tasks()).get('III.8')!.updates.at(-1)!.evidence).toEqual([
      { number: '90/KH-UBND', title: 'Kế hoạch rà soát', fileId: up.body.id },
    ]);
    const down = await t
      .http()
      .get(`/api/evidence-files/${up.body.id}`)
      .set('Authorization', `Bearer ${leader}`)
      .buffer(true);
    expect(down.status).toBe(200);
    expect(down.headers['content-disposition']).toContain("filename*=UTF-8''K%E1%BA%BF");
  });

  it('refuses an executable posing as a document, and a file cited from another task', async () => {
    const all = await tasks();
    const task = all.get('III.8')!;
    const exe = await t
      .http()
      .post(`/api/tasks/${task.id}/evidence-files`)
      .set('Authorization', `Bearer ${vhxh}`)
      .attach('file', Buffer.from('MZ\x90\x00binary'), 'bao-cao.pdf');
    expect(exe.status).toBe(400);
    expect(exe.body.message).toBe('Chỉ nhận tệp minh chứng PDF, Word (.docx), Excel (.xlsx), JPEG hoặc PNG.');
    const other = all.get('II.3.3')!;
    const pdf = Buffer.from('%PDF-1.4\n%%EOF');
    const up = await t
      .http()
      .post(`/api/tasks/${other.id}/evidence-files`)
      .set('Authorization', `Bearer ${tthcc}`)
      .attach('file', pdf, 'a.pdf');
    expect(up.status).toBe(201);
    const res = await t.gql(
      'mutation($i: ReportProgressInput!) { reportProgress(input: $i) { id } }',
      {
        i: {
          taskId: task.id,
          status: 'DONE',
          evidence: [{ number: '1', title: 'x', fileId: up.body.id }],
          expectedVersion: task.version,
        },
      },
      vhxh,
    );
    expect(res.errors?.[0].message).toContain('evidence.fileId: không có tệp');
  });
});
