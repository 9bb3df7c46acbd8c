import type { Journey } from './journey';

/** A plan text of 2,000 tasks in the appendix's columns: 40 sections × 10 contents × 5 tasks. */
function bigPlanText(): string {
  const roman = (n: number) => {
    const table: Array<[number, string]> = [
      [40, 'XL'],
      [10, 'X'],
      [9, 'IX'],
      [5, 'V'],
      [4, 'IV'],
      [1, 'I'],
    ];
    let out = '';
    for (const [v, s] of table)
      while (n >= v) {
        out += s;
        n -= v;
      }
    return out;
  };
  const lines = [
    'TT\tNội dung công việc\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian hoàn thành\tSản phẩm dự kiến hoàn thành',
  ];
  let n = 0;
  for (let s = 1; s <= 40; s++) {
    lines.push(`${roman(s)}\tMục thử số ${s} về cải cách thủ tục hành chính\t\t\t\t`);
    for (let c = 1; c <= 10; c++) {
      lines.push(`${c}\tNội dung ${c} của mục ${s}\t\t\t\t`);
      for (let t = 1; t <= 5; t++) {
        n += 1;
        const lead = n % 2 ? 'Trung tâm Phục vụ hành chính công' : 'Các phòng chuyên môn';
        const coord = n % 2 ? 'Các phòng chuyên môn' : 'Trung tâm Phục vụ hành chính công';
        lines.push(
          `${c}.${t}\tNhiệm vụ kiểm thử số ${n}: rà soát, công khai thủ tục hành chính tại Hà Đông\t${lead}\t${coord}\t${n % 3 ? 'Thường xuyên' : 'Chậm nhất ngày 15/9/2026'}\t`,
        );
      }
    }
  }
  return lines.join('\n');
}

export const journeys: Journey[] = [
  {
    name: 'kế hoạch 2.000 nhiệm vụ vẫn mở và tìm kiếm nhanh',
    async run({ page, signIn, check }) {
      await signIn('lanhdao');
      const planId = await page.evaluate(async (text) => {
        const body = new FormData();
        body.append('text', text);
        body.append('title', 'Kế hoạch thử tải 2.000 nhiệm vụ');
        body.append('year', '2026');
        const res = await fetch('/api/plans/import', {
          method: 'POST',
          headers: { Authorization: `Bearer ${sessionStorage.getItem('kstthc.token')}` },
          body,
        });
        const json = await res.json();
        return json.planId ?? `error ${res.status}: ${JSON.stringify(json).slice(0, 300)}`;
      }, bigPlanText());
      check(!String(planId).startsWith('error'), String(planId));

      const started = Date.now();
      await page.goto(`${page.url().replace(/\/ke-hoach.*$/, '')}/ke-hoach/${planId}`);
      await page.getByTestId('shown-count').getByText('2000/2000').waitFor({ timeout: 30_000 });
      await page.locator('tr.row-task').first().waitFor();
      const openMs = Date.now() - started;
      const rendered = await page.locator('tr.row-task').count();
      check(rendered < 200, `virtual scrolling should render few rows, rendered ${rendered}`);

      const t0 = Date.now();
      await page.getByTestId('tree-search').fill('kiem thu so 1999');
      await page.getByTestId('shown-count').getByText('1/2000').waitFor();
      const searchMs = Date.now() - t0;
      check(searchMs < 1500, `search took ${searchMs} ms`);
      const found = await page.locator('tr.row-task').allInnerTexts();
      check(found.length === 1 && found[0].includes('số 1999'), `found: ${found.join(' / ')}`);
      await page.getByTestId('tree-search').fill('');
      await page.getByTestId('shown-count').getByText('2000/2000').waitFor();
      await page
        .locator('.plan-table .v-vl')
        .first()
        .evaluate((el) => el.scrollBy(0, 40_000));
      await page.waitForTimeout(300);
      console.log(`    open ${openMs} ms, search ${searchMs} ms, ${rendered} rows in the DOM`);
    },
  },
];
