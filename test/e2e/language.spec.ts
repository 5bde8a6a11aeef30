import { expect, openHarness, test, type HarnessControl } from "./harness";

// The order dates are instants: read them in one time zone, whatever the machine's.
test.use({ timezoneId: "UTC" });

/** The first orders' id, date and total cells as shown (no-break spaces read as spaces). */
async function firstOrders(control: HarnessControl, count: number): Promise<string[][]> {
  await expect(control.root.getByText("ORD-000001", { exact: true })).toBeVisible();
  const rows = await control.root.locator("[data-order-id]").evaluateAll((elements) =>
    elements.map((row) => [...row.querySelectorAll('[role="gridcell"]')].map((cell) => cell.textContent.replace(/\s/g, " "))),
  );
  return rows.slice(0, count).map((cells) => [cells[0] ?? "", cells[1] ?? "", cells.at(-1) ?? ""]);
}

test("?language=1031 shows German strings, dates and totals in the same harness as English", async ({ page, api }) => {
  const german = await openHarness(page, { apiBaseUrl: api.url, pageSize: 50 }, { language: 1031 });
  const germanGrid = german.root.getByRole("grid", { name: "Bestellungen" });
  await expect(germanGrid.getByRole("columnheader", { name: "Summe" })).toBeVisible();
  await expect(german.status).toHaveText("Geladene Bestellungen: 50");
  expect(await firstOrders(german, 3)).toEqual([
    ["ORD-000001", "30.06.2026, 17:51", "4.632,11 £"],
    ["ORD-000002", "30.06.2026, 17:16", "62,20 €"],
    ["ORD-000003", "30.06.2026, 16:42", "1.071,39 €"],
  ]);

  // The next page load without the choice is the harness's language again.
  const english = await openHarness(page, { apiBaseUrl: api.url, pageSize: 50 });
  await expect(english.grid.getByRole("columnheader", { name: "Total" })).toBeVisible();
  await expect(english.status).toHaveText("Orders loaded: 50");
  expect(await firstOrders(english, 1)).toEqual([["ORD-000001", "Jun 30, 2026, 5:51 PM", "£4,632.11"]]);
});
