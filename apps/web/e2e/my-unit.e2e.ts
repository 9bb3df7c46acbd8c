import { HA_DONG, pickPlan } from './helpers.ts';
import type { Journey } from './journey';

export const journeys: Journey[] = [
  {
    name: 'cán bộ Phòng Văn hoá-Xã hội xem nhiệm vụ của đơn vị',
    async run({ page, signIn, check }) {
      await signIn('vhxh');
      await page.getByRole('link', { name: 'Nhiệm vụ của đơn vị' }).click();
      await pickPlan(page, HA_DONG);
      await page.getByRole('heading', { name: 'Nhiệm vụ của đơn vị' }).waitFor();
      await page.locator('tr.row-task').first().waitFor();
      const rows = await page.locator('tr.row-task').allInnerTexts();
      check(rows.length > 0, 'no task for the unit');
      check(
        rows.some((t) => /Phòng Văn hoá-xã hội/i.test(t)),
        `no row names Phòng Văn hoá-Xã hội: ${rows.map((t) => t.slice(0, 60)).join(' / ')}`,
      );
    },
  },
];
