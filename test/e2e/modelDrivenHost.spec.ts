import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./harness";
import { sortedOrdersPage } from "../orders-api/orderData";
import { ALL_IDS, openModelDrivenHost, hostPageServerForSpec } from "./hosts/hostPageDriver";

const host = hostPageServerForSpec();
/** The 1,000 orders' ids by total, equal totals in list order: the reference data's own sort. */
const BY_TOTAL = sortedOrdersPage(1, 1000, 1000, 1, { field: "total", descending: false }).map((order) => order.id);

test.describe("model-driven subgrid: the data-set over a Dataverse view", () => {
  test("pages to the end by scrolling: loadNextPage appends, each order once, in order", async ({ page }) => {
    const subgrid = await openModelDrivenHost(page, host.url);
    await expect(subgrid.grid.getByText("ORD-000001", { exact: true })).toBeVisible();

    const list = await subgrid.scrollToEnd();
    expect(list.gaps).toEqual([]);
    expect(list.ids).toEqual(ALL_IDS);
    await expect(subgrid.status).toHaveText("End of list · Orders: 1,000");
    expect(await subgrid.call("outputs")).toMatchObject({ loadedCount: 1000, hasMore: false });
    // The control's page size (100), then the view's own paging: nine more pages of 100, one at a time.
    const calls = await subgrid.call("datasetCalls");
    expect(calls[0]).toBe("setPageSize(100)");
    expect(calls.filter((c) => c === "loadNextPage")).toHaveLength(9);
    expect(await subgrid.call("overlappingPagingCalls")).toBe(0);
    expect(subgrid.pageErrors).toEqual([]);
  });

  test("the page size the control asks for reaches setPageSize and sizes the first page", async ({ page }) => {
    const subgrid = await openModelDrivenHost(page, host.url, { viewPageSize: 25, controlPageSize: 40 });
    await expect.poll(() => subgrid.call("outputs").then((o) => o.loadedCount)).toBe(40);
    expect((await subgrid.call("datasetCalls"))[0]).toBe("setPageSize(40)");
    expect(await subgrid.call("recordCount")).toBe(40);
  });

  test("shows the view's columns (its order, headings and widths) and its formatted values: currency, date and time, option labels, lookup names", async ({ page }) => {
    const subgrid = await openModelDrivenHost(page, host.url);
    const row = subgrid.grid.locator('[data-order-id="ORD-000001"]');
    await expect(row).toBeVisible();
    await expect(subgrid.grid.getByRole("columnheader")).toHaveText(["Order Number", "Customer", "Status Reason", "Total Amount", "Created On"]);
    const expected = await subgrid.call("formattedRow", 0);
    const cells = row.getByRole("gridcell");
    await expect(cells).toHaveText([expected.id, expected.customer, expected.status, expected.total, expected.date]);
    // The view's widths, at least each column's minimum: Customer 200 px, Order Number its minimum.
    const widths = await subgrid.grid.getByRole("columnheader").evaluateAll((headings) => headings.map((heading) => Math.round(heading.getBoundingClientRect().width)));
    expect(widths.slice(0, 2)).toEqual([150, 200]);
  });

  test("the columns input over the view: the maker's columns, headings and data-set columns; a listed field the view has no column for gives the hint naming it", async ({ page }) => {
    const subgrid = await openModelDrivenHost(page, host.url, { columns: 'total "Amount", id, status=statuscode, date=createdon' });
    const row = subgrid.grid.locator('[data-order-id="ORD-000001"]');
    await expect(row).toBeVisible();
    await expect(subgrid.grid.getByRole("columnheader")).toHaveText(["Amount", "Order", "Status", "Date"]);
    const expected = await subgrid.call("formattedRow", 0);
    await expect(row.getByRole("gridcell")).toHaveText([expected.total, expected.id, expected.status, expected.date]);

    const wrong = await openModelDrivenHost(page, host.url, { columns: "id, currency, total" });
    await expect(wrong.root.getByText("Check the columns of OrdersGrid")).toBeVisible();
    await expect(wrong.root.getByText(/the data-set has no column currency/)).toBeVisible();
    await expect.poll(() => wrong.call("outputs").then((o) => o.errorCode)).toBe("ColumnsInvalid");
    await expect(wrong.grid).toHaveCount(0);
    expect([...subgrid.pageErrors, ...wrong.pageErrors]).toEqual([]);
  });

  test("Refresh in the footer reloads from the first page through refresh()", async ({ page }) => {
    const subgrid = await openModelDrivenHost(page, host.url);
    await expect(subgrid.grid.getByText("ORD-000001", { exact: true })).toBeVisible();
    await subgrid.scrollToEnd({ stopAtId: "ORD-000250" });
    await expect(subgrid.footer).toHaveAttribute("data-footer-state", "loaded");
    const before = await subgrid.call("datasetCalls");
    expect((await subgrid.call("outputs")).loadedCount).toBeGreaterThanOrEqual(300);

    await subgrid.footer.getByRole("button", { name: "Refresh" }).click();
    await expect.poll(() => subgrid.call("datasetCalls").then((calls) => calls.slice(before.length))).toContain("refresh");
    await expect.poll(() => subgrid.call("outputs").then((o) => o.loadedCount)).toBe(100);
    await expect(subgrid.grid.locator("[data-order-id]").first()).toHaveAttribute("data-order-id", "ORD-000001");
    expect(await subgrid.call("recordCount")).toBe(100);
  });

  test("a data-set error on loadNextPage: the error notification with the data-set's message, rows kept, Retry goes on", async ({ page }) => {
    const subgrid = await openModelDrivenHost(page, host.url, { requestTimeout: 5 });
    await expect(subgrid.grid.getByText("ORD-000001", { exact: true })).toBeVisible();
    await expect.poll(() => subgrid.call("outputs").then((o) => o.loadedCount)).toBe(100);
    const message = "You do not have permission to read the Order Lines of this view.";
    // Past the control's automatic retries, each of which asks the data-set again.
    await subgrid.call("failNextLoad", message, 100);
    await subgrid.scrollToBottom();

    await expect(subgrid.alert).toContainText(message, { timeout: 30_000 });
    await expect(subgrid.alert).toContainText("Dataverse had a problem");
    await expect(subgrid.alert).toContainText("The orders already loaded are kept (100)");
    expect(await subgrid.call("outputs")).toMatchObject({ loadedCount: 100, errorCode: "DatasetError", errorMessage: message });
    await expect(subgrid.grid.locator('[data-order-id="ORD-000100"]')).toBeAttached();

    // Once the data-set loads again, Retry goes on from the page that failed.
    await subgrid.call("failNextLoad", message, 0);
    await subgrid.alert.getByRole("button", { name: "Retry" }).click();
    await expect.poll(() => subgrid.call("outputs").then((o) => o.loadedCount)).toBe(200);
    await expect(subgrid.alert).toHaveCount(0);
  });

  test("a data-set error on the first load: the retries reload the data-set; while it fails, the notification, no rows, errorCode DatasetError; Retry shows the rows once it loads", async ({ page }) => {
    const message = "The view could not be read.";
    const subgrid = await openModelDrivenHost(page, host.url, { failFirstLoad: message, failLoads: 100 });
    await expect(subgrid.alert).toBeVisible({ timeout: 30_000 });
    await expect(subgrid.alert).toContainText(message);
    expect(await subgrid.call("outputs")).toMatchObject({ loadedCount: 0, errorCode: "DatasetError", errorMessage: message });
    const calls = await subgrid.call("datasetCalls");
    expect(calls.slice(0, 2)).toEqual(["setPageSize(100)", "refresh"]);
    // Each automatic retry asked the data-set to load again, not only read what it had.
    expect(calls.filter((call) => call === "refresh").length).toBeGreaterThan(1);

    await subgrid.call("failNextLoad", message, 0);
    await subgrid.alert.getByRole("button", { name: "Retry" }).click();
    await expect(subgrid.grid.getByText("ORD-000001", { exact: true })).toBeVisible();
    await expect(subgrid.alert).toHaveCount(0);
  });

  test("a header sorts the whole view through the data-set (its sorting, then refresh); paging goes on in that order", async ({ page }) => {
    const subgrid = await openModelDrivenHost(page, host.url);
    await expect(subgrid.grid.getByText("ORD-000001", { exact: true })).toBeVisible();
    const total = subgrid.grid.getByRole("columnheader", { name: /^Total/ });
    await total.getByRole("button").click();

    // All 1,000 by total, equal totals in the view's order: only the data-set could know the lowest of them.
    await expect(subgrid.grid.locator("[data-order-id]").first()).toHaveAttribute("data-order-id", BY_TOTAL[0] ?? "");
    await expect(total).toHaveAttribute("aria-sort", "ascending");
    expect((await subgrid.call("datasetCalls")).filter((call) => call === "refresh")).toHaveLength(2);
    const list = await subgrid.scrollToEnd();
    expect(list.gaps).toEqual([]);
    expect(list.ids).toEqual(BY_TOTAL);
    expect(await subgrid.call("overlappingPagingCalls")).toBe(0);
    expect(subgrid.pageErrors).toEqual([]);
  });

  test("Multiple: two orders selected stay selected through a header sort, in the grid and in the data-set the command bar reads", async ({ page }) => {
    const subgrid = await openModelDrivenHost(page, host.url, { selectionMode: "Multiple" });
    const row = (id: string) => subgrid.grid.locator(`[data-order-id="${id}"]`);
    // On the Customer cell: the row's checkbox is a click of its own.
    await row("ORD-000002").getByRole("gridcell").nth(2).click();
    await row("ORD-000004").getByRole("gridcell").nth(2).click({ modifiers: ["ControlOrMeta"] });
    expect(await subgrid.call("datasetSelection")).toEqual(["ORD-000002", "ORD-000004"]);

    const total = subgrid.grid.getByRole("columnheader", { name: /^Total/ });
    await total.getByRole("button").click();
    await expect(subgrid.grid.locator("[data-order-id]").first()).toHaveAttribute("data-order-id", BY_TOTAL[0] ?? "");
    await expect(page.getByTestId("footer-selected")).toHaveText("2 selected");
    expect(await subgrid.call("outputs")).toMatchObject({ selectedCount: 2, selectedOrderIds: '["ORD-000002","ORD-000004"]' });
    expect(await subgrid.call("datasetSelection")).toEqual(["ORD-000002", "ORD-000004"]);

    // Each shows as selected where the sort put it, as it comes into the list.
    const first = BY_TOTAL.find((id) => id === "ORD-000002" || id === "ORD-000004") ?? "";
    await subgrid.scrollToEnd({ stopAtId: first });
    await expect(row(first)).toHaveAttribute("aria-selected", "true");
    expect(await subgrid.call("datasetSelection")).toEqual(["ORD-000002", "ORD-000004"]);
    expect(subgrid.pageErrors).toEqual([]);
  });

  test("Multiple: a selection the host makes (the command bar, a form script) shows in the grid, the footer and the outputs; the user's next click adds to it", async ({ page }) => {
    const subgrid = await openModelDrivenHost(page, host.url, { selectionMode: "Multiple" });
    const row = (id: string) => subgrid.grid.locator(`[data-order-id="${id}"]`);
    await expect(row("ORD-000001")).toBeVisible();
    await subgrid.call("selectFromHost", ["ORD-000002", "ORD-000003"]);
    await expect(row("ORD-000002")).toHaveAttribute("aria-selected", "true");
    await expect(row("ORD-000003")).toHaveAttribute("aria-selected", "true");
    await expect(row("ORD-000001")).toHaveAttribute("aria-selected", "false");
    await expect(page.getByTestId("footer-selected")).toHaveText("2 selected");
    await expect.poll(() => subgrid.call("outputs")).toMatchObject({ selectedCount: 2, selectedOrderIds: '["ORD-000002","ORD-000003"]' });
    await row("ORD-000005").getByRole("gridcell").nth(2).click({ modifiers: ["ControlOrMeta"] });
    await expect.poll(() => subgrid.call("datasetSelection")).toEqual(["ORD-000002", "ORD-000003", "ORD-000005"]);
    // The subgrid with its check column, a selection and a sort: nothing serious for axe.
    await subgrid.grid.getByRole("columnheader", { name: /^Total/ }).getByRole("button").click();
    await expect(subgrid.grid.getByRole("columnheader", { name: /^Total/ })).toHaveAttribute("aria-sort", "ascending");
    await expect(subgrid.grid.locator("[data-order-id]").first()).toHaveAttribute("data-order-id", BY_TOTAL[0] ?? "");
    const results = await new AxeBuilder({ page }).include("#host").analyze();
    expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
    expect(subgrid.pageErrors).toEqual([]);
  });

  test("Enter and double-click open the record's form through the data-set; Ctrl+A selects every loaded order, the command bar's selection with it; OnSelectionChange once per change", async ({ page }) => {
    const subgrid = await openModelDrivenHost(page, host.url, { selectionMode: "Multiple" });
    const row = (id: string) => subgrid.grid.locator(`[data-order-id="${id}"]`);
    await row("ORD-000003").getByRole("gridcell").nth(2).dblclick();
    await expect.poll(() => subgrid.call("openedRecords")).toEqual(["contoso_order:ORD-000003"]);
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await expect.poll(() => subgrid.call("openedRecords")).toEqual(["contoso_order:ORD-000003", "contoso_order:ORD-000004"]);

    const changes = (await subgrid.call("events")).filter((name) => name === "OnSelectionChange").length;
    await page.keyboard.press("ControlOrMeta+a");
    const loaded = (await subgrid.call("outputs")).loadedCount ?? 0;
    expect(loaded).toBeGreaterThanOrEqual(100);
    await expect(page.getByTestId("footer-selected")).toHaveText(`${loaded} selected`);
    expect(await subgrid.call("outputs")).toMatchObject({ selectedCount: loaded });
    expect(await subgrid.call("datasetSelection")).toEqual(ALL_IDS.slice(0, loaded));
    // One change, one event: Ctrl+A is not raised once per row.
    expect((await subgrid.call("events")).filter((name) => name === "OnSelectionChange")).toHaveLength(changes + 1);
    expect(subgrid.pageErrors).toEqual([]);
  });

  test("quick find filters the whole view with like on its text column (not the lookup or the choice), and Esc brings the view back", async ({ page }) => {
    const subgrid = await openModelDrivenHost(page, host.url);
    await expect(subgrid.grid.getByText("ORD-000001", { exact: true })).toBeVisible();
    const box = page.getByRole("searchbox", { name: "Search orders" });
    await box.fill("ord-0009");

    // ORD-000900 to ORD-000999: none of them among the first 100 loaded.
    await expect(subgrid.grid.locator("[data-order-id]").first()).toHaveAttribute("data-order-id", "ORD-000900");
    const calls = await subgrid.call("datasetCalls");
    expect(calls).toContain("setFilter(contoso_ordernumber 6 %ord-0009%)");
    expect(calls.at(-1)).toBe("refresh");
    const list = await subgrid.scrollToEnd();
    expect(list.ids).toEqual(ALL_IDS.slice(899, 999));
    await expect(page.getByTestId("search-status")).toHaveText("Matching orders loaded: 100");
    // The data-set's answer is marked, not filtered again.
    await expect(subgrid.grid.locator("mark").first()).toHaveText("ORD-0009");

    await box.press("Escape");
    await expect(subgrid.grid.locator("[data-order-id]").first()).toHaveAttribute("data-order-id", "ORD-000001");
    expect(await subgrid.call("datasetCalls")).toContain("clearFilter");
    await expect(subgrid.alert).toHaveCount(0);
  });
});
