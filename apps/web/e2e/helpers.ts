import type { Page } from 'playwright-core';

/** The demo seed's plan; other journeys add plans, so journeys pick it by name. */
export const HA_DONG = 'trên địa bàn xã Hà Đông';

/** From the plans list, follows a link of the row of the plan whose title contains `title`. */
export async function openFromPlans(
  page: Page,
  title: string,
  link?: 'Tổng quan' | 'Báo cáo',
): Promise<void> {
  await page.getByRole('heading', { name: 'Kế hoạch KSTTHC' }).waitFor();
  const row = page.locator('tbody tr', { has: page.locator('a.plan-title', { hasText: title }) }).first();
  if (link) await row.getByRole('link', { name: link }).click();
  else await row.locator('a.plan-title').click();
}

/** On "Nhiệm vụ của đơn vị", chooses the plan whose label contains `title`. */
export async function pickPlan(page: Page, title: string): Promise<void> {
  await page.locator('.n-select', { has: page.locator('#my-plan') }).click();
  await page.locator('.n-base-select-option', { hasText: title }).first().click();
}
