import { HA_DONG, openFromPlans } from './helpers.ts';
import type { Journey } from './journey';

export const journeys: Journey[] = [
  {
    name: 'lãnh đạo sửa nội dung nhiệm vụ 2.5, lịch sử ghi lại thay đổi',
    async run({ page, signIn, check }) {
      await signIn('lanhdao');
      await openFromPlans(page, HA_DONG);
      await page.getByRole('button', { name: 'Mở nhiệm vụ 2.5' }).click();
      await page.getByTestId('task-drawer-title').waitFor();
      await page.getByRole('button', { name: 'Sửa nội dung' }).click();
      const description = await page.inputValue('#content-description');
      await page.fill('#content-description', '');
      await page.getByText('Nhập nội dung công việc').waitFor();
      check(
        await page.getByRole('button', { name: 'Lưu nội dung' }).isDisabled(),
        'an empty description can be saved',
      );
      await page.fill('#content-description', `${description}\n- Ưu tiên lĩnh vực hộ tịch, chứng thực`);
      await page.fill('#content-target', '≥ 80% TTHC được rà soát');
      await page.getByRole('button', { name: 'Lưu nội dung' }).click();
      await page.getByText('Đã lưu').first().waitFor();
      await page
        .getByTestId('task-description')
        .getByText('- Ưu tiên lĩnh vực hộ tịch, chứng thực')
        .waitFor();
      const history = page.getByTestId('task-history');
      await history.getByText('Sửa nhiệm vụ').waitFor();
      const changes = await history.getByTestId('audit-changes').first().innerText();
      check(changes.includes('Chỉ tiêu: — → ≥ 80% TTHC được rà soát'), `history: ${changes}`);
    },
  },
];
