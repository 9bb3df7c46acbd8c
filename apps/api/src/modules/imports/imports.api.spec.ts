import { fixtureTasks } from '@kstthc/domain';
import * as fs from 'fs';
import * as path from 'path';
import { createTestApp, TestApp } from '../../testing/test-app';

const SEEDS = path.resolve(__dirname, '../../../../../../shared/seeds');
const seed003 = () =>
  fs.readFileSync(
    path.join(
      SEEDS,
      fs.readdirSync(SEEDS).find((f) => f.startsWith('003_'))!,
    ),
    'utf8',
  );

const TREE = `query($id: ID!) { plan(id: $id) { title year counts { sections contents tasks }
  sections { code title contents { code title tasks { code description deadline { text } leadUnits { name } coordinatingUnits { name } status result } } } } }`;

describe('plan import over HTTP', () => {
  let t: TestApp;
  let leader: string;
  const planCount = async () => Number((await t.dataSource.query('SELECT count(*) AS n FROM plan'))[0].n);

  beforeAll(async () => {
    t = await createTestApp();
    leader = await t.login('lanhdao');
  });
  afterAll(() => t.close());

  it('previews pasted seed 003 as 5 sections, 22 contents and 30 tasks and writes nothing', async () => {
    const before = await planCount();
    const res = await t
      .http()
      .post('/api/plans/import?dryRun=true')
      .set('Authorization', `Bearer ${leader}`)
      .field('text', seed003());
    expect(res.status).toBe(200);
    expect(res.body.counts).toEqual({ sections: 5, contents: 22, tasks: 30 });
    expect(res.body.warnings).toEqual([]);
    expect(res.body.newUnits).toEqual([]);
    expect(await planCount()).toBe(before);
  });

  it('creates the plan with exactly the structure of the demo fixture', async () => {
    const res = await t
      .http()
      .post('/api/plans/import')
      .set('Authorization', `Bearer ${leader}`)
      .field('text', seed003())
      .field('title', 'Kế hoạch nhập từ văn bản')
      .field('year', '2026');
    expect(res.status).toBe(200);
    const tree = await t.gql<{
      plan: {
        counts: object;
        sections: Array<{
          code: string;
          contents: Array<{
            code: string;
            tasks: Array<{
              code: string;
              description: string;
              deadline: { text: string };
              leadUnits: Array<{ name: string }>;
              coordinatingUnits: Array<{ name: string }>;
              status: string;
            }>;
          }>;
        }>;
      };
    }>(TREE, { id: res.body.planId }, leader);
    expect(tree.data!.plan.counts).toEqual({ sections: 5, contents: 22, tasks: 30 });
    const tasks = tree.data!.plan.sections.flatMap((s) =>
      s.contents.flatMap((c) => c.tasks.map((x) => ({ s: s.code, c: c.code, x }))),
    );
    expect(
      tasks.map(({ s, c, x }) => [
        s,
        c,
        x.code,
        x.description,
        x.deadline.text,
        x.leadUnits.map((u) => u.name),
        x.coordinatingUnits.map((u) => u.name),
      ]),
    ).toEqual(
      fixtureTasks().map((f) => [
        f.sectionCode,
        f.contentCode,
        f.code,
        f.description,
        f.deadlineText,
        f.leadUnits,
        f.coordinatingUnits,
      ]),
    );
    expect(tasks.every(({ x }) => x.status === 'NOT_STARTED')).toBe(true);
    const audit = await t.dataSource.query(`SELECT action FROM audit_entry WHERE entity_id = $1`, [
      res.body.planId,
    ]);
    expect(audit).toEqual([{ action: 'import' }]);
  });

  it('refuses an officer', async () => {
    const officer = await t.login('tthcc');
    const res = await t
      .http()
      .post('/api/plans/import?dryRun=true')
      .set('Authorization', `Bearer ${officer}`)
      .field('text', seed003());
    expect(res.status).toBe(403);
    expect(res.body.message).toBe('Bạn không có quyền thực hiện thao tác này');
  });

  it.each([
    [
      'no input at all',
      (r: ReturnType<TestApp['http']>) => r.post('/api/plans/import').field('title', 'X'),
      400,
      'Hãy chọn tệp Word (.docx) hoặc Excel (.xlsx)',
    ],
    [
      'random bytes',
      (r: ReturnType<TestApp['http']>) =>
        r
          .post('/api/plans/import')
          .attach('file', Buffer.from([0, 159, 146, 150, 1, 2, 3, 255, 0, 12]), 'plan.docx'),
      400,
      '',
    ],
    [
      'a text without the plan columns',
      (r: ReturnType<TestApp['http']>) =>
        r.post('/api/plans/import').field('text', 'TT\tNội dung công việc\n1\tViệc gì đó'),
      400,
      'Thiếu cột',
    ],
    [
      'a file over 10 MB',
      (r: ReturnType<TestApp['http']>) =>
        r.post('/api/plans/import').attach('file', Buffer.alloc(10 * 1024 * 1024 + 10, 65), 'plan.xlsx'),
      413,
      'quá lớn',
    ],
  ])('refuses %s with a clear message and writes nothing', async (_name, send, status, message) => {
    const before = await planCount();
    const res = await send(t.http()).set('Authorization', `Bearer ${leader}`);
    expect(res.status).toBe(status);
    expect(typeof res.body.message).toBe('string');
    expect(res.body.message.length).toBeGreaterThan(10);
    expect(res.body.message).toContain(message);
    expect(await planCount()).toBe(before);
  });
});

