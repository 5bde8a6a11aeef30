import AxeBuilder from "@axe-core/playwright";
import fs from "node:fs";
import type { Page } from "@playwright/test";
import { expect, test } from "./harness";
import { orderAt } from "../orders-api/orderData";
import { DATAVERSE_FAULTS } from "./hosts/browser/dataverseOrders";
import { hostCurrency } from "./hosts/browser/hostFormat";
import type { RetrieveMultipleCall, WebApiHostApi } from "./hosts/hostGlobals";
import { ALL_IDS, hostPageServerForSpec, openWebApiHost, type HostPage } from "./hosts/hostPageDriver";

const host = hostPageServerForSpec();

/** What the control asks for first with the page's default columns: every mapped column, in webApiColumns' order. */
const SELECT = "$select=contoso_ordernumber,_contoso_customerid_value,statuscode,contoso_totalamount,createdon";

/** The columns for quick find: the customer's name as text beside the lookup, so contains has two text columns to read. */
const SEARCH_COLUMNS = "id:contoso_ordernumber, customer:contoso_customername, status:statuscode, total:contoso_totalamount, date:createdon";

type WebApiPage = HostPage<WebApiHostApi>;

const calls = (form: WebApiPage) => form.call("webApiCalls");
/** The `$filter` of the last retrieveMultipleRecords call. */
const lastFilter = async (form: WebApiPage) => new URLSearchParams((await calls(form)).at(-1)?.options.slice(1)).get("$filter");
const firstId = (form: WebApiPage) => form.grid.locator("[data-order-id]").first();
const header = (form: WebApiPage, name: string) => form.grid.getByRole("columnheader", { name: new RegExp(`^${name}`) });
const row = (form: WebApiPage, id: string) => form.grid.locator(`[data-order-id="${id}"]`);

/** The query part of a call's options, as the next call must send it: the nextLink's. */
const queryOf = (nextLink: string | null) => (nextLink === null ? null : new URL(nextLink).search);

/** Each call after the first asks with the query part of the nextLink the one before it returned. */
function followsNextLinks(list: readonly RetrieveMultipleCall[]): boolean {
  return list.slice(1).every((call, i) => call.options === queryOf(list[i]?.nextLink ?? null));
}

async function open(page: Page, parameters: Readonly<Record<string, string | number>> = {}): Promise<WebApiPage> {
  const form = await openWebApiHost(page, host.url, parameters);
  await expect(form.grid.getByText("ORD-000001", { exact: true })).toBeVisible();
  return form;
}

