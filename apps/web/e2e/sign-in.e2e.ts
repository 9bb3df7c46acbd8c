import type { Journey } from './journey';

export const journeys: Journey[] = [
  {
    name: 'đăng nhập sai mật khẩu thấy lỗi tiếng Việt, rồi chuyển sang tiếng Anh',
    async run({ page, baseUrl, check, signIn, screenshot }) {
      await page.goto(`${baseUrl}/ke-hoach`);
      await page.waitForURL(/\/dang-nhap/);
      await page.click('button[type=submit]');
      check(
        await page.getByText('Vui lòng nhập tên đăng nhập').isVisible(),
        'no as-you-type message for the username',
      );
      await page.fill('#username', 'lanhdao');
      await page.fill('#password', 'sai-mat-khau');
      await page.click('button[type=submit]');
      const error = page.getByTestId('sign-in-error');
      await error.waitFor();
      const text = await error.innerText();
      check(/không đúng|không hợp lệ|mật khẩu/i.test(text), `unexpected error text: ${text}`);
      await screenshot('dang-nhap-loi');

      await signIn('lanhdao');
      await page.getByRole('group', { name: 'Ngôn ngữ' }).getByRole('button', { name: 'EN' }).click();
      await page.getByRole('heading', { name: 'KSTTHC plans' }).waitFor();
      check(await page.getByText('Leader').isVisible(), 'role not shown in English');
      await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'VI' }).click();
      await page.getByRole('heading', { name: 'Kế hoạch KSTTHC' }).waitFor();
    },
  },
];
