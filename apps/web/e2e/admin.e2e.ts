import type { Journey } from './journey';

const UNIT = 'Phòng Thử nghiệm số hoá';
const USERNAME = 'thunghiem.cb';
const FULL_NAME = 'Trần Thị Thử Nghiệm';
const PASSWORD = 'mat-khau-moi-1';

export const journeys: Journey[] = [
  {
    name: 'admin (quản trị) tạo đơn vị và tài khoản cán bộ, cán bộ mới đăng nhập được',
    async run({ page, signIn, check, screenshot }) {
      await signIn('admin');
      await page.getByRole('link', { name: 'Quản trị' }).click();
      await page.getByRole('heading', { name: 'Quản trị', level: 1 }).waitFor();

      // A unit: the form checks as you type, then the new unit shows in the table.
      await page.getByTestId('units-table').waitFor();
      await page.getByTestId('add-unit').click();
      const unitForm = page.getByTestId('unit-form');
      await page.fill('#unit-name', 'x');
      await page.fill('#unit-name', '');
      await page.getByText('Vui lòng nhập tên đơn vị').waitFor();
      await page.fill('#unit-name', UNIT);
      await page.fill('#unit-short-name', 'TNSH');
      await unitForm.getByRole('button', { name: 'Lưu' }).click();
      await page.getByText('Đã thêm đơn vị').waitFor();
      await unitForm.waitFor({ state: 'detached' });
      await page.getByTestId('units-table').locator('tr', { hasText: UNIT }).waitFor();

      // An officer account for that unit.
      await page.getByRole('tab', { name: 'Tài khoản' }).click();
      await page.getByTestId('users-table').waitFor();
      const fillNewUser = async (username: string) => {
        await page.getByTestId('add-user').click();
        await page.fill('#new-username', username);
        await page.fill('#new-fullname', FULL_NAME);
        await page.fill('#new-password', PASSWORD);
        await page.getByTestId('new-user-form').getByText('Cán bộ', { exact: true }).click();
        await page.locator('.n-select', { has: page.locator('#new-unit') }).click();
        await page.locator('.n-base-select-option', { hasText: UNIT }).first().click();
      };
      await fillNewUser(USERNAME);
      await page.fill('#new-username', 'Thu Nghiem');
      await page.getByText('Tên đăng nhập chỉ gồm chữ thường không dấu').waitFor();
      await page.fill('#new-username', USERNAME);
      await page.getByTestId('new-user-form').getByRole('button', { name: 'Tạo tài khoản' }).click();
      await page.getByText('Đã tạo tài khoản').waitFor();
      await page.getByTestId('new-user-form').waitFor({ state: 'detached' });
      const row = await page.getByTestId('users-table').locator('tr', { hasText: USERNAME }).innerText();
      check(row.includes(UNIT) && row.includes('Cán bộ'), `unexpected account row: ${row}`);

      // The same username again: the API refuses and the screen says why.
      await fillNewUser(USERNAME);
      await page.getByTestId('new-user-form').getByRole('button', { name: 'Tạo tài khoản' }).click();
      const refusal = page.getByTestId('new-user-error');
      await refusal.waitFor();
      const text = await refusal.innerText();
      check(/đã có người dùng/.test(text), `unexpected refusal: ${text}`);
      await page
        .getByTestId('new-user-form')
        .locator('.n-form-item-feedback', { hasText: 'đã có người dùng' })
        .waitFor();
      await page.waitForTimeout(300);
      await screenshot('quan-tri-trung-ten-dang-nhap');
      await page.getByTestId('new-user-form').getByRole('button', { name: 'Huỷ' }).click();
      await page.getByTestId('new-user-form').waitFor({ state: 'detached' });

      // The new officer signs in.
      await page.getByRole('button', { name: 'Đăng xuất' }).click();
      await page.waitForURL(/\/dang-nhap/);
      await signIn(USERNAME, PASSWORD);
      const who = await page.getByTestId('current-user').innerText();
      check(who.includes(FULL_NAME) && who.includes('Cán bộ'), `signed in as: ${who}`);
      await page.getByRole('link', { name: 'Nhiệm vụ của đơn vị' }).waitFor();
      check(
        !(await page.getByRole('link', { name: 'Quản trị' }).isVisible()),
        'an officer sees the administration link',
      );
    },
  },
];
