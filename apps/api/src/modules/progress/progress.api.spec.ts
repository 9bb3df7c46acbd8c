import {
  countProgress,
  currentPeriod,
  fixtureTasks,
  formatPeriodParam,
  parseDeadline,
  reportingPeriod,
} from '@kstthc/domain';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { createTestApp, TestApp } from '../../testing/test-app';

const TASKS = `query($id: ID!) { plan(id: $id) { sections { code contents { tasks { id code version status leadUnits { name } } } } } }`;
const PROGRESS = `query($id: ID!, $p: PeriodInput!) { progress(planId: $id, period: $p) {
  periodStart periodEnd periodName total implemented completed rate rateText onTime late overdue
  bySection { sectionCode title total completed rateText } byUnit { unit total completed } } }`;
const REPORT = `mutation($i: ReportProgressInput!) { reportProgress(input: $i) { id status result version } }`;
const ASSIGN = `mutation($i: AssignTaskInput!) { assignTask(input: $i) { id version leadUnits { name } deadline { text dueDate } } }`;

interface ProgressFigures {
  periodStart: string;
  periodEnd: string;
  periodName: string;
  total: number;
  implemented: number;
  completed: number;
  rate: number;
  rateText: string;
  onTime: number;
  late: number;
  overdue: number;
  bySection: Array<{ sectionCode: string; total: number; completed: number }>;
}
type Task = { id: string; code: string; version: number; status: string; leadUnits: Array<{ name: string }> };

