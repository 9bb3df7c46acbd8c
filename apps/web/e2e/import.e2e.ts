import type { Journey } from './journey';

const PLAN = [
  'TT\tNội dung công việc\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian hoàn thành\tSản phẩm dự kiến hoàn thành',
  'I\tNhiệm vụ xây dựng và hoàn thiện thể chế\t\t\t\t',
  '1\tXây dựng văn bản chỉ đạo của UBND xã\tTrung tâm Phục vụ hành chính công\tCác phòng chuyên môn\tThường xuyên\t',
  'II\tNhiệm vụ cải cách, kiểm soát TTHC\t\t\t\t',
  '1\tTổ chức thực hiện các nhiệm vụ kiểm soát TTHC\t\t\t\t',
  '1.1\tRà soát, đánh giá thủ tục hành chính\tCác phòng chuyên môn\tTrung tâm Phục vụ hành chính công\tChậm nhất ngày 15/9/2027\t',
  '1.2\tKiểm tra việc thực hiện cơ chế một cửa\tTrung tâm Phục vụ hành chính công\tCác cơ quan, đơn vị liên quan\tQuý II năm 2027\t',
].join('\n');

export const journeys: Journey[] = [
  {
    name: 'lãnh đạo nhập kế hoạch bằng cách dán nội dung',
    async run({ page, signIn, check, screenshot }) {
      await signIn('lanhdao');
      await page.getByRole('link', { name: 'Nhập kế hoạch' }).click();
      await page.getByRole('button', { name: 'Xem trước' }).click();
      check(await page.getByText('Chọn một tệp hoặc dán nội dung kế hoạch').isVisible(), 'empty source accepted');
      await page.fill('#import-text', PLAN);
      await page.getByRole('button', { name: 'Xem trước' }).click();
      const counts = await page.getByTestId('import-counts').innerText();
      check(counts.includes('2 mục, 2 nội dung với 3 nhiệm vụ'), `counts: ${counts}`);
      await page.fill('#import-title-input', 'Kế hoạch KSTTHC năm 2027 (thử)');
      await page.fill('#import-year', '2027');
      await screenshot('nhap-ke-hoach-xem-truoc');
      await page.getByTestId('import-confirm').click();
      await page.getByRole('link', { name: 'Mở kế hoạch vừa nhập' }).click();
      await page.getByRole('heading', { name: 'Kế hoạch KSTTHC năm 2027 (thử)' }).waitFor();
      check((await page.locator('tr.row-task').count()) === 3, 'imported plan does not show 3 tasks');
    },
  },
];
