import { startHostPage } from "./hostPage";
import { expect, test } from "./harness";

let host: Awaited<ReturnType<typeof startHostPage>>;
let pageUrl = "";

test.beforeAll(async () => {
  host = await startHostPage();
  pageUrl = `${host.url}twoInstances.html`;
});

test.afterAll(async () => {
  await host.close();
});

test("two instances on one page share no cache, ids or state, and each takes its host theme", async ({ page, api }) => {
  await page.goto(`${pageUrl}?api=${encodeURIComponent(api.url)}`);
  const light = page.locator("#light");
  const dark = page.locator("#dark");
  await expect(light.getByText("ORD-000001", { exact: true })).toBeVisible();
  await expect(dark.getByText("ORD-000001", { exact: true })).toBeVisible();

  // No shared cache: each instance asked for the first page itself.
  expect((await api.listRequests()).filter((r) => r.page === 1)).toHaveLength(2);

  // No shared ids: the row each grid points screen readers at is its own, and every id in the
  // page is unique (Fluent's and the grid's own).
  const activeIds: string[] = [];
  for (const host of [light, dark]) {
    const grid = host.getByRole("grid");
    await grid.focus();
    const active = await grid.getAttribute("aria-activedescendant");
    if (!active) throw new Error("a focused grid points at its active row");
    await expect(host.locator(`[id="${active}"]`)).toHaveAttribute("data-order-id", "ORD-000001");
    const ids = await page.locator("[id]").evaluateAll((els) => els.map((e) => e.id));
    expect(ids).toContain(active);
    expect(new Set(ids).size).toBe(ids.length);
    activeIds.push(active);
  }
  expect(activeIds[0]).not.toBe(activeIds[1]);

  // No shared state: selecting in one leaves the other alone.
  await light.locator('[data-order-id="ORD-000002"]').click();
  await expect(light.locator('[data-order-id="ORD-000002"]')).toHaveAttribute("aria-selected", "true");
  await expect(dark.locator('[data-order-id="ORD-000002"]')).toHaveAttribute("aria-selected", "false");

  // Each takes its theme: the host's dark tokens in one, Fluent's light theme in the other.
  const background = (host: typeof light) => host.getByRole("grid").evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(await background(light)).toBe("rgb(255, 255, 255)");
  expect(await background(dark)).toBe("rgb(41, 41, 41)");
});
