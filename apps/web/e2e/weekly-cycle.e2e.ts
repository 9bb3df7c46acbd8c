import { gqlAsPage, HA_DONG, haDongTask, openFromPlans, pickPlan } from './helpers.ts';
import type { Journey } from './journey';

const RESULT = 'Đã rà soát, thống kê TTHC có yêu cầu điều kiện; gửi đề xuất phương án đơn giản hoá';
const EVIDENCE_NUMBER = '512/BC-VHXH';
// Enough of a PDF for the server's content check (it looks at the magic bytes).
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

export const journeys: Journey[] = [
  {
    name: 'tuần làm việc: lãnh đạo giao lại nhiệm vụ 2.4, phòng Văn hoá-Xã hội báo cáo hoàn thành, số liệu và phụ lục thay đổi',
    async run({ page, signIn, signOut, check, screenshot, docxText }) {
      // The leader reads the current numbers, then hands task 2.4 to Phòng Văn hoá-Xã hội.
      await signIn('lanhdao');
      await openFromPlans(page, HA_DONG, 'Tổng quan');
      const completedCard = page.getByTestId('card-completed');
      await completedCard.getByText('/30').waitFor();
      const completedBefore = Number((await completedCard.innerText()).match(/(\d+)\/30/)?.[1]);
      const rateBefore = await page.getByTestId('card-rate').innerText();
      check(Number.isInteger(completedBefore), 'completed count not shown');

      await page.getByRole('link', { name: 'Kế hoạch', exact: true }).click();
      await openFromPlans(page, HA_DONG);
      await page.getByRole('button', { name: 'Mở nhiệm vụ 2.4' }).click();
      await page.getByTestId('task-drawer-title').waitFor();
      const assignForm = page.locator('form', { has: page.locator('#assign-lead') });
      await assignForm
        .locator('.n-tag', { hasText: 'Trung tâm Phục vụ hành chính công' })
        .locator('.n-base-close')
        .click();
      await page.locator('.n-select', { has: page.locator('#assign-lead') }).click();
      await page.keyboard.type('Văn hoá');
      await page.locator('.n-base-select-option', { hasText: 'Phòng Văn hoá-Xã hội' }).first().click();
      await page.keyboard.press('Escape');
      await assignForm.getByRole('button', { name: 'Lưu phân công' }).click();
      await page.getByText('Đã lưu').first().waitFor();
      const history = page.getByTestId('task-history');
      await history.getByText('Giao nhiệm vụ').waitFor();
      const change = await history.getByTestId('audit-changes').first().innerText();
      check(
        change.includes('Trung tâm Phục vụ hành chính công') && change.includes('Phòng Văn hoá-Xã hội'),
        `assignment not in the history: ${change}`,
      );
      await screenshot('lanh-dao-giao-lai-nhiem-vu');
      await page.keyboard.press('Escape');
      await page.getByTestId('task-drawer-title').waitFor({ state: 'detached' });
      await signOut();

      // The officer finds the task under "my unit" and reports it done with a document and its file.
      await signIn('vhxh');
      await page.getByRole('link', { name: 'Nhiệm vụ của đơn vị' }).click();
      await pickPlan(page, HA_DONG);
      await page.getByRole('button', { name: 'Mở nhiệm vụ 2.4' }).click();
      await page.getByTestId('task-drawer-title').waitFor();
      await page.locator('label', { hasText: 'Đã hoàn thành' }).click();
      await page.fill('#report-result', RESULT);
      await page.getByRole('button', { name: '+ Thêm văn bản' }).click();
      await page.getByLabel('Số, ký hiệu 1').fill(EVIDENCE_NUMBER);
      await page.getByLabel('Ngày (dd/mm/yyyy) 1').fill('20/11/2026');
      await page.getByLabel('Tệp minh chứng của văn bản 1').setInputFiles({
        name: 'Báo cáo rà soát TTHC.pdf',
        mimeType: 'application/pdf',
        buffer: PDF,
      });
      await page.getByTestId('evidence-file-name').getByText('Báo cáo rà soát TTHC.pdf').waitFor();
      check(
        (await page.getByLabel('Trích yếu 1').inputValue()) === 'Báo cáo rà soát TTHC',
        'title not taken from the file name',
      );
      await page.getByRole('button', { name: 'Gửi báo cáo' }).click();
      await page.getByText('Đã lưu').first().waitFor();
      await page.getByText(`${EVIDENCE_NUMBER} ngày 20/11/2026`).waitFor();
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Tải tệp minh chứng: Báo cáo rà soát TTHC' }).click(),
      ]);
      check(
        file.suggestedFilename() === 'Báo cáo rà soát TTHC.pdf',
        `evidence file downloaded as ${file.suggestedFilename()}`,
      );
      await screenshot('can-bo-bao-cao-hoan-thanh');
      await page.keyboard.press('Escape');
      await page.getByTestId('task-drawer-title').waitFor({ state: 'detached' });

      // On a task another unit leads, the officer's unit only coordinates: a note, never the status.
      await page.getByRole('link', { name: 'Kế hoạch', exact: true }).click();
      await openFromPlans(page, HA_DONG);
      await page.getByRole('button', { name: 'Mở nhiệm vụ 2.6' }).click();
      await page.getByRole('heading', { name: 'Ý kiến của đơn vị phối hợp' }).waitFor();
      check(
        (await page.getByRole('radio', { name: 'Đã hoàn thành' }).count()) === 0,
        'status offered on another unit task',
      );
      check(
        (await page.getByRole('button', { name: 'Gửi báo cáo' }).count()) === 0,
        'report form shown on another unit task',
      );
      check(
        (await page.getByRole('button', { name: 'Lưu phân công' }).count()) === 0,
        'assignment offered to an officer',
      );
      await page.fill('#report-result', 'Phòng Văn hoá-Xã hội đã cung cấp số liệu TTHC lĩnh vực văn hoá');
      await page.getByRole('button', { name: 'Gửi ý kiến' }).click();
      await page.getByTestId('task-history').getByText('Ý kiến đơn vị phối hợp').first().waitFor();
      const other = await haDongTask(page, 'II', '2.6');
      const res = await gqlAsPage(
        page,
        'mutation($input: ReportProgressInput!) { reportProgress(input: $input) { id } }',
        {
          input: {
            taskId: other.id,
            status: 'DONE',
            result: 'Không được phép',
            evidence: [],
            expectedVersion: other.version,
          },
        },
      );
      const refusal = res.errors?.[0]
        ? `${res.errors[0].extensions?.code}: ${res.errors[0].message}`
        : 'accepted';
      check(refusal.startsWith('FORBIDDEN'), `another unit's task: ${refusal}`);
      await page.keyboard.press('Escape');
      await page.getByTestId('task-drawer-title').waitFor({ state: 'detached' });
      await signOut();

      // The leader sees the numbers move on the dashboard and the new result in the appendix.
      await signIn('lanhdao');
      await openFromPlans(page, HA_DONG, 'Tổng quan');
      await completedCard.getByText(`${completedBefore + 1}/30`).waitFor();
      const rateAfter = await page.getByTestId('card-rate').innerText();
      check(rateAfter !== rateBefore, `rate unchanged: ${rateAfter}`);
      await screenshot('tong-quan-sau-bao-cao');

      await page.getByRole('link', { name: 'Kế hoạch', exact: true }).click();
      await openFromPlans(page, HA_DONG, 'Báo cáo');
      const appendix = page.getByRole('article', { name: 'Xem trước phụ lục' });
      await appendix.getByText(RESULT).waitFor();
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 30_000 }),
        page.getByTestId('download-appendix.docx').click(),
      ]);
      const text = await docxText(await download.path());
      check(text.includes(RESULT), 'the downloaded appendix lacks the new result');
      check(text.includes('Phòng Văn hoá-Xã hội'), 'the downloaded appendix lacks the new lead unit');
    },
  },
];
