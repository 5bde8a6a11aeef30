import AxeBuilder from "@axe-core/playwright";
import { orderAt, ordersPage } from "../orders-api/orderData";
import { expect, test } from "./harness";
import { REFUSALS, type RefusalCode } from "./hosts/connectorStandIn";
import { ALL_IDS, openCanvasHost, hostPageServerForSpec } from "./hosts/hostPageDriver";

const host = hostPageServerForSpec();
const totalOf = (id: string) => orderAt(Number(id.slice(4)) - 1, 1).total;
/** The first page loaded in App.OnStart: the control's first updateView has it (the Screen.OnVisible test covers the other way). */
const ON_START = { firstPage: "OnStart" } as const;
/**
 * The runtime's page holds the whole collection (2,000, the data row limit's maximum): for
 * tests of the app's calls, not of the data-set's paging, which the first tests cover.
 */
const WHOLE_COLLECTION = { ...ON_START, datasetPageSize: 2000 } as const;

test.describe("canvas app: the nextLink bridge over a collection", () => {
  test("pages all 1,000 orders by scrolling: OnLoadMore → ListOrdersNextPage → Collect, each order once, in order", async ({ page, api }) => {
    const app = await openCanvasHost(page, host.url, ON_START);
    await expect(app.grid.getByText("ORD-000001", { exact: true })).toBeVisible();

    const list = await app.scrollToEnd();
    expect(list.gaps).toEqual([]);
    expect(list.ids).toEqual(ALL_IDS);
    await expect(app.status).toHaveText("End of list · Orders: 1,000");
    expect((await app.call("outputs")).loadedCount).toBe(1000);
    expect((await app.call("outputs")).hasMore).toBe(false);
    // The app loaded each connector page once: ListOrders page 1, then ListOrdersNextPage by each nextLink.
    expect((await api.listRequests()).map((r) => r.page)).toEqual(Array.from({ length: 10 }, (_, i) => i + 1));
    expect(await app.call("varNextLink")).toBeNull();
    expect(await app.call("dataset")).toMatchObject({ totalResultCount: 1000, hasNextPage: false });
    expect(await app.call("overlappingLoadMore")).toBe(0);
    expect(await app.call("overlappingPagingCalls")).toBe(0);
    expect(app.pageErrors).toEqual([]);
  });

  test("README's Screen.OnVisible: the first page arrives after the control is on screen, empty; axe finds nothing serious on the app's grid", async ({ page }) => {
    const app = await openCanvasHost(page, host.url);
    await expect(app.grid.getByText("ORD-000001", { exact: true })).toBeVisible();
    await expect.poll(() => app.call("outputs")).toMatchObject({ loadedCount: 100, hasMore: true });
    const list = await app.scrollToEnd({ stopAtId: "ORD-000150" });
    expect(list.ids.slice(0, 150)).toEqual(ALL_IDS.slice(0, 150));
    const results = await new AxeBuilder({ page }).include("#host").analyze();
    expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
  });

  test("a data-set page (25) smaller than the app's connector pages (100): the control sets the page size and drains the data-set before OnLoadMore", async ({ page }) => {
    const app = await openCanvasHost(page, host.url, { ...ON_START, datasetPageSize: 25, connectorPageSize: 100, controlPageSize: 100 });
    await expect(app.grid.getByText("ORD-000001", { exact: true })).toBeVisible();

    const list = await app.scrollToEnd();
    expect(list.gaps).toEqual([]);
    expect(list.ids).toEqual(ALL_IDS);
    await expect(app.status).toHaveText("End of list · Orders: 1,000");
    expect((await app.call("outputs")).loadedCount).toBe(1000);
    expect(await app.call("datasetCalls")).toContain("setPageSize(100)");
    // Nine pages asked of the app, one per connector page after the first: never while rows of the collection were still unseen.
    expect((await app.call("events")).filter((e) => e === "OnLoadMore")).toHaveLength(9);
    expect(await app.call("overlappingPagingCalls")).toBe(0);
  });

  test("connector pages (50) smaller than the control's page size (100): each Collect fills the data-set's page; one OnLoadMore per connector page", async ({ page, api }) => {
    const app = await openCanvasHost(page, host.url, { ...ON_START, connectorPageSize: 50, controlPageSize: 100 });
    await expect(app.grid.getByText("ORD-000001", { exact: true })).toBeVisible();

    const list = await app.scrollToEnd();
    expect(list.gaps).toEqual([]);
    expect(list.ids).toEqual(ALL_IDS);
    await expect(app.status).toHaveText("End of list · Orders: 1,000");
    expect(await app.call("collectionIds")).toEqual(ALL_IDS);
    expect(await app.call("overlappingLoadMore")).toBe(0);
    expect((await api.listRequests()).map((r) => r.page)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  test("the app's call failing: the error notification, the rows kept, OnError raised", async ({ page, api }) => {
    // Every ask for page 2 fails, the first ask and the control's automatic retries alike.
    await api.fault({ page: 2, status: 503, envelope: { code: "ServiceUnavailable", message: "The orders service is down for maintenance" } });
    const app = await openCanvasHost(page, host.url, { ...WHOLE_COLLECTION, requestTimeout: 1 });
    await expect(app.grid.getByText("ORD-000001", { exact: true })).toBeVisible();
    await app.scrollToBottom();

    await expect(app.alert).toBeVisible({ timeout: 30_000 });
    await expect(app.alert).toContainText("The app did not deliver the orders in time");
    await expect(app.alert).toContainText("The app did not load the next page in time");
    await expect(app.alert).toContainText("The orders already loaded are kept (100)");
    const outputs = await app.call("outputs");
    expect(outputs.errorCode).toBe("LoadMoreTimeout");
    expect(outputs.loadedCount).toBe(100);
    expect(await app.call("events")).toContain("OnError");
    // The app's IfError showed the connector's message each time it asked.
    const notifications = await app.call("notifications");
    expect(notifications.length).toBeGreaterThan(0);
    expect(new Set(notifications)).toEqual(new Set(["More orders could not be loaded: The orders service is down for maintenance"]));
    await expect(app.grid.locator('[data-order-id="ORD-000100"]')).toBeAttached();
  });

  test("the app's call failing, then Retry: loading resumes without losing or repeating an order", async ({ page, api }) => {
    // The first ask and the three automatic retries fail; the user's Retry is answered.
    await api.fault({ page: 2, times: 4, status: 503, envelope: { code: "ServiceUnavailable", message: "The orders service is down for maintenance" } });
    const app = await openCanvasHost(page, host.url, { ...WHOLE_COLLECTION, requestTimeout: 1 });
    await expect(app.grid.getByText("ORD-000001", { exact: true })).toBeVisible();
    await app.scrollToBottom();
    await expect(app.alert.getByRole("button", { name: "Retry" })).toBeVisible({ timeout: 30_000 });
    await app.alert.getByRole("button", { name: "Retry" }).click();
    await expect(app.alert).toBeHidden();

    const list = await app.scrollToEnd();
    expect(list.gaps).toEqual([]);
    expect(list.ids).toEqual(ALL_IDS);
    await expect(app.status).toHaveText("End of list · Orders: 1,000");
    expect(await app.call("collectionIds")).toEqual(ALL_IDS);
  });

  test("the app's call being slow: a loading row, then the rows; no second OnLoadMore while one is pending", async ({ page, api }) => {
    await api.reset({ count: 1000, latencyMs: 300 });
    const app = await openCanvasHost(page, host.url, WHOLE_COLLECTION);
    await expect(app.grid.getByText("ORD-000001", { exact: true })).toBeVisible();
    await app.scrollToBottom();

    await expect(app.status).toHaveText("Loading more orders…");
    await expect(app.grid.locator('[role="row"][aria-busy="true"]').first()).toBeVisible();
    // The user keeps pushing at the end while the page is on its way.
    await app.grid.hover();
    for (let i = 0; i < 5; i++) await page.mouse.wheel(0, 400);
    await expect.poll(() => app.call("outputs").then((o) => o.loadedCount)).toBe(200);
    expect(await app.call("overlappingLoadMore")).toBe(0);

    const list = await app.scrollToEnd();
    expect(list.ids.slice(-5)).toEqual(ALL_IDS.slice(-5));
    expect(new Set(list.ids).size).toBe(list.ids.length);
    expect((await app.call("outputs")).loadedCount).toBe(1000);
    expect(await app.call("overlappingLoadMore")).toBe(0);
    expect((await api.listRequests()).map((r) => r.page)).toEqual(Array.from({ length: 10 }, (_, i) => i + 1));
  });

  test("the app re-sorting its collection: the grid shows the sorted list from the top, not a mix", async ({ page }) => {
    // Two hundred orders in the collection from the start, one page of the grid's, and nothing loading when the app sorts.
    const app = await openCanvasHost(page, host.url, { ...WHOLE_COLLECTION, connectorPageSize: 200, controlPageSize: 200 });
    await expect(app.grid.getByText("ORD-000001", { exact: true })).toBeVisible();
    await expect.poll(() => app.call("outputs").then((o) => o.loadedCount)).toBe(200);
    const loaded = await app.call("collectionIds");
    expect(loaded).toEqual(ALL_IDS.slice(0, 200));

    await app.call("change", { kind: "sort", column: "total", order: "Descending" });
    const sorted = [...loaded].sort((a, b) => totalOf(b) - totalOf(a));
    expect(await app.call("collectionIds")).toEqual(sorted);
    await expect(app.grid.locator("[data-order-id]").first()).toHaveAttribute("data-order-id", sorted[0] ?? "");

    const list = await app.scrollToEnd({ stopAtId: sorted.at(-1) ?? "" });
    expect(list.gaps).toEqual([]);
    // The collection's new order from its first row: nothing of the old order before or among them.
    expect(list.ids.slice(0, sorted.length)).toEqual(sorted);
  });

  test("the app re-filtering its collection: the grid shows the filtered list from the top", async ({ page }) => {
    const app = await openCanvasHost(page, host.url, WHOLE_COLLECTION);
    await expect(app.grid.getByText("ORD-000001", { exact: true })).toBeVisible();

    await app.call("change", { kind: "filter", status: "Shipped" });
    const shipped = ALL_IDS.slice(0, 100).filter((id) => orderAt(Number(id.slice(4)) - 1, 1).status === "Shipped");
    await expect(app.grid.locator("[data-order-id]").first()).toHaveAttribute("data-order-id", shipped[0] ?? "");
    // A short list is near its end: the control may ask for more, and the app's OnLoadMore appends the next page after it.
    const list = await app.scrollToEnd({ stopAtId: shipped.at(-1) ?? "" });
    expect(list.gaps).toEqual([]);
    expect(list.ids.slice(0, shipped.length)).toEqual(shipped);
  });

  test("OnSelect: a click on an order raises the app's OnSelect, which reads selectedOrderId", async ({ page }) => {
    const app = await openCanvasHost(page, host.url, ON_START);
    await app.grid.locator('[data-order-id="ORD-000003"]').click();
    await expect.poll(() => app.call("events")).toContain("OnSelect");
    expect(await app.call("varSelected")).toBe("ORD-000003");
  });

  test("the app clearing its collection: no orders, no more to load; the app's next ClearCollect shows from the first order", async ({ page, api }) => {
    const app = await openCanvasHost(page, host.url, ON_START);
    await expect(app.grid.getByText("ORD-000001", { exact: true })).toBeVisible();

    await app.call("change", { kind: "clear" });
    await expect(app.root.getByText("No orders")).toBeVisible();
    await expect.poll(() => app.call("outputs")).toMatchObject({ loadedCount: 0, hasMore: false });
    const calls = (await api.listRequests()).length;

    await app.call("change", { kind: "restart" });
    await expect(app.grid.locator("[data-order-id]").first()).toHaveAttribute("data-order-id", "ORD-000001");
    await expect.poll(() => app.call("outputs").then((o) => o.loadedCount)).toBe(100);
    // Only the app's own ListOrders: the control asked for nothing while the collection was empty.
    expect((await api.listRequests()).length).toBe(calls + 1);
    expect(app.pageErrors).toEqual([]);
  });

  test("README's OnSort and OnSearch formula: the app reloads page 1 with the grid's sort and search, and the grid shows the API's list as the app says it loaded it", async ({ page, api }) => {
    const app = await openCanvasHost(page, host.url, ON_START);
    await expect(app.grid.getByText("ORD-000001", { exact: true })).toBeVisible();
    const byTotal = (ids: readonly string[]) =>
      ids
        .map((id, i) => ({ id, total: totalOf(id), i }))
        .sort((a, b) => a.total - b.total || a.i - b.i)
        .map((order) => order.id);

    await app.grid.getByRole("columnheader", { name: /^Total/ }).getByRole("button").click();
    // OnSort reloads the collection in the API's order: page 1 of all 1,000 orders by total.
    const firstByTotal = byTotal(ALL_IDS).slice(0, 100);
    await expect.poll(() => app.call("collectionIds")).toEqual(firstByTotal);
    await expect(app.grid.locator("[data-order-id]").first()).toHaveAttribute("data-order-id", firstByTotal[0] ?? "");
    // collectionSort says the collection is in the grid's sort: the API's order, not the browser's over the orders loaded so far.
    await expect(page.getByTestId("footer-text")).toHaveText("Orders loaded: 100");
    expect((await api.listRequests()).map((r) => r.path).at(-1)).toMatch(/orderBy=total\+asc/);

    await page.getByRole("searchbox", { name: "Search orders" }).fill("ord-0009");
    // The app's search on the API finds ORD-000900 to ORD-000999, the sort kept.
    const found = byTotal(ALL_IDS.slice(899, 999));
    await expect.poll(() => app.call("collectionIds")).toEqual(found);
    await expect(app.grid.locator("[data-order-id]").first()).toHaveAttribute("data-order-id", found[0] ?? "");
    expect(await app.call("events")).toEqual(expect.arrayContaining(["OnSort", "OnSearch"]));
    // collectionSearch says the collection holds the API's matches: the grid does not search them again.
    await expect(page.getByTestId("search-status")).toHaveText("Matching orders loaded: 100");
    const requests = (await api.listRequests()).map((r) => r.path);
    expect(requests.at(-1)).toMatch(/orderBy=total\+asc.*search=ord-0009|search=ord-0009.*orderBy=total\+asc/);
    expect(await app.call("notifications")).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });

  test("README's OnSort formula, the user sorting again before the API answers, the first answer landing last: the collection and the grid keep the later sort, the API's order", async ({ page, api }) => {
    const app = await openCanvasHost(page, host.url, ON_START);
    await expect(app.grid.getByText("ORD-000001", { exact: true })).toBeVisible();
    // The first OnSort's call is slow, the second's is not.
    await api.fault({ page: 1, times: 1, delayMs: 2500 });
    const total = app.grid.getByRole("columnheader", { name: /^Total/ }).getByRole("button");
    await total.click();
    await expect.poll(() => app.call("events")).toContain("OnSort");
    await total.click();
    // Page 1 of all 1,000 orders by total, highest first: the answer to the second OnSort.
    const byTotalDescending = ALL_IDS.map((id, i) => ({ id, total: totalOf(id), i }))
      .sort((a, b) => b.total - a.total || a.i - b.i)
      .slice(0, 100)
      .map((order) => order.id);
    await expect.poll(() => app.call("collectionIds")).toEqual(byTotalDescending);
    // Then the first call's answer (ascending) lands, and is not the grid's sort any more: the formula drops it.
    await expect.poll(() => app.call("sortOrSearchCalls"), { timeout: 15_000 }).toEqual({ answered: 2, filled: 1 });
    const sortedRequests = (await api.listRequests()).filter((r) => r.path.includes("orderBy="));
    expect(sortedRequests.map((r) => /orderBy=[^&]+/.exec(r.path)?.[0])).toEqual(["orderBy=total+asc", "orderBy=total+desc"]);
    expect(await app.call("collectionIds")).toEqual(byTotalDescending);
    await expect(app.grid.locator("[data-order-id]").first()).toHaveAttribute("data-order-id", byTotalDescending[0] ?? "");
    await expect(page.getByTestId("footer-text")).toHaveText("Orders loaded: 100");
    await expect(app.grid.getByRole("columnheader", { name: /^Total/ })).toHaveAttribute("aria-sort", "descending");
    expect(await app.call("notifications")).toEqual([]);
  });
});

test.describe("the connector stand-in applies the custom code's rules", () => {
  const refused: [string, (api: string) => string | null, RefusalCode][] = [
    ["missing", () => null, "NextLinkMissing"],
    ["blank", () => "  ", "NextLinkMissing"],
    ["not absolute", () => "/orders?page=2&pageSize=50", "NextLinkInvalid"],
    ["another scheme than the API's", (api) => api.replace(/^http:/, "https:") + "/orders?page=2", "NextLinkNotHttps"],
    ["with credentials", (api) => api.replace("http://", "http://user:secret@") + "/orders?page=2", "NextLinkCredentials"],
    ["another host", () => "http://sales.example.com/orders?page=2", "NextLinkOtherHost"],
    ["another port", (api) => api.replace(/:(\d+)$/, (_, port: string) => `:${Number(port) + 1}`) + "/orders?page=2", "NextLinkOtherHost"],
  ];
  for (const [name, link, code] of refused) {
    test(`refuses a nextLink ${name} (${code}), sending nothing to the API`, async ({ request, api }) => {
      const value = link(api.url);
      const query = value === null ? "" : `?nextLink=${encodeURIComponent(value)}`;
      const response = await request.get(`${host.url}connector/orders/nextpage${query}`);
      expect(response.status()).toBe(400);
      expect(response.headers()["x-ms-error-code"]).toBe(code);
      expect(await response.json()).toEqual({ error: { code, message: REFUSALS[code] } });
      expect(await api.listRequests()).toEqual([]);
    });
  }

  test("refuses a repeated nextLink (NextLinkInvalid)", async ({ request, api }) => {
    const link = encodeURIComponent(`${api.url}/orders?page=2&pageSize=50`);
    const response = await request.get(`${host.url}connector/orders/nextpage?nextLink=${link}&nextLink=${link}`);
    expect(response.status()).toBe(400);
    expect(response.headers()["x-ms-error-code"]).toBe("NextLinkInvalid");
  });

  test("passes the API's pages and error envelopes through unchanged", async ({ request, api }) => {
    const page = await request.get(`${host.url}connector/orders/nextpage?nextLink=${encodeURIComponent(`${api.url}/orders?page=2&pageSize=50`)}`);
    expect(page.status()).toBe(200);
    const third = `${api.url}/orders?page=3&pageSize=50`;
    expect(await page.json()).toEqual({ items: ordersPage(2, 50, 1000, 1), nextLink: third });

    await api.fault({ page: 3, status: 429, envelope: { code: "TooManyRequests", message: "Slow down" }, headers: { "Retry-After": "7" } });
    const throttled = await request.get(`${host.url}connector/orders/nextpage?nextLink=${encodeURIComponent(third)}`);
    expect(throttled.status()).toBe(429);
    expect(throttled.headers()["retry-after"]).toBe("7");
    expect(throttled.headers()["x-ms-error-code"]).toBe("TooManyRequests");
    expect(await throttled.json()).toEqual({ error: { code: "TooManyRequests", message: "Slow down" } });

    const first = await request.get(`${host.url}connector/orders?page=1&pageSize=500`);
    expect(first.status()).toBe(400);
    expect(await first.json()).toMatchObject({ error: { code: "InvalidPageSize" } });
  });
});