describe('copying a plan to a new year', () => {
  let t: TestApp;
  let leader: string;
  beforeAll(async () => {
    t = await createTestApp();
    leader = await t.login('lanhdao');
  });
  afterAll(() => t.close());

  it('carries tasks, units and completion times over with dates moved a year, and no progress', async () => {
    const source = (await t.gql<{ plans: Array<{ id: string }> }>('{ plans(year: 2026) { id } }', {}, leader))
      .data!.plans[0].id;
    const res = await t.gql<{ copyPlanToYear: { id: string; year: number; title: string } }>(
      'mutation($i: CopyPlanInput!) { copyPlanToYear(input: $i) { id year title } }',
      { i: { planId: source, year: 2027 } },
      leader,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.copyPlanToYear.year).toBe(2027);
    expect(res.data!.copyPlanToYear.title).toContain('năm 2027');
    const tree = await t.gql<{
      plan: {
        counts: object;
        sections: Array<{
          contents: Array<{
            tasks: Array<{ code: string; deadline: { text: string }; status: string; result: string | null }>;
          }>;
        }>;
      };
    }>(TREE, { id: res.data!.copyPlanToYear.id }, leader);
    expect(tree.data!.plan.counts).toEqual({ sections: 5, contents: 22, tasks: 30 });
    const tasks = tree.data!.plan.sections.flatMap((s) => s.contents.flatMap((c) => c.tasks));
    expect(tasks.map((x) => x.deadline.text)).toEqual(
      fixtureTasks().map((f) => f.deadlineText.replace(/2026/g, '2027')),
    );
    expect(tasks.every((x) => x.status === 'NOT_STARTED' && x.result === null)).toBe(true);
  });

  it('refuses the same year with a precise message', async () => {
    const source = (await t.gql<{ plans: Array<{ id: string }> }>('{ plans(year: 2026) { id } }', {}, leader))
      .data!.plans[0].id;
    const res = await t.gql(
      'mutation($i: CopyPlanInput!) { copyPlanToYear(input: $i) { id } }',
      { i: { planId: source, year: 2026 } },
      leader,
    );
    expect(res.errors?.[0].message).toBe(
      'Dữ liệu không hợp lệ — year: năm mới phải khác năm của kế hoạch gốc',
    );
  });
});

describe('the appendix the app writes imports back', () => {
  let t: TestApp;
  let leader: string;
  beforeAll(async () => {
    t = await createTestApp();
    leader = await t.login('lanhdao');
  });
  afterAll(() => t.close());

  it.each(['docx', 'xlsx'])(
    'appendix.%s → the same 5/22/30 structure, codes, units and completion times',
    async (ext) => {
      const planId = (await t.gql<{ plans: Array<{ id: string }> }>('{ plans { id } }', {}, leader)).data!
        .plans[0].id;
      const file = await t.download(`/api/plans/${planId}/appendix.${ext}?period=HALF_YEAR-2026-1`, leader);
      expect(file.status).toBe(200);
      const res = await t
        .http()
        .post('/api/plans/import?dryRun=true')
        .set('Authorization', `Bearer ${leader}`)
        .attach('file', file.body as Buffer, `bang-ket-qua.${ext}`);
      expect(res.status).toBe(200);
      expect(res.body.counts).toEqual({ sections: 5, contents: 22, tasks: 30 });
      const tasks = (
        res.body.sections as Array<{
          code: string;
          contents: Array<{
            code: string;
            tasks: Array<{
              code: string;
              description: string;
              leadUnits: string[];
              coordinatingUnits: string[];
              deadlineText: string;
              result?: string;
            }>;
          }>;
        }>
      ).flatMap((s) =>
        s.contents.flatMap((c) =>
          c.tasks.map((x) => [
            s.code,
            c.code,
            x.code,
            x.description,
            x.leadUnits,
            x.coordinatingUnits,
            x.deadlineText,
            x.result,
          ]),
        ),
      );
      expect(tasks).toEqual(
        fixtureTasks().map((f) => [
          f.sectionCode,
          f.contentCode,
          f.code,
          f.description,
          f.leadUnits,
          f.coordinatingUnits,
          f.deadlineText,
          f.result,
        ]),
      );
    },
  );
});
