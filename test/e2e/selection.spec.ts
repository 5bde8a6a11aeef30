import AxeBuilder from "@axe-core/playwright";
import fs from "node:fs";
import type { Page } from "@playwright/test";
import { expect, test } from "./harness";
import { openHostPage, startHostPage } from "./hostPage";

let host: Awaited<ReturnType<typeof startHostPage>>;
test.beforeAll(async () => {
  host = await startHostPage();
});
test.afterAll(async () => {
  await host.close();
});
test.use({ permissions: ["clipboard-read", "clipboard-write"] });

/** The host page's own API has the widest values; `api` pages by nextLink like the Sales API. */
const open = (page: Page, api?: string) => openHostPage(page, host.url, { width: 900, height: 500, hostSize: true, selectionMode: "Multiple", ...(api ? { api } : {}) });
const grid = (page: Page) => page.locator("#host").getByRole("grid", { name: "Orders" });
/** The grid in any language ("Aufträge" in German). */
const gridAnyLanguage = (page: Page) => page.locator("#host [role=grid]");
const row = (page: Page, id: string) => page.locator(`#host [data-order-id="${id}"]`);
const selected = (page: Page) => page.locator('#host [role=row][aria-selected="true"]').evaluateAll((rows) => rows.map((r) => r.getAttribute("data-order-id")));
/** Clicks a row on its Customer cell (the row's checkbox is a click of its own). */
const clickRow = (page: Page, id: string, modifiers?: ("Shift" | "ControlOrMeta")[]) => row(page, id).getByRole("gridcell").nth(3).click(modifiers ? { modifiers } : undefined);

test("Multiple: click, Shift+click, Ctrl+click, Space and Shift+arrows select; the header checkbox selects the loaded orders", async ({ page }) => {
  const { problems } = await open(page);
  await expect(grid(page)).toHaveAttribute("aria-multiselectable", "true");

  await clickRow(page, "ORD-000002");
  await clickRow(page, "ORD-000004", ["Shift"]);
  expect(await selected(page)).toEqual(["ORD-000002", "ORD-000003", "ORD-000004"]);
  await clickRow(page, "ORD-000006", ["ControlOrMeta"]);
  await clickRow(page, "ORD-000003", ["ControlOrMeta"]);
  expect(await selected(page)).toEqual(["ORD-000002", "ORD-000004", "ORD-000006"]);
  await row(page, "ORD-000008").getByRole("checkbox").click();
  expect(await selected(page)).toEqual(["ORD-000002", "ORD-000004", "ORD-000006", "ORD-000008"]);

  // The keyboard from the last row clicked (ORD-000008): Space toggles it off, Shift+Down extends.
  await expect(grid(page)).toBeFocused();
  await page.keyboard.press("Space");
  expect(await selected(page)).toEqual(["ORD-000002", "ORD-000004", "ORD-000006"]);
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Space");
  await page.keyboard.press("Shift+ArrowDown");
  await page.keyboard.press("Shift+ArrowDown");
  expect(await selected(page)).toEqual(["ORD-000009", "ORD-000010", "ORD-000011"]);

  const header = page.locator("#host").getByRole("checkbox", { name: "Select the loaded orders (50); more are not loaded yet" });
  await expect(header).toBeChecked({ indeterminate: true });
  await header.click();
  await expect(page.locator('#host [role=row][aria-selected="false"]')).toHaveCount(0);
  await expect(page.getByTestId("footer-selected")).toHaveText("50 selected");
  await header.click();
  await expect(page.locator('#host [role=row][aria-selected="true"]')).toHaveCount(0);
  expect(problems).toEqual([]);
});

test("Shift+Down extends from the row the arrows moved to, as Windows lists do, not from the row clicked before", async ({ page }) => {
  await open(page);
  await clickRow(page, "ORD-000002");
  for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Shift+ArrowDown");
  expect(await selected(page)).toEqual(["ORD-000005", "ORD-000006"]);
});