describe('progress, assignment and reports', () => {
  let t: TestApp;
  let leader: string;
  let vhxh: string;
  let planId: string;
  let tasks: Map<string, Task>;
  let unitIds: Record<string, string>;
  const H1 = { kind: 'HALF_YEAR', year: 2026, index: 1 };
  const today = new Date().toISOString().slice(0, 10);
  const current = currentPeriod('HALF_YEAR', today);
  const currentRef = { kind: current.kind, year: current.year, index: current.index };

  const progress = async (period: object, token = leader) =>
    (await t.gql<{ progress: ProgressFigures }>(PROGRESS, { id: planId, p: period }, token)).data!.progress;

  async function loadTasks() {
    const res = await t.gql<{
      plan: { sections: Array<{ code: string; contents: Array<{ tasks: Task[] }> }> };
    }>(TASKS, { id: planId }, leader);
    tasks = new Map(
      res.data!.plan.sections.flatMap((s) =>
        s.contents.flatMap((c) => c.tasks.map((x) => [`${s.code}.${x.code}`, x])),
      ),
    );
  }

  beforeAll(async () => {
    t = await createTestApp();
    leader = await t.login('lanhdao');
    vhxh = await t.login('vhxh');
    planId = (await t.gql<{ plans: Array<{ id: string }> }>('{ plans { id } }', {}, leader)).data!.plans[0]
      .id;
    const units = await t.gql<{ units: Array<{ id: string; name: string }> }>(
      '{ units { id name } }',
      {},
      leader,
    );
    unitIds = Object.fromEntries(units.data!.units.map((u) => [u.name, u.id]));
    await loadTasks();
  });
  afterAll(() => t.close());

  it('counts the first half of 2026 by the cut-off rule with the rules of libs/domain', async () => {
    const p = await progress(H1);
    const expected = countProgress(
      fixtureTasks().map((f) => ({
        id: f.code,
        code: f.code,
        sectionCode: f.sectionCode,
        leadUnits: f.leadUnits,
        deadline: parseDeadline(f.deadlineText, 2026),
        updates: [{ status: f.status, at: `${f.reportedAt}T09:00:00+07:00`, result: f.result }],
      })),
      { start: '2025-12-15', end: '2026-06-14' },
    );
    expect(p).toMatchObject({
      periodStart: '2025-12-15',
      periodEnd: '2026-06-14',
      periodName: '6 tháng đầu năm 2026',
      total: 30,
      implemented: expected.implemented,
      completed: expected.completed,
      rateText: expected.rateText,
      overdue: expected.overdue,
    });
    expect(p.rateText).toMatch(/^\d{1,3},\d\d%$/);
    expect(p.bySection.map((s) => [s.sectionCode, s.total])).toEqual([
      ['I', 1],
      ['II', 11],
      ['III', 8],
      ['IV', 3],
      ['V', 7],
    ]);
  });

  it('refuses a period that does not exist with a precise message', async () => {
    const res = await t.gql(PROGRESS, { id: planId, p: { kind: 'QUARTER', year: 2026, index: 5 } }, leader);
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toBe('Dữ liệu không hợp lệ — period: Quý phải từ 1 đến 4');
  });

  it('lets a leader reassign a task to Phòng Văn hoá-Xã hội, kept in history', async () => {
    const task = tasks.get('II.2.4')!;
    const res = await t.gql<{
      assignTask: { version: number; leadUnits: Array<{ name: string }>; deadline: { dueDate: string } };
    }>(
      ASSIGN,
      {
        i: {
          taskId: task.id,
          leadUnitIds: [unitIds['Phòng Văn hoá-Xã hội']],
          coordinatingUnitIds: [unitIds['Trung tâm Phục vụ hành chính công']],
          deadlineText: 'Chậm nhất ngày 30/11/2026',
          expectedVersion: task.version,
        },
      },
      leader,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.assignTask.leadUnits.map((u) => u.name)).toEqual(['Phòng Văn hoá-Xã hội']);
    expect(res.data!.assignTask.deadline.dueDate).toBe('2026-11-30');
    const audit: Array<{ changes: Record<string, { from: unknown; to: unknown }>; actor_name: string }> =
      await t.dataSource.query(
        `SELECT changes, actor_name FROM audit_entry WHERE entity_id = $1 AND action = 'assign'`,
        [task.id],
      );
    expect(audit).toHaveLength(1);
    expect(audit[0].actor_name).toBe('Lê Văn Đạt');
    expect(audit[0].changes.leadUnits).toEqual({
      from: ['Trung tâm Phục vụ hành chính công'],
      to: ['Phòng Văn hoá-Xã hội'],
    });
    const trail = await t.gql<{ auditTrail: Array<{ action: string; actorName: string }> }>(
      'query($p: ID!, $t: ID) { auditTrail(planId: $p, taskId: $t) { action actorName } }',
      { p: planId, t: task.id },
      vhxh,
    );
    expect(trail.data!.auditTrail[0]).toEqual({ action: 'assign', actorName: 'Lê Văn Đạt' });
    await loadTasks();
  });

  it('refuses an officer assigning tasks', async () => {
    const task = tasks.get('II.2.4')!;
    const res = await t.gql(
      ASSIGN,
      {
        i: {
          taskId: task.id,
          leadUnitIds: [unitIds['Phòng Kinh tế']],
          deadlineText: '',
          expectedVersion: task.version,
        },
      },
      vhxh,
    );
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('lets the unit officer report it done with evidence; a past period stays as it was', async () => {
    const before = await progress(H1);
    const beforeCurrent = await progress(currentRef);
    const task = tasks.get('II.2.4')!;
    const res = await t.gql<{ reportProgress: { status: string; result: string; version: number } }>(
      REPORT,
      {
        i: {
          taskId: task.id,
          status: 'DONE',
          result: 'Đã kiểm soát chất lượng 12 phương án đơn giản hóa TTHC',
          evidence: [
            { number: '401/BC-UBND', date: '2026-11-20', title: 'Báo cáo kết quả kiểm soát chất lượng' },
          ],
          expectedVersion: task.version,
        },
      },
      vhxh,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.reportProgress).toMatchObject({ status: 'DONE', version: task.version + 1 });
    expect(await progress(H1)).toEqual(before);
    const after = await progress(currentRef);
    expect(after.completed).toBe(beforeCurrent.completed + 1);
  });

  it('refuses an officer reporting on a task another unit leads', async () => {
    const task = tasks.get('III.1')!;
    expect(task.leadUnits.map((u) => u.name)).toEqual(['Trung tâm Phục vụ hành chính công']);
    const res = await t.gql(
      REPORT,
      { i: { taskId: task.id, status: 'DONE', evidence: [], expectedVersion: task.version } },
      vhxh,
    );
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(res.errors?.[0].message).toBe(
      'Chỉ cán bộ của đơn vị chủ trì mới được báo cáo tiến độ nhiệm vụ này',
    );
  });

  it('lets an officer of a member unit report on a task its group leads', async () => {
    const task = tasks.get('II.2.1')!;
    expect(task.leadUnits.map((u) => u.name)).toEqual(['Các phòng chuyên môn']);
    const res = await t.gql(
      REPORT,
      {
        i: {
          taskId: task.id,
          status: 'IN_PROGRESS',
          result: 'Đang đánh giá',
          evidence: [],
          expectedVersion: task.version,
        },
      },
      vhxh,
    );
    expect(res.errors).toBeUndefined();
  });

  it('refuses evidence without a number, naming the field', async () => {
    const task = tasks.get('III.8')!;
    const res = await t.gql(
      REPORT,
      {
        i: {
          taskId: task.id,
          status: 'DONE',
          evidence: [{ number: '', title: 'X', date: '20/11/2026' }],
          expectedVersion: task.version,
        },
      },
      vhxh,
    );
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toContain('evidence.0.number: không được để trống');
    expect(res.errors?.[0].message).toContain('evidence.0.date: phải có dạng yyyy-mm-dd');
  });

  describe('documents', () => {
    const param = () => formatPeriodParam(currentRef);

    it('writes the appendix DOCX with every task row and the new result', async () => {
      const res = await t.download(
        `/api/plans/${planId}/appendix.docx?period=${param()}&number=401&date=2026-11-23`,
        leader,
      );
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toContain('wordprocessingml');
      const text = (await mammoth.extractRawText({ buffer: res.body as Buffer })).value;
      expect(text).toContain('BẢNG KẾT QUẢ THỰC HIỆN');
      expect(text).toContain('(Kèm theo Báo cáo số: 401/BC-UBND ngày 23/11/2026 của UBND xã Hà Đông)');
      expect(text).toContain('Đã kiểm soát chất lượng 12 phương án đơn giản hóa TTHC');
      for (const f of fixtureTasks()) expect(text).toContain(f.description.split('\n')[0]);
    });

    it('writes the report body whose numbers are those of the progress query', async () => {
      const p = await progress(currentRef);
      const res = await t.download(`/api/plans/${planId}/report.docx?period=${param()}`, vhxh);
      expect(res.status).toBe(200);
      const text = (await mammoth.extractRawText({ buffer: res.body as Buffer })).value;
      expect(text).toContain('Kế hoạch có 05 mục, 22 nội dung với 30 nhiệm vụ.');
      expect(text).toContain(`đã và đang triển khai thực hiện được ${p.implemented}/30 nhiệm vụ`);
      expect(text).toContain(`đạt ${p.completed}/30 nhiệm vụ đạt ${p.rateText}`);
    });

    it('writes the appendix XLSX with the 30 task rows, their units, completion times and the new result', async () => {
      const res = await t.download(`/api/plans/${planId}/appendix.xlsx?period=${param()}`, leader);
      expect(res.status).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(res.body);
      const sheet = workbook.worksheets[0];
      const rows: string[][] = [];
      sheet.eachRow((row) => rows.push([1, 2, 3, 4, 5, 6].map((i) => String(row.getCell(i).value ?? ''))));
      expect(rows.map((r) => r[0]).filter((c) => /^(I|II|III|IV|V)$/.test(c))).toEqual([
        'I',
        'II',
        'III',
        'IV',
        'V',
      ]);
      const taskRows = fixtureTasks().map((f) => rows.find((r) => r[1] === f.description));
      expect(taskRows.every(Boolean)).toBe(true);
      const reassigned = (f: { code: string; sectionCode: string }) =>
        f.sectionCode === 'II' && f.code === '2.4';
      expect(taskRows.map((r) => [r![0], r![2], r![4]])).toEqual(
        fixtureTasks().map((f) =>
          reassigned(f)
            ? [f.code, 'Phòng Văn hoá-Xã hội', 'Chậm nhất ngày 30/11/2026']
            : [f.code, f.leadUnits.join(', '), f.deadlineText],
        ),
      );
      expect(taskRows.find((r) => r![1].startsWith('Kiểm soát chất lượng kết quả rà soát'))![5]).toBe(
        'Đã kiểm soát chất lượng 12 phương án đơn giản hóa TTHC',
      );
    });

    it('refuses a download without a period, in Vietnamese', async () => {
      const res = await t
        .http()
        .get(`/api/plans/${planId}/appendix.pdf`)
        .set('Authorization', `Bearer ${leader}`);
      expect(res.status).toBe(400);
      expect(res.body.message).toContain('period: cần kỳ báo cáo dạng HALF_YEAR-2026-1');
    });

    it('refuses a download without a signed-in user', async () => {
      const res = await t.http().get(`/api/plans/${planId}/appendix.docx?period=${param()}`);
      expect(res.status).toBe(401);
      expect(res.body.message).toBe('Bạn cần đăng nhập để tiếp tục');
    });
  });

  it('names its periods as documents do', () => {
    expect(reportingPeriod({ kind: 'HALF_YEAR', year: 2026, index: 1 }).name).toBe('6 tháng đầu năm 2026');
  });
});
