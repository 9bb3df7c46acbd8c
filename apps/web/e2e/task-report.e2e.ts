import { gqlAsPage, HA_DONG, haDongTask, pickPlan } from './helpers.ts';
import type { Journey } from './journey';

export const journeys: Journey[] = [
  {
    name: 'cán bộ báo cáo tiến độ, gặp xung đột và tải lại không mất nội dung',
    async run({ page, signIn, check, screenshot }) {
      await signIn('vhxh');
      await page.getByRole('link', { name: 'Nhiệm vụ của đơn vị' }).click();
      await pickPlan(page, HA_DONG);
      await page.getByRole('button', { name: 'Mở nhiệm vụ 8' }).click();
      await page.getByTestId('task-drawer-title').waitFor();
      await page.fill('#report-result', 'Đã rà soát tài khoản, sao lưu dữ liệu tháng 11');
      await page.getByRole('button', { name: '+ Thêm văn bản' }).click();
      await page.getByLabel('Số, ký hiệu 1').fill('412/KH-UBND');
      await page.getByLabel('Ngày (dd/mm/yyyy) 1').fill('32/11/2026');
      check(await page.getByText('Ngày không hợp lệ').isVisible(), 'invalid evidence date accepted');
      await page.getByLabel('Ngày (dd/mm/yyyy) 1').fill('20/11/2026');
      await page.getByLabel('Trích yếu 1').fill('Kế hoạch bảo đảm an toàn thông tin');

      // Someone else reports on the same task meanwhile: the drawer's version is now stale.
      const task = await haDongTask(page, 'III', '8');
      const res = await gqlAsPage(
        page,
        'mutation($input: ReportProgressInput!) { reportProgress(input: $input) { version } }',
        {
          input: {
            taskId: task.id,
            status: 'IN_PROGRESS',
            result: 'Cập nhật song song',
            evidence: [],
            expectedVersion: task.version,
          },
        },
      );
      const changed = res.errors ? `error: ${res.errors[0].message}` : 'ok';
      check(changed === 'ok', `parallel update failed: ${changed}`);

      await page.getByRole('button', { name: 'Gửi báo cáo' }).click();
      const conflict = page.getByTestId('conflict');
      await conflict.waitFor();
      const message = await conflict.innerText();
      check(message.length > 20, `conflict message: ${message}`);
      await screenshot('xung-dot');
      await conflict.getByRole('button', { name: 'Tải lại' }).click();
      await conflict.waitFor({ state: 'detached' });
      check(
        (await page.inputValue('#report-result')) === 'Đã rà soát tài khoản, sao lưu dữ liệu tháng 11',
        'the typed result was lost on reload',
      );
      check(
        (await page.getByLabel('Số, ký hiệu 1').inputValue()) === '412/KH-UBND',
        'the evidence row was lost',
      );
      await page.getByRole('button', { name: 'Gửi báo cáo' }).click();
      await page.getByText('Đã lưu').first().waitFor();
      await page.getByText('412/KH-UBND ngày 20/11/2026').waitFor();
    },
  },
];
