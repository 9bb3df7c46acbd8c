import { HA_DONG, openFromPlans } from './helpers.ts';
import type { Journey } from './journey';

export const journeys: Journey[] = [
  {
    name: 'lãnh đạo xem tổng quan tiến độ 6 tháng đầu năm 2026',
    async run({ page, signIn, check }) {
      await signIn('lanhdao');
      await openFromPlans(page, HA_DONG, 'Tổng quan');
      await page.getByRole('heading', { name: 'Tổng quan tiến độ' }).waitFor();
      await page.getByTestId('card-rate').waitFor();
      await page.locator('.period-picker .n-select').nth(1).click();
      await page.locator('.n-base-select-option', { hasText: '6 tháng đầu năm' }).click();
      await page.getByTestId('period-range').getByText('6 tháng đầu năm 2026').waitFor();
      await page.waitForLoadState('networkidle');
      const range = await page.getByTestId('period-range').innerText();
      check(range.includes('15/12/2025') && range.includes('14/06/2026'), `range: ${range}`);
      const rate = await page.getByTestId('card-rate').innerText();
      check(/\d+,\d\d%/.test(rate), `rate: ${rate}`);
      const total = await page.getByTestId('card-total').innerText();
      check(total.includes('30'), `total: ${total}`);
      check((await page.locator('canvas[role=img]').count()) === 2, 'expected two charts');
    },
  },
  {
    name: 'lãnh đạo xem trước phụ lục và tải báo cáo',
    async run({ page, signIn, check, docxText }) {
      await signIn('lanhdao');
      await openFromPlans(page, HA_DONG, 'Báo cáo');
      await page.getByRole('heading', { name: 'Báo cáo định kỳ' }).waitFor();
      await page.fill('#report-number', '333');
      await page.fill('#report-date', '19/06/2026');
      const appendix = page.getByRole('article', { name: 'Xem trước phụ lục' });
      await appendix.getByText('BẢNG KẾT QUẢ THỰC HIỆN').waitFor();
      const attached = await appendix.getByText('(Kèm theo Báo cáo số').innerText();
      check(attached.includes('333/BC-UBND ngày 19/06/2026'), `attached line: ${attached}`);
      const rows = await appendix.locator('tbody tr').count();
      check(rows === 5 + 2 + 30, `appendix rows: ${rows}`);
      await page.fill('#report-date', '31/02/2026');
      check(await page.getByText('Ngày không hợp lệ').isVisible(), 'invalid date accepted');
      await page.fill('#report-date', '19/06/2026');
      // The optional status column shows in the preview and in the document alike.
      await page.getByTestId('column-status').click();
      await appendix.getByRole('columnheader', { name: 'Trạng thái' }).waitFor();
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 30_000 }),
        page.getByTestId('download-appendix.docx').click(),
      ]);
      const name = download.suggestedFilename();
      check(name.endsWith('.docx'), `downloaded ${name}`);
      const text = await docxText(await download.path());
      check(text.includes('Trạng thái'), 'the status column is missing from the docx');
    },
  },
];
