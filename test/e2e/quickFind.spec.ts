import AxeBuilder from "@axe-core/playwright";
import { orderAt } from "../orders-api/orderData";
import { expect, openHarness, test, type HarnessControl } from "./harness";
import { openHostPage, startHostPage } from "./hostPage";

const CONTROL = '[data-lp-id="Contoso.OrdersGrid|TestControl"]';
/** The orders the harness's API serves (seed 1). */
const apiOrders = (count: number) => Array.from({ length: count }, (_, i) => orderAt(i, 1));

async function seriousViolations(page: HarnessControl["page"]) {
  const results = await new AxeBuilder({ page }).include(CONTROL).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

/** The customer cell of every order row in the DOM. */
const customers = (control: HarnessControl) => control.root.locator("[data-order-id] [role=gridcell]:nth-child(3)").allTextContents();

test("quick find: typing filters the loaded orders and marks the match; Load all searches to the end; Esc clears; axe finds nothing serious", async ({ page, api }) => {
  const control = await openHarness(page, { apiBaseUrl: api.url, pageSize: 50 });
  await expect(control.grid.getByText("ORD-000001", { exact: true })).toBeVisible();

  await control.searchBox.click();
  await page.keyboard.type("wíngtip", { delay: 30 });
  const inFirstPage = apiOrders(50).filter((order) => order.customer === "Wingtip Toys");
  await expect(control.searchStatus).toHaveText(`${inFirstPage.length} of 50 loaded orders match (more orders are not loaded yet)`);
  await expect(control.root.locator("[data-order-id]")).toHaveCount(inFirstPage.length);
  expect(await customers(control)).toEqual(inFirstPage.map(() => "Wingtip Toys"));
  const marks = control.grid.locator("mark");
  await expect(marks.first()).toHaveText("Wingtip");
  // The match is marked in a way that shows: a background the text colour stays readable on.
  const look = await marks.first().evaluate((mark) => ({ background: getComputedStyle(mark).backgroundColor, weight: getComputedStyle(mark).fontWeight }));
  expect(look.background).not.toBe("rgba(0, 0, 0, 0)");
  expect(Number(look.weight)).toBeGreaterThanOrEqual(600);
  // Still the loaded rows: no request carried the text.
  expect((await api.listRequests()).some((entry) => entry.path.includes("ngtip"))).toBe(false);
  expect(await seriousViolations(page)).toEqual([]);

  // Load all follows nextLink to the end; the matches of the new pages are appended below.
  const firstShown = inFirstPage[0]?.id ?? "";
  await control.root.getByRole("button", { name: "Load all" }).click();
  await expect(control.status).toHaveText("End of list · Orders: 1,000", { timeout: 30_000 });
  const all = apiOrders(1000).filter((order) => order.customer === "Wingtip Toys");
  await expect(control.searchStatus).toHaveText(`${all.length} of 1,000 loaded orders match`);
  await expect(control.root.locator("[data-order-id]").first()).toHaveAttribute("data-order-id", firstShown);
  // From this control's first page on: a request of the test before, still in flight when the
  // API's log was reset, may land ahead of it (it is never this control's: page 1 comes first).
  const paths = (await api.listRequests()).map((entry) => entry.path);
  expect(paths.slice(paths.indexOf("/orders?page=1&pageSize=50"))).toEqual(Array.from({ length: 20 }, (_, i) => `/orders?page=${i + 1}&pageSize=50`));

  // Esc: every order again, nothing marked.
  await control.searchBox.press("Escape");
  await expect(control.searchBox).toHaveValue("");
  await expect(control.grid.getByText("ORD-000001", { exact: true })).toBeVisible();
  await expect(marks).toHaveCount(0);
  await expect(control.searchStatus).toHaveText("");
});

test("showSearch off: no search box, the orders as loaded, and typing on the grid searches nothing", async ({ page, api }) => {
  const control = await openHarness(page, { apiBaseUrl: api.url, showSearch: false });
  await expect(control.root.locator('[data-order-id="ORD-000001"]')).toBeVisible();
  await expect(control.searchBox).toHaveCount(0);
  await control.grid.focus();
  await page.keyboard.type("wingtip");
  await expect(control.searchStatus).toHaveCount(0);
  expect(await customers(control)).toEqual(apiOrders(await control.root.locator("[data-order-id]").count()).map((order) => order.customer));
});

test("quick find: an empty result says so and how to clear it; Clear brings the orders back", async ({ page, api }) => {
  const control = await openHarness(page, { apiBaseUrl: api.url, pageSize: 50 });
  await expect(control.grid.getByText("ORD-000001", { exact: true })).toBeVisible();
  await control.searchBox.fill("no such order");
  await expect(control.root.getByText("No orders match “no such order”")).toBeVisible();
  await expect(control.root.getByText(/Only the orders loaded so far were searched/)).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await control.root.locator('[data-grid-state="noMatch"]').getByRole("button", { name: "Clear search" }).click();
  await expect(control.grid.getByText("ORD-000001", { exact: true })).toBeVisible();
  await expect(control.searchBox).toBeFocused();
});

test("quick find with searchQuery: the API searches, from page 1, and its nextLink carries the search on", async ({ page, api }) => {
  const control = await openHarness(page, { apiBaseUrl: api.url, pageSize: 50, searchQuery: "search={text}" });
  await expect(control.grid.getByText("ORD-000001", { exact: true })).toBeVisible();
  await control.searchBox.click();
  await page.keyboard.type("toys", { delay: 30 });
  const matching = apiOrders(1000).filter((order) => order.customer.includes("Toys"));
  await expect(control.root.locator("[data-order-id]").first()).toHaveAttribute("data-order-id", matching[0]?.id ?? "");
  await expect(control.searchStatus).toHaveText("Matching orders loaded: 50");
  // One search for the word, not one per letter.
  const searches = (await api.listRequests()).filter((entry) => entry.path.includes("search="));
  expect(searches.map((entry) => entry.path)).toEqual(["/orders?page=1&pageSize=50&search=toys"]);

  await control.root.getByRole("button", { name: "Load all" }).click();
  await expect(control.status).toHaveText(`End of list · Orders: ${matching.length}`, { timeout: 30_000 });
  const pages = (await api.listRequests()).filter((entry) => entry.path.includes("search=toys"));
  expect(pages).toHaveLength(Math.ceil(matching.length / 50));
  expect(await customers(control)).toEqual(expect.arrayContaining([expect.stringContaining("Toys")]));
});

test("quick find at narrow widths: the box shrinks with the control and never overflows it", async ({ page }) => {
  const host = await startHostPage();
  try {
    const { problems } = await openHostPage(page, host.url, { width: 200, height: 480, hostSize: true });
    for (const width of [200, 260, 330, 480, 700]) {
      await page.evaluate((next) => (window as unknown as { resizeHost(width: number): void }).resizeHost(next), width);
      const fit = await page.locator("#host").evaluate(async (element) => {
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        const box = element.querySelector("[role=search]")?.getBoundingClientRect();
        const input = element.querySelector("input[type=search]")?.getBoundingClientRect();
        const container = element.getBoundingClientRect();
        return { inside: !!box && !!input && box.right <= container.right + 0.5 && input.right <= container.right + 0.5, input: input?.width ?? 0, overflow: element.scrollWidth - element.clientWidth };
      });
      expect.soft(fit, `${width} px`).toMatchObject({ inside: true, overflow: 0 });
      expect.soft(fit.input, `${width} px: room to type`).toBeGreaterThan(40);
    }
    await page.getByRole("searchbox", { name: "Search orders" }).fill("ord-000001");
    await expect(page.locator("#host [data-order-id]").first()).toHaveAttribute("data-order-id", "ORD-000001");
    expect(problems).toEqual([]);
  } finally {
    await host.close();
  }
});

test("Load all: its progress in the footer, one request at a time; Cancel stops it with the rows kept; maxPages ends it at the limit, said as such", async ({ page, api }) => {
  await api.reset({ count: 1000, latencyMs: 150 });
  // A page size of its own: a request of the test before, still in flight, is not counted.
  const ours = async () => (await api.listRequests()).filter((entry) => entry.path.endsWith("&pageSize=40"));
  const control = await openHarness(page, { apiBaseUrl: api.url, pageSize: 40 });
  await expect(control.grid.getByText("ORD-000001", { exact: true })).toBeVisible();
  await control.root.getByRole("button", { name: "Load all" }).click();
  await expect(control.status).toHaveText(/^Loading all: [\d,]+ orders loaded$/);
  await expect.poll(async () => (await ours()).length, { timeout: 10_000 }).toBeGreaterThanOrEqual(4);
  await control.root.getByRole("button", { name: "Cancel" }).click();
  await expect(control.root.getByRole("button", { name: "Load all" })).toBeVisible();
  const requested = (await ours()).length;
  const kept = Number(/Orders loaded: ([\d,]+)/.exec(await control.status.innerText())?.[1]?.replace(/,/g, "") ?? NaN);
  expect(kept).toBeGreaterThanOrEqual(120);
  expect(kept).toBeLessThan(1000);
  // Stopped: no request after the one Cancel dropped, and every row loaded before it is still there.
  await page.waitForTimeout(800);
  expect((await ours()).length).toBe(requested);
  await expect(control.status).toHaveText(`Orders loaded: ${kept.toLocaleString("en-US")}`);
  // One request at a time: each sent after the one before it was answered (latency 150 ms).
  const sent = await ours();
  expect(sent.map((entry) => Number(new URL(entry.path, api.url).searchParams.get("page")))).toEqual(sent.map((_, i) => i + 1));
  for (let i = 1; i < sent.length; i++) expect((sent[i]?.at ?? 0) - (sent[i - 1]?.at ?? 0)).toBeGreaterThanOrEqual(140);

  await api.reset({ count: 1000 });
  const limited = await openHarness(page, { apiBaseUrl: api.url, pageSize: 40, maxPages: 3 });
  await expect(limited.grid.getByText("ORD-000001", { exact: true })).toBeVisible();
  await limited.root.getByRole("button", { name: "Load all" }).click();
  await expect(limited.root.getByText("Loading stopped: the page limit is reached")).toBeVisible({ timeout: 15_000 });
  expect((await ours()).map((entry) => entry.path)).toEqual([1, 2, 3].map((n) => `/orders?page=${n}&pageSize=40`));
  await expect(limited.status).toHaveText(/Orders loaded: 120/);
});
