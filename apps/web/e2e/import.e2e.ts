import type { Journey } from './journey';

export const journeys: Journey[] = [
  {
    name: 'lãnh đạo dán kế hoạch từ văn bản 003, xem trước rồi tạo kế hoạch',
    async run({ page, signIn, check, screenshot, seedPlanText }) {
      await signIn('lanhdao');
      await page.getByRole('link', { name: 'Nhập kế hoạch' }).click();
      await page.getByRole('button', { name: 'Xem trước' }).click();
      check(
        await page.getByText('Chọn một tệp hoặc dán nội dung kế hoạch').isVisible(),
        'empty source accepted',
      );
      await page.fill('#import-text', await seedPlanText());
      await page.getByRole('button', { name: 'Xem trước' }).click();
      const counts = await page.getByTestId('import-counts').innerText();
      check(counts.includes('5 mục, 22 nội dung với 30 nhiệm vụ'), `counts: ${counts}`);
      // The preview shows the table as the appendix lays it out, before anything is written.
      await page
        .getByText('Kiểm soát chất lượng kết quả rà soát, phương án đơn giản hóa TTHC')
        .first()
        .waitFor();
      await page.fill('#import-title-input', 'Kế hoạch KSTTHC năm 2027 (nhập từ văn bản)');
      await page.fill('#import-year', '2027');
      await screenshot('nhap-ke-hoach-xem-truoc');
      await page.getByTestId('import-confirm').click();
      await page.getByRole('link', { name: 'Mở kế hoạch vừa nhập' }).click();
      await page.getByRole('heading', { name: 'Kế hoạch KSTTHC năm 2027 (nhập từ văn bản)' }).waitFor();
      const shown = await page.getByTestId('shown-count').innerText();
      check(shown.includes('30'), `imported plan shows: ${shown}`);
      await page.getByRole('button', { name: 'Mở nhiệm vụ 2.4' }).waitFor();
    },
  },
];
