import type { Locator } from "@playwright/test";
import { expect, openHarness, test, type HarnessControl } from "./harness";

const atEnd = (control: HarnessControl, lastId: string) => async () =>
  (await control.footer.getAttribute("data-footer-state")) === "end" && (await control.root.locator(`[data-order-id="${lastId}"]`).count()) > 0;

const ids = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `ORD-${String(from + i).padStart(6, "0")}`);

test("opens on the built-in orders API with no configuration, the first order right below the header", async ({ page }) => {
  const control = await openHarness(page, null);
  await expect(control.grid.getByText("ORD-000001", { exact: true })).toBeVisible();
  await expect(control.status).toHaveText("Orders loaded: 50");

  const header = await control.grid.getByRole("row").first().boundingBox();
  const first = await control.root.locator('[data-order-id="ORD-000001"]').boundingBox();
  expect(first?.y).toBe((header?.y ?? 0) + (header?.height ?? 0));
  // Each heading lines up with its column's values: text starts (or, for the total, ends) where theirs does.
  const textEdges = (cell: Locator) =>
    cell.evaluate((el) => {
      // The text itself, not the boxes around it.
      const text = document.createTreeWalker(el, NodeFilter.SHOW_TEXT).nextNode();
      if (!text) throw new Error("no text in the cell");
      const range = document.createRange();
      range.selectNodeContents(text);
      const box = range.getBoundingClientRect();
      return [Math.round(box.left), Math.round(box.right)];
    });
  const firstRow = control.root.locator('[data-order-id="ORD-000001"]');
  const [idHeading, idValue] = [await textEdges(control.grid.getByRole("columnheader").first()), await textEdges(firstRow.getByRole("gridcell").first())];
  expect(idHeading[0]).toBe(idValue[0]);
  const [totalHeading, totalValue] = [await textEdges(control.grid.getByRole("columnheader").last()), await textEdges(firstRow.getByRole("gridcell").last())];
  expect(totalHeading[1]).toBe(totalValue[1]);
  // The header stays in place while the rows scroll under it.
  await control.scrollToRow(10);
  expect((await control.grid.getByRole("row").first().boundingBox())?.y).toBe(header?.y);
  expect((await control.root.locator('[data-order-id="ORD-000011"]').boundingBox())?.y).toBe(first?.y);
});

test("scrolling to the end of 1,000 orders at page size 50 shows every id in order in 20 requests, with few rows in the DOM", async ({ page, api }) => {
  const control = await openHarness(page, { apiBaseUrl: api.url, pageSize: 50 });
  await expect(control.grid.getByText("ORD-000001", { exact: true })).toBeVisible();
  await control.watchRowCount();

  const seen = await control.scrollCollecting(atEnd(control, "ORD-001000"));
  await expect(control.status).toHaveText("End of list · Orders: 1,000");

  const shown = [...seen.entries()].sort(([a], [b]) => a - b).map(([, id]) => id);
  expect(shown).toEqual(ids(1, 1000));
  const requests = await api.listRequests();
  expect(requests.map((r) => r.path)).toEqual(Array.from({ length: 20 }, (_, i) => `/orders?page=${i + 1}&pageSize=50`));
  // The harness and the API are on different origins: each page is a CORS-simple request, one round trip, no preflight.
  expect(await api.preflights()).toEqual([]);
  expect(await control.maxRows()).toBeLessThanOrEqual(60);
});

test("a 500 on page 3 keeps the first two pages, shows message, code and request id, and Retry continues from page 3", async ({ page, api }) => {
  await api.fault({ page: 3, status: 500, envelope: { code: "DatabaseUnavailable", message: "The orders database is offline" } });
  const control = await openHarness(page, { apiBaseUrl: api.url, pageSize: 50 });
  await expect(control.grid.getByText("ORD-000001", { exact: true })).toBeVisible();

  const alert = control.root.getByRole("alert");
  await control.scrollCollecting(() => alert.isVisible());
  await expect(alert).toContainText("The Sales API had a problem");
  await expect(alert).toContainText("The orders database is offline");
  await expect(alert.getByTestId("error-code")).toHaveText("DatabaseUnavailable");
  const requestId = await alert.getByTestId("error-request-id").textContent();
  expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
  await expect(control.status).toHaveText("Orders loaded: 100");

  // The rows already loaded are all still there.
  await control.scroller.evaluate((el) => (el.scrollTop = 0));
  await expect(control.grid.getByText("ORD-000001", { exact: true })).toBeVisible();
  const page3 = (await api.listRequests()).filter((r) => r.page === 3);
  expect(page3.length).toBe(4); // the first try and three automatic retries
  expect(page3.every((r) => r.status === 500)).toBe(true);
  // Retries carry a client request id for the service's logs; the first try stays CORS-simple.
  expect(page3.map((r) => r.clientRequestId !== undefined)).toEqual([false, true, true, true]);

  await api.clearFaults();
  await alert.getByRole("button", { name: "Retry" }).click();
  await expect(alert).toBeHidden();
  await expect(control.status).toHaveText("Orders loaded: 150");
  const seen = await control.scrollCollecting(atEnd(control, "ORD-001000"));
  expect([...seen.values()]).toContain("ORD-000101");
  await expect(control.status).toHaveText("End of list · Orders: 1,000");
  const requests = await api.listRequests();
  expect(requests.filter((r) => r.page === 1)).toHaveLength(1);
  expect(requests.filter((r) => r.page === 3).map((r) => r.status)).toEqual([500, 500, 500, 500, 200]);
});
