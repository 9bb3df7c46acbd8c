import { createTestApp, TestApp } from '../../testing/test-app';

const REPORT = `mutation($i: ReportProgressInput!) { reportProgress(input: $i) { version result } }`;

describe('no lost updates under concurrent edits', () => {
  let t: TestApp;
  let tokens: string[];
  let taskId: string;
  let version: number;

  beforeAll(async () => {
    t = await createTestApp();
    tokens = [await t.login('lanhdao'), await t.login('tthcc'), await t.login('admin')];
    const res = await t.gql<{
      plans: Array<{
        sections: Array<{
          code: string;
          contents: Array<{ tasks: Array<{ id: string; code: string; version: number }> }>;
        }>;
      }>;
    }>('{ plans { sections { code contents { tasks { id code version } } } } }', {}, tokens[0]);
    const task = res.data!.plans[0].sections.find((s) => s.code === 'III')!.contents[0].tasks[0];
    taskId = task.id;
    version = task.version;
  });
  afterAll(() => t.close());

  it('lets exactly one of ten simultaneous reports win per version, five rounds running, and keeps every winner in history', async () => {
    const historyBefore = Number(
      (await t.dataSource.query('SELECT count(*) AS n FROM task_update WHERE task_id = $1', [taskId]))[0].n,
    );
    const winners: string[] = [];
    for (let round = 0; round < 5; round++) {
      const attempts = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          t.gql<{ reportProgress: { version: number; result: string } }>(
            REPORT,
            {
              i: {
                taskId,
                status: 'IN_PROGRESS',
                result: `vòng ${round} lần ${i}`,
                evidence: [],
                expectedVersion: version,
              },
            },
            tokens[i % tokens.length],
          ),
        ),
      );
      const won = attempts.filter((a) => !a.errors);
      const lost = attempts.filter((a) => a.errors);
      expect(won).toHaveLength(1);
      expect(lost.every((a) => a.errors![0].extensions?.code === 'CONFLICT')).toBe(true);
      expect(lost[0].errors![0].message).toMatch(/^Nhiệm vụ 1 đã được .+ thay đổi lúc \d\d:\d\d ngày/);
      expect(won[0].data!.reportProgress.version).toBe(version + 1);
      version += 1;
      winners.push(won[0].data!.reportProgress.result);
    }
    const history: Array<{ result: string }> = await t.dataSource.query(
      'SELECT result FROM task_update WHERE task_id = $1 ORDER BY created_at',
      [taskId],
    );
    expect(history).toHaveLength(historyBefore + 5);
    expect(history.slice(-5).map((h) => h.result)).toEqual(winners);
    const task = await t.dataSource.query('SELECT version, result FROM task WHERE id = $1', [taskId]);
    expect(task[0]).toEqual({ version, result: winners.at(-1) });
    const audited = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_entry WHERE entity_id = $1 AND action = 'report'`,
      [taskId],
    );
    expect(audited[0].n).toBe(5);
  });
});
