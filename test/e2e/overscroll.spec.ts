import { expect, test } from "./harness";
import { openHostPage, startHostPage } from "./hostPage";

let host: Awaited<ReturnType<typeof startHostPage>>;
test.beforeAll(async () => {
  host = await startHostPage();
});
test.afterAll(async () => {
  await host.close();
});

test("a fast wheel scroll to the end of the loaded rows scrolls the grid, never the host page, while the next page loads", async ({ page, api }) => {
  // The next pages do not come while the test runs: the wheel reaches the last loaded row with more on the way.
  await api.fault([2, 3].map((page) => ({ page, hang: true })));
  // A host page taller than the window, the control in the middle of it.
  const { problems } = await openHostPage(page, host.url, { api: api.url, width: 900, height: 420, hostSize: true, around: 1500 });
  const grid = page.locator("#host [role=grid]");
  await grid.scrollIntoViewIfNeeded();
  const box = await grid.boundingBox();
  if (!box) throw new Error("the grid is not visible");
  const pageTop = await page.evaluate(() => window.scrollY);
  expect(pageTop).toBeGreaterThan(0);

  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const atEnd = () => grid.evaluate((el) => el.scrollTop + el.clientHeight >= el.scrollHeight - 1);
  for (let i = 0; i < 40; i++) await page.mouse.wheel(0, 1000);
  // The wheel went on past the last loaded row while the next page was still on its way.
  await expect.poll(atEnd).toBe(true);
  await expect(page.locator("#host [data-footer-state]")).toHaveAttribute("data-footer-state", "loadingMore");
  for (let i = 0; i < 10; i++) await page.mouse.wheel(0, 1000);
  await expect(page.locator("#host [data-footer-state]")).toHaveAttribute("data-footer-state", "loadingMore");

  expect(await page.evaluate(() => window.scrollY)).toBe(pageTop);
  expect(problems).toEqual([]);
});
