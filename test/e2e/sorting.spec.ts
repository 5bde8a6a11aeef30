import AxeBuilder from "@axe-core/playwright";
import { expect, openHarness, test, type HarnessControl } from "./harness";

interface ApiPage {
  items: { id: string; total: number }[];
  nextLink: string | null;
}

const totalHeader = (control: HarnessControl) => control.grid.getByRole("columnheader", { name: /^Total/ });
const sortButton = (control: HarnessControl, name: string) => control.grid.getByRole("columnheader", { name: new RegExp(`^${name}`) }).getByRole("button");

/** The ids of the first `n` rows on screen, top to bottom. */
async function firstIds(control: HarnessControl, n: number): Promise<string[]> {
  return (await control.renderedRows()).sort((a, b) => a.rowIndex - b.rowIndex).slice(0, n).map((row) => row.id);
}

async function seriousViolations(control: HarnessControl): Promise<string[]> {
  const results = await new AxeBuilder({ page: control.page }).include('[data-lp-id="Contoso.OrdersGrid|TestControl"]').analyze();
  return results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

test("Connector without sortQuery: Total sorts the loaded orders in the browser, says so, and asks the API for nothing sorted", async ({ page, api }) => {
  const control = await openHarness(page, { apiBaseUrl: api.url, pageSize: 50 });
  await expect(control.grid.getByText("ORD-000001", { exact: true })).toBeVisible();
  await expect(control.status).toHaveText(/^Orders loaded: (50|100)$/);
  const loaded = Number((await control.status.textContent())?.replace(/\D/g, ""));
  const pages: ApiPage[] = [];
  for (let p = 1; p <= loaded / 50; p++) pages.push((await (await fetch(`${api.url}/orders?page=${p}&pageSize=50`)).json()) as ApiPage);
  const byTotal = pages.flatMap((p) => p.items).sort((a, b) => b.total - a.total);

  await expect(totalHeader(control)).toHaveAttribute("aria-sort", "none");
  await sortButton(control, "Total").hover();
  await expect(page.getByRole("tooltip")).toHaveText("Sort ascending");
  await sortButton(control, "Total").click();
  await expect(totalHeader(control)).toHaveAttribute("aria-sort", "ascending");
  await sortButton(control, "Total").click();
  await expect(totalHeader(control)).toHaveAttribute("aria-sort", "descending");
  await expect(page.getByRole("tooltip")).toHaveText("Remove sorting");
  // The arrow of the sort, next to the heading.
  await expect(totalHeader(control).locator("svg")).toBeVisible();
  await expect.poll(() => firstIds(control, 5)).toEqual(byTotal.slice(0, 5).map((o) => o.id));
  await expect(control.status).toHaveText(`Sorted the ${loaded} orders loaded so far`);
  expect((await api.listRequests()).filter((r) => r.path.includes("orderBy"))).toEqual([]);
  expect(await seriousViolations(control)).toEqual([]);
});

test("Connector with sortQuery: the API sorts from page 1, and the next pages follow its sorted nextLink chain", async ({ page, api }) => {
  const control = await openHarness(page, { apiBaseUrl: api.url, pageSize: 50, sortQuery: "orderBy={field} {direction}" });
  await expect(control.grid.getByText("ORD-000001", { exact: true })).toBeVisible();
  const sorted = (await (await fetch(`${api.url}/orders?page=1&pageSize=50&orderBy=total%20asc`)).json()) as ApiPage;
  await api.reset({ count: 1000 });

  await sortButton(control, "Total").click();
  await expect(totalHeader(control)).toHaveAttribute("aria-sort", "ascending");
  await expect.poll(() => firstIds(control, 5)).toEqual(sorted.items.slice(0, 5).map((o) => o.id));
  await expect(control.status).toHaveText(/^Orders loaded: \d+$/);

  await control.scrollToEnd();
  await expect.poll(async () => (await api.listRequests()).map((r) => r.path)).toEqual(
    expect.arrayContaining(["/orders?page=1&pageSize=50&orderBy=total+asc", "/orders?page=2&pageSize=50&orderBy=total+asc"]),
  );
  expect((await api.listRequests()).every((r) => r.path.includes("orderBy=total+asc"))).toBe(true);
});

test("keyboard: the headings are one tab stop after the rows; arrows move between them, Enter and Space sort, and the rows' keys still work", async ({ page, api }) => {
  const control = await openHarness(page, { apiBaseUrl: api.url, pageSize: 50 });
  await expect(control.grid.getByText("ORD-000001", { exact: true })).toBeVisible();
  await control.grid.focus();
  await page.keyboard.press("Tab");
  await expect(sortButton(control, "Order")).toBeFocused();
  for (let i = 0; i < 4; i++) await page.keyboard.press("ArrowRight");
  await expect(sortButton(control, "Total")).toBeFocused();
  await expect(page.getByRole("tooltip")).toHaveText("Sort ascending");

  await page.keyboard.press("Enter");
  await expect(totalHeader(control)).toHaveAttribute("aria-sort", "ascending");
  await expect(sortButton(control, "Total")).toBeFocused();
  await page.keyboard.press("Space");
  await expect(totalHeader(control)).toHaveAttribute("aria-sort", "descending");
  await expect(sortButton(control, "Total")).toBeFocused();
  const top = await firstIds(control, 2);

  // Back to the rows: Down, then Enter selects the second order of the sorted list.
  await page.keyboard.press("Shift+Tab");
  await expect(control.grid).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await expect(control.root.locator(`[data-order-id="${top[1] ?? ""}"]`)).toHaveAttribute("aria-selected", "true");
  await expect(totalHeader(control)).toHaveAttribute("aria-sort", "descending");

  // Space a third time, on the heading: back to the loaded order.
  await page.keyboard.press("Tab");
  await expect(sortButton(control, "Total")).toBeFocused();
  await page.keyboard.press("Space");
  await expect(totalHeader(control)).toHaveAttribute("aria-sort", "none");
  await expect.poll(() => firstIds(control, 1)).toEqual(["ORD-000001"]);
  expect(await seriousViolations(control)).toEqual([]);
});