test("the selection stays while rows scroll out of the DOM and back and pages arrive", async ({ page, api }) => {
  await open(page, api.url);
  await clickRow(page, "ORD-000002");
  await clickRow(page, "ORD-000003", ["ControlOrMeta"]);
  // The wheel, like a user, until the second page's ORD-000060 is in view.
  await grid(page).hover();
  for (let i = 0; i < 100 && !(await row(page, "ORD-000060").isVisible()); i++) {
    await page.mouse.wheel(0, 200);
    await page.waitForTimeout(50);
  }
  await expect(row(page, "ORD-000060")).toBeVisible();
  await expect(row(page, "ORD-000002")).toHaveCount(0);
  await clickRow(page, "ORD-000060", ["ControlOrMeta"]);
  await grid(page).evaluate((element) => element.scrollTo({ top: 0 }));
  await expect(row(page, "ORD-000002")).toHaveAttribute("aria-selected", "true");
  expect(await selected(page)).toEqual(["ORD-000002", "ORD-000003"]);
});

test("Ctrl+C copies the selected rows as tab-separated text a spreadsheet pastes into columns", async ({ page }) => {
  await open(page);
  await clickRow(page, "ORD-000002");
  await clickRow(page, "ORD-000003", ["ControlOrMeta"]);
  await page.keyboard.press("ControlOrMeta+c");
  await expect(page.locator("#host").getByText("Rows copied: 2")).toBeVisible();
  const lines = (await page.evaluate(() => navigator.clipboard.readText())).split("\r\n");
  expect(lines[0]).toBe("Order\tDate\tCustomer\tStatus\tTotal");
  expect(lines.map((line) => line.split("\t")[0])).toEqual(["Order", "ORD-000002", "ORD-000003"]);
  // The values as the row shows them.
  const shown = await row(page, "ORD-000002").getByRole("gridcell").allTextContents();
  expect(lines[1]?.split("\t")).toEqual(shown.slice(1));
});

test("Ctrl+C on a focused cell, none selected, copies its value alone as the German user reads it; on the row, the row with its header", async ({ page }) => {
  await openHostPage(page, host.url, { width: 900, height: 500, hostSize: true, selectionMode: "Multiple", lang: 1031 });
  await gridAnyLanguage(page).focus();
  await page.keyboard.press("ArrowDown");
  // Right from the row: Order, Date, Customer, Status, Total.
  for (let i = 0; i < 5; i++) await page.keyboard.press("ArrowRight");
  const cell = page.locator(`[id="${(await gridAnyLanguage(page).getAttribute("aria-activedescendant")) ?? ""}"]`);
  await expect(cell).toHaveAttribute("role", "gridcell");
  const total = await cell.textContent();
  expect(total).toMatch(/,\d\d\s?\S+$/);
  await page.keyboard.press("ControlOrMeta+c");
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(total);
  await expect(page.locator("#host").getByText("Wert kopiert")).toBeVisible();

  for (let i = 0; i < 5; i++) await page.keyboard.press("ArrowLeft");
  // Back on the row, not on a cell of it.
  const activeRole = async () => page.locator(`[id="${(await gridAnyLanguage(page).getAttribute("aria-activedescendant")) ?? ""}"]`).getAttribute("role");
  await expect.poll(activeRole).toBe("row");
  await page.keyboard.press("ControlOrMeta+c");
  // What was copied first, then what the toast says of it.
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText()).then((text) => text.split("\r\n").slice(0, 2))).toEqual([
    "Bestellung\tDatum\tKunde\tStatus\tSumme",
    expect.stringMatching(/^ORD-000002\t/),
  ]);
  await expect(page.locator("#host").getByText("Zeilen kopiert: 1")).toBeVisible();
});

