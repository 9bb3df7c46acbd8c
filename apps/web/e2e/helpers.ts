import type { Page } from 'playwright-core';

/** The demo seed's plan; other journeys add plans, so journeys pick it by name. */
export const HA_DONG = 'trên địa bàn xã Hà Đông';

/** The seed plan's year: a copy of it to another year keeps the same words in its title. */
export const HA_DONG_YEAR = 2026;

/** From the plans list, follows a link of the row of the plan whose title contains `title`. */
export async function openFromPlans(
  page: Page,
  title: string,
  link?: 'Tổng quan' | 'Báo cáo',
): Promise<void> {
  await page.getByRole('heading', { name: 'Kế hoạch KSTTHC' }).waitFor();
  const rows = page.locator('tbody tr', { has: page.locator('a.plan-title', { hasText: title }) });
  await rows.first().waitFor();
  // The list shows every year, newest first: prefer the seed plan's year over a copy of it.
  const ofYear = rows.filter({ has: page.locator('td.plan-year', { hasText: String(HA_DONG_YEAR) }) });
  const row = (await ofYear.count()) > 0 ? ofYear.first() : rows.first();
  if (link) await row.getByRole('link', { name: link }).click();
  else await row.locator('a.plan-title').click();
}

/** On "Nhiệm vụ của đơn vị", chooses the plan whose label contains `title`. */
export async function pickPlan(page: Page, title: string): Promise<void> {
  await page.locator('.n-select', { has: page.locator('#my-plan') }).click();
  const options = page.locator('.n-base-select-option', { hasText: title });
  await options.first().waitFor();
  // Options read "2026 — title": prefer the seed plan's year over a copy of it.
  const ofYear = options.filter({ hasText: `${HA_DONG_YEAR} — ` });
  await ((await ofYear.count()) > 0 ? ofYear.first() : options.first()).click();
}