async function seriousViolations(page: Page, selector: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include(selector).analyze();
  return results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test.describe("model-driven form: the WebApi source over a Dataverse table", () => {
  test("pages to the end by scrolling: each order once, in order, each page asked with the nextLink Dataverse returned", async ({ page }) => {
    const form = await open(page);
    const first = (await calls(form))[0];
    expect(first).toMatchObject({ entity: "contoso_order", options: `?${SELECT}`, maxPageSize: 100 });
    expect(first?.nextLink).toMatch(/^https:\/\/org\.crm\.dynamics\.com\/api\/data\/v9\.2\/contoso_orders\?\$select=.*&\$skiptoken=/);

    const list = await form.scrollToEnd();
    expect(list.gaps).toEqual([]);
    expect(list.ids).toEqual(ALL_IDS);
    await expect(form.status).toHaveText("End of list · Orders: 1,000");
    expect(await form.call("outputs")).toMatchObject({ loadedCount: 1000, hasMore: false, errorCode: "" });
    const made = await calls(form);
    // Ten pages of 100, each asked once; the last has no nextLink.
    expect(made).toHaveLength(10);
    expect(made.every((call) => call.entity === "contoso_order" && call.maxPageSize === 100 && call.error === null)).toBe(true);
    expect(followsNextLinks(made)).toBe(true);
    expect(made.at(-1)?.nextLink).toBeNull();
    // The formatted values Dataverse sends: the lookup's name, the choice's label and the money as Dataverse writes it, never a GUID or an option's number.
    const last = orderAt(999, 1);
    const cells = row(form, "ORD-001000").getByRole("gridcell");
    await expect(cells).toHaveText(["ORD-001000", /2026/, last.customer, last.status, hostCurrency(last.total, last.currency)]);
    expect(form.pageErrors).toEqual([]);
  });

  test("a header sorts in Dataverse: $orderby asc, then desc, then off; the list is Dataverse's order to the end", async ({ page }) => {
    const form = await open(page);
    const total = header(form, "Total");
    await total.getByRole("button").click();
    await expect(total).toHaveAttribute("aria-sort", "ascending");
    // The lowest total of all 1,000: only Dataverse, which sorted the whole table, could put it first.
    const ascending = await form.call("orderNumbers", "?$orderby=contoso_totalamount asc");
    await expect(firstId(form)).toHaveAttribute("data-order-id", ascending[0] ?? "");
    await expect.poll(async () => (await calls(form)).at(-1)?.options).toBe(`?${SELECT}&$orderby=contoso_totalamount asc`);
    expect(await form.call("outputs")).toMatchObject({ sortColumn: "total", sortDirection: "Ascending" });

    await total.getByRole("button").click();
    await expect(total).toHaveAttribute("aria-sort", "descending");
    const descending = await form.call("orderNumbers", "?$orderby=contoso_totalamount desc");
    await expect(firstId(form)).toHaveAttribute("data-order-id", descending[0] ?? "");
    // Not the browser's sort of the rows loaded, which says so in the footer.
    await expect(form.status).not.toHaveText(/^Sorted the/);
    const before = (await calls(form)).length;
    expect((await calls(form)).at(-1)?.options).toBe(`?${SELECT}&$orderby=contoso_totalamount desc`);

    // Scrolling on follows Dataverse's sorted nextLinks; the rows stay in the order Dataverse gave.
    const list = await form.scrollToEnd();
    expect(list.gaps).toEqual([]);
    expect(list.ids).toEqual(descending);
    await expect(form.status).toHaveText("End of list · Orders: 1,000");
    const sorted = (await calls(form)).slice(before - 1);
    expect(sorted).toHaveLength(10);
    expect(followsNextLinks(sorted)).toBe(true);
    expect(sorted.every((call) => new URLSearchParams(call.options.slice(1)).get("$orderby") === "contoso_totalamount desc")).toBe(true);

    // Third click: no sort, Dataverse's own order again (the first page may come from the cache), and no $orderby from then on.
    const sortedCalls = (await calls(form)).length;
    await total.getByRole("button").click();
    await expect(total).toHaveAttribute("aria-sort", "none");
    await expect(firstId(form)).toHaveAttribute("data-order-id", "ORD-000001");
    expect(await form.call("outputs")).toMatchObject({ sortColumn: "", sortDirection: "" });
    const unsorted = await form.scrollToEnd();
    expect(unsorted.ids).toEqual(ALL_IDS);
    expect((await calls(form)).slice(sortedCalls).filter((call) => call.options.includes("$orderby"))).toEqual([]);
    await expect(form.alert).toHaveCount(0);
  });

  test("quick find asks Dataverse with contains over the text columns only, quotes doubled, and shows orders not loaded before; Esc brings the list back", async ({ page }) => {
    const form = await open(page, { webApiColumns: SEARCH_COLUMNS });
    const loadedBefore = await form.call("renderedIds");
    const box = page.getByRole("searchbox", { name: "Search orders" });
    await box.fill("margie's");

    const filter = "contains(contoso_ordernumber,'margie''s') or contains(contoso_customername,'margie''s')";
    await expect.poll(() => lastFilter(form)).toBe(filter);
    const matching = await form.call("orderNumbers", `?$filter=${encodeURIComponent(filter)}`);
    expect(matching.length).toBeGreaterThan(0);
    const list = await form.scrollToEnd();
    expect(list.ids).toEqual(matching);
    // Orders the first, unfiltered page never showed.
    expect(matching.filter((id) => !ALL_IDS.slice(0, 100).includes(id)).length).toBeGreaterThan(0);
    expect(list.ids.some((id) => !loadedBefore.includes(id))).toBe(true);
    const searched = (await calls(form)).filter((call) => call.options.includes("$filter"));
    // Every page of the search with the same $filter: the choice column (statuscode) never asked with contains, which Dataverse refuses.
    expect(searched.map((call) => new URLSearchParams(call.options.slice(1)).get("$filter")).every((sent) => sent === filter)).toBe(true);
    expect(followsNextLinks(searched)).toBe(true);
    await expect(form.grid.locator("mark").first()).toHaveText(/margie's/i);
    expect(await form.call("outputs")).toMatchObject({ searchText: "margie's" });

    // Esc: the unfiltered list (its first page may come from the cache), and no $filter from then on.
    const searchedCalls = (await calls(form)).length;
    await box.press("Escape");
    await expect(box).toHaveValue("");
    await expect(firstId(form)).toHaveAttribute("data-order-id", "ORD-000001");
    const unfiltered = await form.scrollToEnd();
    expect(unfiltered.ids).toEqual(ALL_IDS);
    expect((await calls(form)).slice(searchedCalls).filter((call) => call.options.includes("$filter"))).toEqual([]);
    await expect(form.alert).toHaveCount(0);
  });

  test("quick find takes _ and % as the letters typed, not as Dataverse's wildcards: ORD_00000 finds no ORD-00000…", async ({ page }) => {
    const form = await open(page, { webApiColumns: SEARCH_COLUMNS });
    const box = page.getByRole("searchbox", { name: "Search orders" });
    await box.fill("ORD_00000");
    const filter = "contains(contoso_ordernumber,'ORD[_]00000') or contains(contoso_customername,'ORD[_]00000')";
    await expect.poll(() => lastFilter(form)).toBe(filter);
    await expect(page.getByText("No orders match “ORD_00000”")).toBeVisible();
    await box.fill("100%");
    await expect.poll(() => lastFilter(form)).toContain("'100[%]'");
    await expect(page.getByText("No orders match “100%”")).toBeVisible();
  });

  test("the columns input picks the columns, their headings and the $select; a bad entry shows the app maker's hint naming it", async ({ page }) => {
    const form = await open(page, { webApiColumns: "", columns: 'id=contoso_ordernumber, customer=_contoso_customerid_value "Account name", total=contoso_totalamount' });
    await expect(form.grid.getByRole("columnheader")).toHaveText(["Order", "Account name", "Total"]);
    expect((await calls(form))[0]?.options).toBe("?$select=contoso_ordernumber,_contoso_customerid_value,contoso_totalamount");
    // The lookup's name and the money as Dataverse formats them, from the formatted values.
    const first = orderAt(0, 1);
    await expect(row(form, "ORD-000001").getByRole("gridcell")).toHaveText(["ORD-000001", first.customer, hostCurrency(first.total, first.currency)]);

    await form.call("setInputs", { columns: 'id=contoso_ordernumber, price=contoso_totalamount "Amount"' });
    await expect(form.root).toContainText("The columns property has an entry the grid cannot read");
    await expect(form.root).toContainText("price");
    expect(await form.call("outputs")).toMatchObject({ errorCode: "ColumnsInvalid", loadedCount: 0, hasMore: false });
  });

  test("Enter and double-click open the row's record with navigation.openForm; openRecords false only selects", async ({ page }) => {
    const form = await open(page);
    await row(form, "ORD-000003").getByRole("gridcell").nth(2).dblclick();
    await expect.poll(() => form.call("openFormCalls")).toEqual([{ entityName: "contoso_order", entityId: await form.call("recordId", "ORD-000003") }]);

    // From the row double-clicked, Down to the next one, and Enter.
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await expect.poll(async () => (await form.call("outputs")).selectedOrderId).toBe("ORD-000004");
    await expect.poll(() => form.call("openFormCalls")).toEqual([
      { entityName: "contoso_order", entityId: await form.call("recordId", "ORD-000003") },
      { entityName: "contoso_order", entityId: await form.call("recordId", "ORD-000004") },
    ]);

    await form.call("setInputs", { openRecords: false });
    await row(form, "ORD-000005").getByRole("gridcell").nth(2).dblclick();
    await page.keyboard.press("Enter");
    await expect.poll(async () => (await form.call("outputs")).selectedOrderId).toBe("ORD-000005");
    expect(await form.call("openFormCalls")).toHaveLength(2);
  });

  test("multiple selection with the check column sets selectedOrderIds and selectedCount", async ({ page }) => {
    const form = await open(page, { selectionMode: "Multiple" });
    await row(form, "ORD-000002").getByRole("checkbox").click();
    await row(form, "ORD-000004").getByRole("checkbox").click();
    await expect.poll(() => form.call("outputs")).toMatchObject({ selectedOrderIds: '["ORD-000002","ORD-000004"]', selectedCount: 2 });
    await expect(row(form, "ORD-000004")).toHaveAttribute("aria-selected", "true");
    await row(form, "ORD-000002").getByRole("checkbox").click();
    await expect.poll(() => form.call("outputs")).toMatchObject({ selectedOrderIds: '["ORD-000004"]', selectedCount: 1 });
    // Selecting is no opening.
    expect(await form.call("openFormCalls")).toEqual([]);
  });

  test("Export writes the selected Dataverse rows as the user sees them: the lookup's name, the choice's label, the formatted total", async ({ page }) => {
    // Wide enough for every column: narrow widths drop some from the grid, never from the file.
    const form = await open(page, { selectionMode: "Multiple", width: 1200 });
    await row(form, "ORD-000002").getByRole("checkbox").click();
    await row(form, "ORD-000004").getByRole("checkbox").click();
    const shown = async (id: string) => (await row(form, id).getByRole("gridcell").allInnerTexts()).slice(1).map((text) => text.trim());
    const expected = [await shown("ORD-000002"), await shown("ORD-000004")];
    const [download] = await Promise.all([page.waitForEvent("download"), form.root.getByRole("button", { name: "Export" }).click()]);
    const lines = fs.readFileSync(await download.path()).subarray(3).toString("utf8").split("\r\n").filter(Boolean);
    const cells = (line: string) => (line.match(/("([^"]|"")*"|[^,]*)(,|$)/g) ?? []).map((cell) => cell.replace(/,$/, "").replace(/^"(.*)"$/s, "$1").replace(/""/g, '"'));
    expect(lines).toHaveLength(3);
    expect(lines.slice(1).map((line) => cells(line).slice(0, expected[0]?.length))).toEqual(expected);
    expect(expected[0]?.join(" ")).toMatch(/ORD-000002/);
  });

  test("Dataverse refuses what it cannot read: a column name the table lacks, and quick find over a choice column of the maker's; its message and code show, and Esc brings the list back", async ({ page }) => {
    const typo = await openWebApiHost(page, host.url, { webApiColumns: "id:contoso_ordernumber, total:contoso_totalamout" });
    await expect(typo.alert).toBeVisible();
    await expect(typo.alert).toContainText("Could not find a property named 'contoso_totalamout' on type 'Microsoft.Dynamics.CRM.contoso_order'.");
    await expect(typo.alert.getByTestId("error-code")).toHaveText("0x80060888");
    expect(await typo.call("outputs")).toMatchObject({ errorCode: "0x80060888", loadedCount: 0 });
    expect(await typo.call("webApiCalls")).toHaveLength(1);

    // contains reads text only: a choice column other than statecode and statuscode is sent to it, and refused.
    const form = await open(page, { webApiColumns: "id:contoso_ordernumber, status:contoso_orderstatus, total:contoso_totalamount" });
    const box = page.getByRole("searchbox", { name: "Search orders" });
    await box.fill("pending");
    await expect(form.alert).toBeVisible();
    await expect(form.alert).toContainText("The function 'contains' is not supported on the attribute 'contoso_orderstatus' of type 'Picklist'.");
    await expect(form.alert.getByTestId("error-code")).toHaveText("0x80060888");
    await box.press("Escape");
    await expect(form.alert).toHaveCount(0);
    await expect(firstId(form)).toHaveAttribute("data-order-id", "ORD-000001");
  });

  test("a sign-in that expired on the first page: the notification and no rows; Retry asks the first page again and shows the orders", async ({ page }) => {
    const form = await openWebApiHost(page, host.url, { fail: "unauthorized", failLoads: 1 });
    await expect(form.alert).toHaveAttribute("data-error-kind", "unauthorized");
    await expect(form.alert.getByTestId("error-code")).toHaveText("0x8004a001");
    await expect(form.grid.locator("[data-order-id]")).toHaveCount(0);
    await form.alert.getByRole("button", { name: "Retry" }).click();
    await expect(firstId(form)).toHaveAttribute("data-order-id", "ORD-000001");
    expect((await calls(form)).map((call) => call.options)).toEqual([`?${SELECT}`, `?${SELECT}`]);
  });

  // A throttled request is asked again automatically (3 times) before the user is told; a sign-in that expired is not.
  const FAULTS = [
    { fault: "throttled", kind: "throttled", attempts: 4, title: "Dataverse is busy" },
    { fault: "throttledCodeOnly", kind: "throttled", attempts: 4, title: "Dataverse is busy" },
    { fault: "unauthorized", kind: "unauthorized", attempts: 1, title: "Sign in again: your Dataverse session has ended" },
  ] as const;
  for (const { fault, kind, attempts, title } of FAULTS) {
    const error = DATAVERSE_FAULTS[fault];
    const code = `0x${error.errorCode.toString(16)}`;
    const status = error.status === undefined ? "no HTTP status" : String(error.status);
    test(`a Dataverse error on page 2 (${code}, ${status}): the notification with the code and request id, rows kept, Retry asks page 2 again`, async ({ page }) => {
      const form = await open(page);
      await expect.poll(async () => (await form.call("outputs")).loadedCount).toBe(100);
      await form.call("failNextLoad", fault, 10);
      await form.scrollToBottom();

      await expect(form.alert).toBeVisible({ timeout: 30_000 });
      await expect(form.alert).toHaveAttribute("data-error-kind", kind);
      // Named as the user knows it: Dataverse, not the Sales API.
      await expect(form.alert).toContainText(title);
      await expect(form.alert).not.toContainText("Sales API");
      await expect(form.alert.getByTestId("error-code")).toHaveText(code);
      // The request id when the host passes one on; without it, no empty line for it.
      if (error.requestId === undefined) await expect(form.alert.getByTestId("error-request-id")).toHaveCount(0);
      else await expect(form.alert.getByTestId("error-request-id")).toHaveText(error.requestId);
      await expect(form.alert).toContainText(error.message);
      expect(await form.call("outputs")).toMatchObject({ loadedCount: 100, errorCode: code, requestId: error.requestId ?? "" });
      await expect(row(form, "ORD-000100")).toBeAttached();
      const failed = await calls(form);
      const page2 = queryOf(failed[0]?.nextLink ?? null);
      expect(failed.slice(1).every((call) => call.options === page2 && call.error === error.errorCode)).toBe(true);
      expect(failed.length - 1).toBe(attempts);

      await form.call("failNextLoad", fault, 0);
      await form.alert.getByRole("button", { name: "Retry" }).click();
      await expect.poll(async () => (await form.call("outputs")).loadedCount).toBe(200);
      await expect(form.alert).toHaveCount(0);
      const retried = (await calls(form)).slice(failed.length);
      expect(retried[0]?.options).toBe(page2);
      expect(retried.some((call) => call.options === `?${SELECT}`)).toBe(false);
      expect(form.pageErrors).toEqual([]);
    });
  }

  test("axe finds nothing serious on the grid, the quick find box and the footer", async ({ page }) => {
    const form = await open(page, { selectionMode: "Multiple" });
    await header(form, "Total").getByRole("button").click();
    await expect(header(form, "Total")).toHaveAttribute("aria-sort", "ascending");
    expect(await seriousViolations(page, "#host")).toEqual([]);
  });
});
