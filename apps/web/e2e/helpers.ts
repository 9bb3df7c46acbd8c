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

interface GraphqlAnswer {
  data?: Record<string, unknown>;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

/** Sends a GraphQL request from the page with the signed-in user's token, as another tab would. */
export function gqlAsPage(page: Page, query: string, variables: object = {}): Promise<GraphqlAnswer> {
  return page.evaluate(
    async ({ query, variables }) => {
      const token = sessionStorage.getItem('kstthc.token');
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      });
      return response.json();
    },
    { query, variables },
  );
}

/** Id and version of a task of the seed plan (of HA_DONG_YEAR), by section and task code. */
export async function haDongTask(
  page: Page,
  sectionCode: string,
  code: string,
): Promise<{ id: string; version: number }> {
  const plans = (await gqlAsPage(page, '{ plans { id title year } }')).data?.plans as Array<{
    id: string;
    title: string;
    year: number;
  }>;
  const plan = plans.find((p) => p.title.includes(HA_DONG) && p.year === HA_DONG_YEAR);
  if (!plan) throw new Error('the seed plan is not in the list');
  const tree = await gqlAsPage(
    page,
    'query($id: ID!) { plan(id: $id) { sections { code contents { tasks { id code version } } } } }',
    { id: plan.id },
  );
  type Tree = {
    sections: Array<{
      code: string;
      contents: Array<{ tasks: Array<{ id: string; code: string; version: number }> }>;
    }>;
  };
  const task = (tree.data?.plan as Tree).sections
    .find((s) => s.code === sectionCode)
    ?.contents.flatMap((c) => c.tasks)
    .find((t) => t.code === code);
  if (!task) throw new Error(`task ${sectionCode} ${code} not found`);
  return task;
}