test("Export in German separates with ; (Excel's list separator there), quoting what holds one; the raw total stays -20.5", async ({ page }) => {
  await page.route(/\/orders\?/, (route) =>
    route.fulfill({
      contentType: "application/json",
      body: JSON.stringify({
        items: [
          { id: "ORD-1", total: 1234.5, currency: "EUR", date: "2026-03-14", customer: "Müller; Söhne", status: "Open" },
          { id: "ORD-2", total: -20.5, currency: "EUR", date: "2026-03-15", customer: "Gräf, Inc", status: "Open" },
        ],
        nextLink: null,
      }),
    }),
  );
  await openHostPage(page, host.url, { width: 900, height: 500, hostSize: true, lang: 1031 });
  const [download] = await Promise.all([page.waitForEvent("download"), page.locator("#host").getByRole("button", { name: "Exportieren" }).click()]);
  const bytes = fs.readFileSync(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString("utf8").split("\r\n");
  expect(lines[0]).toBe("Bestellung;Datum;Kunde;Status;Summe;Datum (ISO 8601);Summe (Zahl);Währung");
  const shown = async (id: string) => (await row(page, id).getByRole("gridcell").allTextContents()).join(";");
  expect(lines[1]).toBe((await shown("ORD-1")).replace("Müller; Söhne", '"Müller; Söhne"') + ";2026-03-14;1234.5;EUR");
  // The formatted negative total made inert ("'-20,50 €"), the invariant one a number.
  expect(lines[2]).toBe(`${(await shown("ORD-2")).replace(";-", ";'-")};2026-03-15;-20.5;EUR`);
  expect(lines[2]).toContain(";Gräf, Inc;");
});

test("Export writes a CSV with a BOM, a header row and the selected orders, formulas inert", async ({ page }) => {
  // One page whose values would run as formulas in Excel.
  await page.route(/\/orders\?/, (route) =>
    route.fulfill({
      contentType: "application/json",
      body: JSON.stringify({
        items: [
          { id: "ORD-1", total: 10, currency: "EUR", date: "2026-03-14T09:30:00Z", customer: '=HYPERLINK("http://evil.example","x")', status: "+Open" },
          { id: "ORD-2", total: -20.5, currency: "EUR", date: "2026-03-15T09:30:00Z", customer: "@SUM(A1)", status: "-Shipped" },
          { id: "ORD-3", total: 30, currency: "EUR", date: "2026-03-16T09:30:00Z", customer: "Contoso", status: "Open" },
        ],
        nextLink: null,
      }),
    }),
  );
  await open(page);
  await clickRow(page, "ORD-1");
  await clickRow(page, "ORD-2", ["ControlOrMeta"]);
  const [download] = await Promise.all([page.waitForEvent("download"), page.locator("#host").getByRole("button", { name: "Export" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^orders-\d{4}-\d{2}-\d{2}T\d{4}\.csv$/);
  const bytes = fs.readFileSync(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString("utf8").split("\r\n");
  expect(lines[0]).toBe("Order,Date,Customer,Status,Total,Date (ISO 8601),Total (number),Currency");
  expect(lines).toHaveLength(4);
  const cells = (line: string | undefined) => line?.match(/("([^"]|"")*"|[^,]*)(,|$)/g)?.map((cell) => cell.replace(/,$/, "")) ?? [];
  const first = cells(lines[1]);
  expect(first[2]).toBe('"\'=HYPERLINK(""http://evil.example"",""x"")"');
  expect(first[3]).toBe("'+Open");
  expect(first.slice(5, 8)).toEqual(["2026-03-14T09:30:00Z", "10", "EUR"]);
  const second = cells(lines[2]);
  expect(second[2]).toBe("'@SUM(A1)");
  expect(second[3]).toBe("'-Shipped");
  expect(second[6]).toBe("-20.5");
  // No cell of the file starts a formula.
  expect(lines.slice(1).flatMap(cells).filter((cell) => /^"?[=+@-]/.test(cell) && cell !== "-20.5")).toEqual([]);
  await expect(page.locator("#host").getByText(`Orders exported: 2 (${download.suggestedFilename()})`)).toBeVisible();
});

test("Export with more pages to come: every loaded order, named after the control's label, and the toast says orders not loaded are not in the file", async ({ page }) => {
  await openHostPage(page, host.url, { width: 900, height: 500, hostSize: true, label: "Open orders" });
  const footer = page.locator("#host [data-footer-state]");
  await expect(footer).toHaveAttribute("data-footer-state", "loaded");
  const count = Number(/Orders loaded: ([\d,]+)/.exec(await footer.innerText())?.[1]?.replace(/,/g, "") ?? NaN);
  expect(count).toBeGreaterThan(0);
  const [download] = await Promise.all([page.waitForEvent("download"), page.locator("#host").getByRole("button", { name: "Export" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^Open orders-\d{4}-\d{2}-\d{2}T\d{4}\.csv$/);
  const lines = fs.readFileSync(await download.path()).subarray(3).toString("utf8").split("\r\n").filter(Boolean);
  // The header row, then one line per loaded order.
  expect(lines.length - 1).toBe(count);
  await expect(page.locator("#host").getByText(`Loaded orders exported: ${count} (${download.suggestedFilename()}). Orders not loaded yet are not in the file.`)).toBeVisible();
});

test("axe: no serious or critical violations with the check column and a selection", async ({ page }) => {
  await open(page);
  await clickRow(page, "ORD-000002");
  await clickRow(page, "ORD-000004", ["Shift"]);
  const results = await new AxeBuilder({ page }).include("#host").analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(serious).toEqual([]);
});
