import AxeBuilder from "@axe-core/playwright";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, openHarness, test, type HarnessControl } from "./harness";

const CONTROL = '[data-lp-id="Contoso.OrdersGrid|TestControl"]';

/** axe-core over the control: the violations a screen reader or keyboard user would hit. */
async function seriousViolations(page: HarnessControl["page"]) {
  const results = await new AxeBuilder({ page }).include(CONTROL).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

test("Dataset mode: orders from a CSV fed to the orders data-set show in order", async ({ page, api }) => {
  const control = await openHarness(page, { apiBaseUrl: api.url, dataSource: "Dataset", pageSize: 20 });
  const csv = ["Id,Total,Customer,Status,Date", ...Array.from({ length: 60 }, (_, i) => `C-${i + 1},${10 + i},Customer ${i + 1},Open,2026-03-14`)].join("\n");
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "orders-csv-")), "orders.csv");
  fs.writeFileSync(file, csv);
  await page.locator("#ordersInput").setInputFiles(file);
  const columns = page.getByRole("combobox", { name: "Column" });
  for (const [i, column] of ["Id", "Total", "Date", "Customer", "Status"].entries()) await columns.nth(i).selectOption(column);
  await page.getByRole("button", { name: "Apply the data" }).click();

  await expect(control.grid.getByText("C-1", { exact: true })).toBeVisible();
  const seen = await control.scrollCollecting(async () => (await control.root.locator('[data-order-id="C-60"]').count()) > 0);
  expect([...seen.entries()].sort(([a], [b]) => a - b).map(([, id]) => id)).toEqual(Array.from({ length: 60 }, (_, i) => `C-${i + 1}`));
  await expect(control.status).toHaveText("End of list · Orders: 60");
  expect(await api.listRequests()).toHaveLength(0);
});

test("keyboard: Tab into the grid, arrows move, Enter selects and sets selectedOrderId", async ({ page, api }) => {
  const control = await openHarness(page, { apiBaseUrl: api.url, pageSize: 50 });
  await expect(control.grid.getByText("ORD-000001", { exact: true })).toBeVisible();
  await control.grid.focus();
  await expect(control.grid).toBeFocused();
  for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await expect(control.root.locator('[data-order-id="ORD-000004"]')).toHaveAttribute("aria-selected", "true");
  // The harness lists the control's outputs in its side panel.
  await expect(page.getByText("ORD-000004", { exact: true }).last()).toBeVisible();
  await page.keyboard.press("End");
  await expect(control.grid).toHaveAttribute("aria-activedescendant", /r49$/);
  await expect(control.grid).toBeFocused();
});

test("axe: no serious or critical violations when loaded, empty, or failed", async ({ page, api }) => {
  const loaded = await openHarness(page, { apiBaseUrl: api.url, pageSize: 50 });
  await expect(loaded.grid.getByText("ORD-000001", { exact: true })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await api.reset({ count: 0 });
  await page.reload();
  await expect(page.locator(CONTROL).getByText("No orders")).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await api.reset({ count: 1000 });
  await api.fault({ page: 1, status: 403, envelope: { code: "InsufficientPermissions", message: "Reading orders needs the Sales Reader role" } });
  await page.reload();
  await expect(page.locator(CONTROL).getByRole("alert")).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
