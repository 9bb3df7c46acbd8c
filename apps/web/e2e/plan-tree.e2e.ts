import { HA_DONG, openFromPlans } from './helpers.ts';
import type { Journey } from './journey';

export const journeys: Journey[] = [
  {
    name: 'lãnh đạo mở kế hoạch, thấy 30 nhiệm vụ và tìm "tiep nhan phan anh"',
    async run({ page, signIn, check }) {
      await signIn('lanhdao');
      await openFromPlans(page, HA_DONG);
      await page.getByTestId('plan-counts').waitFor();
      const counts = await page.getByTestId('plan-counts').innerText();
      check(counts.includes('30 nhiệm vụ'), `counts: ${counts}`);
      const shown = await page.getByTestId('shown-count').innerText();
      check(shown.includes('30/30'), `shown: ${shown}`);
      const taskRows = await page.locator('tr.row-task').count();
      check(taskRows === 30, `expected 30 task rows, got ${taskRows}`);
      for (const code of ['I', 'II', 'III', 'IV', 'V']) {
        const section = page.getByTestId(`section-row-${code}`);
        check((await section.count()) === 1, `section row ${code} missing`);
      }
      await page.getByTestId('tree-search').fill('tiep nhan phan anh');
      await page.waitForFunction(() => document.querySelectorAll('tr.row-task').length < 30);
      const sectionIv = page.getByTestId('section-row-IV');
      check((await sectionIv.count()) === 1, 'section IV is not shown for the search');
      const ivText = await page.locator('tr.row-task').allInnerTexts();
      check(
        ivText.some((t) => t.includes('Tiếp nhận phản ánh kiến nghị')),
        `IV.1 not found among: ${ivText.map((t) => t.slice(0, 40)).join(' / ')}`,
      );
    },
  },
];
