import { gqlAsPage, HA_DONG, HA_DONG_YEAR, openFromPlans } from './helpers.ts';
import type { Journey } from './journey';

export const journeys: Journey[] = [
  {
    name: 'lãnh đạo sao chép kế hoạch Hà Đông sang năm 2027 và xem lịch sử thay đổi',
    async run({ page, signIn, check, screenshot }) {
      await signIn('lanhdao');
      await page.getByRole('heading', { name: 'Kế hoạch KSTTHC' }).waitFor();
      const row = page
        .locator('tbody tr', { has: page.locator('a.plan-title', { hasText: HA_DONG }) })
        .filter({ has: page.locator('td.plan-year', { hasText: String(HA_DONG_YEAR) }) })
        .first();
      const sourceHref = await row.locator('a.plan-title').getAttribute('href');
      let copyId: string | null = null;
      try {
        await row.getByRole('button', { name: 'Sao chép sang năm khác' }).click();
        const dialog = page.getByRole('dialog');
        await dialog.getByText('Sao chép kế hoạch sang năm khác').first().waitFor();
        const year = page.locator('#copy-plan-year');
        check((await year.inputValue()) === '2027', `proposed year: ${await year.inputValue()}`);
        const submit = dialog.getByRole('button', { name: 'Sao chép', exact: true });

        // The year is checked as it is typed; nothing is sent while it is wrong.
        await year.fill(String(HA_DONG_YEAR));
        await dialog.getByText('Năm mới phải khác năm của kế hoạch gốc').waitFor();
        check(await submit.isDisabled(), 'same year could be sent');
        await year.fill('99');
        await dialog.getByText('Năm phải gồm 4 chữ số').waitFor();
        await year.fill('2101');
        await dialog.getByText('Năm phải từ 2000 đến 2100').waitFor();
        check(await submit.isDisabled(), 'year 2101 could be sent');
        await year.fill('2027');
        check(await submit.isEnabled(), 'year 2027 refused');
        await submit.click();

        await page.getByText('Đã sao chép kế hoạch sang năm 2027').first().waitFor();
        await screenshot('sao-chep-ke-hoach-sang-nam-2027');
        // The list was refreshed behind the dialog: the copy is listed with its year.
        const copyRow = page
          .locator('tbody tr', { has: page.locator('a.plan-title', { hasText: HA_DONG }) })
          .filter({ has: page.locator('td.plan-year', { hasText: '2027' }) });
        await copyRow.first().waitFor();
        await dialog.getByRole('link', { name: 'Mở kế hoạch vừa sao chép' }).click();
        await page.waitForURL((url) => /^\/ke-hoach\/[^/]+$/.test(url.pathname));
        copyId = new URL(page.url()).pathname.split('/').pop() ?? null;
        check(copyId && !sourceHref?.endsWith(copyId), `opened ${page.url()}, the source is ${sourceHref}`);
        const title = await page.locator('#plan-title').innerText();
        check(title.includes(HA_DONG), `copy title: ${title}`);
        const counts = await page.getByTestId('plan-counts').innerText();
        check(counts.includes('30 nhiệm vụ'), `copy counts: ${counts}`);

        // The copy's own history holds its creation, by whom, searchable without diacritics.
        await page.getByRole('link', { name: 'Lịch sử', exact: true }).click();
        await page.getByRole('heading', { name: 'Lịch sử thay đổi' }).waitFor();
        const created = page.locator('tr.history-row', { hasText: 'Sao chép từ một kế hoạch khác' });
        await created.waitFor();
        const createdText = await created.innerText();
        check(
          createdText.includes('Lê Văn Đạt') &&
            createdText.includes('Tạo mới') &&
            createdText.includes('Kế hoạch'),
          `copy history row: ${createdText}`,
        );
        check(/\d\d:\d\d ngày \d\d\/\d\d\/\d{4}/.test(createdText), `time: ${createdText}`);
        await page.getByTestId('history-search').fill('le van dat');
        await created.waitFor();
        await page.getByTestId('history-search').fill('');

        // The history of the 2026 plan, from the plan page's header.
        await page.getByRole('link', { name: 'Kế hoạch', exact: true }).click();
        await openFromPlans(page, HA_DONG);
        await page.getByTestId('plan-counts').waitFor();
        await page.getByRole('link', { name: 'Lịch sử', exact: true }).click();
        await page.waitForURL((url) => url.pathname.endsWith('/lich-su'));
        await page.getByRole('heading', { name: 'Lịch sử thay đổi' }).waitFor();
        check(page.url().includes(sourceHref ?? '!'), `history of ${page.url()}, expected ${sourceHref}`);
        const table = page.getByTestId('history-table');
        const empty = page.getByText('Kế hoạch này chưa có thay đổi nào được ghi lại');
        await table.or(empty).first().waitFor();
        if (await table.isVisible()) {
          const shown = await page.getByTestId('history-shown').innerText();
          check(/Hiển thị \d+\/\d+ thay đổi/.test(shown), `shown: ${shown}`);
          await page.getByTestId('history-search').fill('khong co thay doi nao nhu the nay');
          await page.getByText('Không có thay đổi nào khớp với bộ lọc').waitFor();
          await page.getByRole('button', { name: 'Bỏ lọc' }).click();
          await table.waitFor();
        }
        await screenshot('lich-su-thay-doi-ke-hoach-ha-dong');
      } finally {
        // Leave the plans list as the other journeys expect it: the seed plan without copies.
        if (copyId) {
          const answer = await gqlAsPage(page, 'mutation($id: ID!) { deletePlan(id: $id) }', { id: copyId });
          const deleted = answer.data?.deletePlan;
          check(deleted === copyId, `copy ${copyId} not deleted`);
        }
      }
    },
  },
];
