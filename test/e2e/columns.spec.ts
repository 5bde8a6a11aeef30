import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { orderAt } from "../orders-api/orderData";
import { expect, openHarness, test } from "./harness";
import { openHostPage, startHostPage, type HostOptions } from "./hostPage";

let host: Awaited<ReturnType<typeof startHostPage>>;
test.beforeAll(async () => {
  host = await startHostPage();
});
test.afterAll(async () => {
  await host.close();
});

/** The host page's own API: the widest values a cell shows. */
const open = (page: Page, options: Partial<HostOptions> = {}) => openHostPage(page, host.url, { width: 1000, height: 500, hostSize: true, ...options });
const grid = (page: Page) => page.locator("#host").getByRole("grid", { name: "Orders" });
const heading = (page: Page, name: string) => grid(page).getByRole("columnheader", { name: new RegExp(`^${name}`) });

interface Box {
  readonly left: number;
  readonly width: number;
}
/** Every column's box in the header and in each order row in the DOM, once the last change is drawn. */
function columnBoxes(page: Page): Promise<{ header: Box[]; rows: Box[][] }> {
  return grid(page).evaluate(async (element) => {
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const box = (cell: Element): Box => {
      const rect = cell.getBoundingClientRect();
      return { left: Math.round(rect.left * 10) / 10, width: Math.round(rect.width * 10) / 10 };
    };
    return {
      header: [...element.querySelectorAll("[role=columnheader]")].map(box),
      rows: [...element.querySelectorAll("[data-order-id]")].map((row) => [...row.querySelectorAll("[role=gridcell]")].map(box)),
    };
  });
}

/** Drags from the middle of the Customer heading's resize handle (or the one the heading's name begins) by `dx` px, ending off the handle. */
async function dragCustomerEdge(page: Page, dx: number, name = "Customer"): Promise<void> {
  const handle = heading(page, name).locator(".fui-TableResizeHandle");
  await expect(handle).toBeAttached();
  const start = await handle.boundingBox();
  if (!start) throw new Error("no resize handle");
  const x = start.x + start.width / 2;
  const y = start.y + start.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + dx / 2, y, { steps: 5 });
  // Below the header and on: the drag follows the pointer wherever it goes until the button is up.
  await page.mouse.move(x + dx, y + 60, { steps: 5 });
  await page.mouse.up();
}

async function seriousViolations(page: Page, selector: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include(selector).analyze();
  return results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** Cells (header or rows) whose text does not fit their box. */
const clippedCells = (page: Page) =>
  grid(page).evaluate((element) => [...element.querySelectorAll<HTMLElement>("[role=columnheader], [role=gridcell]")].filter((cell) => cell.scrollWidth > cell.clientWidth).map((cell) => cell.textContent));

test("dragging a heading's edge with the mouse resizes its column in the header and in every row, down to its minimum; axe finds nothing serious on the header", async ({ page }) => {
  const { problems } = await open(page);
  const before = await columnBoxes(page);
  const customer = 2;

  await dragCustomerEdge(page, 90);
  const wider = await columnBoxes(page);
  expect(wider.header[customer]?.width).toBeCloseTo((before.header[customer]?.width ?? 0) + 90, 0);
  // Header and rows stay aligned: every column's cells start and end where its heading does.
  for (const row of wider.rows) expect(row).toEqual(wider.header);
  // The other columns share what is left: the row is as wide as before.
  const rowWidth = (boxes: Box[]) => boxes.reduce((sum, b) => sum + b.width, 0);
  expect(rowWidth(wider.header)).toBeCloseTo(rowWidth(before.header), 0);
  // A drag on the edge is no click on the heading: nothing is sorted.
  await expect(heading(page, "Customer")).toHaveAttribute("aria-sort", "none");

  // Far narrower than any customer's name: the column stops at its minimum, where no name is cut.
  await dragCustomerEdge(page, -400);
  const narrowest = await columnBoxes(page);
  expect(narrowest.header[customer]?.width).toBeLessThan(before.header[customer]?.width ?? 0);
  for (const row of narrowest.rows) expect(row).toEqual(narrowest.header);
  expect(await clippedCells(page)).toEqual([]);

  expect(await seriousViolations(page, '#host [role="grid"] > [role="rowgroup"]:first-child')).toEqual([]);
  expect(problems).toEqual([]);
});

/**
 * For the heading and each cell of a column: the room its box has beside its text on one line
 * (px, negative: cut), measured as the page draws it.
 */
function slackInColumn(page: Page, colIndex: number): Promise<number[]> {
  return grid(page).evaluate(async (element, index) => {
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const textWidth = (node: Element) => {
      const range = document.createRange();
      range.selectNodeContents(node);
      return range.getBoundingClientRect().width;
    };
    const heading = element.querySelector(`[role=columnheader][aria-colindex="${index}"]`);
    // The label: the innermost element with the heading's text.
    const label = [...(heading?.querySelectorAll("span") ?? [])].find((span) => span.children.length === 0 && span.textContent !== "" && span.textContent === heading?.textContent);
    const cells = [...element.querySelectorAll<HTMLElement>(`[data-order-id] > [role=gridcell][aria-colindex="${index}"]`)];
    const cellSlack = (cell: HTMLElement) => {
      const style = getComputedStyle(cell);
      const borders = cell.offsetWidth - cell.clientWidth;
      return cell.getBoundingClientRect().width - borders - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - textWidth(cell);
    };
    return [label ? label.getBoundingClientRect().width - textWidth(label) : NaN, ...cells.map(cellSlack)];
  }, colIndex);
}

test("a double-click on a heading's edge fits its column to the heading and the values in view, narrower or wider", async ({ page }) => {
  // A heading wider than the column's minimum and its values.
  const { problems } = await open(page, { columns: 'id, customer "The customer who placed the order", total' });
  const customer = 1;
  const before = await columnBoxes(page);

  await dragCustomerEdge(page, 200, "The customer");
  await heading(page, "The customer").locator(".fui-TableResizeHandle").dblclick();
  const fitted = await columnBoxes(page);
  const fittedWidth = fitted.header[customer]?.width ?? 0;
  expect(fittedWidth).toBeLessThan(before.header[customer]?.width ?? 0);
  for (const row of fitted.rows) expect(row).toEqual(fitted.header);
  // Nothing cut, and the widest of them (the heading) just fits.
  const slack = await slackInColumn(page, customer + 1);
  expect(slack.length).toBeGreaterThan(5);
  expect(Math.min(...slack)).toBeGreaterThanOrEqual(0);
  expect(slack[0]).toBeLessThan(1.5);
  expect(await clippedCells(page)).toEqual([]);
  // A double-click on the edge is no click on the heading: nothing is sorted.
  await expect(heading(page, "The customer")).toHaveAttribute("aria-sort", "none");

  // From its minimum, where the heading is cut, it widens to show it again.
  await dragCustomerEdge(page, -600, "The customer");
  expect((await columnBoxes(page)).header[customer]?.width).toBeLessThan(fittedWidth);
  await heading(page, "The customer").locator(".fui-TableResizeHandle").dblclick();
  expect((await columnBoxes(page)).header[customer]?.width).toBeCloseTo(fittedWidth, 0);
  expect(problems).toEqual([]);
});

test("right to left (userSettings.isRTL): the columns run from the right, header with rows; values read in their own direction; the arrows, the edge drag and axe", async ({ page }) => {
  const { problems } = await open(page, { rtl: true });
  const before = await columnBoxes(page);
  // Order, the first column, is the rightmost; each heading's column is where its cells are.
  const lefts = before.header.map((box) => box.left);
  expect(lefts).toEqual([...lefts].sort((a, b) => b - a));
  for (const row of before.rows) expect(row).toEqual(before.header);
  // "Litware, Inc." keeps its period at its end (a right-to-left paragraph would draw ".Litware, Inc").
  const periodAfterText = await grid(page)
    .getByText("Litware, Inc.", { exact: true })
    .first()
    .evaluate((cell) => {
      const text = cell.firstChild;
      if (!text) return false;
      const charBox = (at: number) => {
        const range = document.createRange();
        range.setStart(text, at);
        range.setEnd(text, at + 1);
        return range.getBoundingClientRect();
      };
      return charBox((text.textContent ?? "").length - 1).left > charBox(0).left;
    });
  expect(periodAfterText).toBe(true);

  // Left goes from the row into its first cell (the rightmost), and on to the next.
  await grid(page).focus();
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("ArrowLeft");
  const active = () => grid(page).evaluate((element) => document.getElementById(element.getAttribute("aria-activedescendant") ?? "")?.getAttribute("aria-colindex"));
  expect(await active()).toBe("2");
  await page.keyboard.press("ArrowRight");
  expect(await active()).toBe("1");

  // The heading's end edge is on its left: dragging it left widens the column.
  const customer = 2;
  await dragCustomerEdge(page, -90);
  const wider = await columnBoxes(page);
  expect(wider.header[customer]?.width).toBeCloseTo((before.header[customer]?.width ?? 0) + 90, 0);
  for (const row of wider.rows) expect(row).toEqual(wider.header);
  expect(await seriousViolations(page, "#host")).toEqual([]);
  expect(problems).toEqual([]);
});

test("from the keyboard: the heading says its resize keys, Ctrl+Right and Ctrl+Left resize its column in the header and the rows, and each width is said", async ({ page }) => {
  const { problems } = await open(page);
  const customer = 2;
  const before = await columnBoxes(page);
  const button = heading(page, "Customer").getByRole("button");
  await button.focus();
  await expect(button).toHaveAccessibleDescription("Sort ascending. Ctrl+Left or Ctrl+Right makes the column narrower or wider.");

  await page.keyboard.press("Control+ArrowRight");
  await page.keyboard.press("Control+ArrowRight");
  const wider = await columnBoxes(page);
  expect(wider.header[customer]?.width).toBeCloseTo((before.header[customer]?.width ?? 0) + 32, 0);
  for (const row of wider.rows) expect(row).toEqual(wider.header);
  await expect(page.locator("#host").getByRole("status").filter({ hasText: "Customer column" })).toHaveText(`Customer column: ${Math.round((before.header[customer]?.width ?? 0) + 32)} pixels wide`);
  // The focus stays on the heading, and nothing was sorted.
  await expect(button).toBeFocused();
  await expect(heading(page, "Customer")).toHaveAttribute("aria-sort", "none");

  await page.keyboard.press("Control+ArrowLeft");
  expect((await columnBoxes(page)).header[customer]?.width).toBeCloseTo((before.header[customer]?.width ?? 0) + 16, 0);
  expect(problems).toEqual([]);
});

test("columns resized wider than the control scroll sideways, the header with the rows, and no value is cut", async ({ page }) => {
  const { problems } = await open(page, { width: 720 });
  await dragCustomerEdge(page, 500);
  const overflow = await grid(page).evaluate((element) => element.scrollWidth - element.clientWidth);
  expect(overflow).toBeGreaterThan(400);
  const boxes = await columnBoxes(page);
  for (const row of boxes.rows) expect(row).toEqual(boxes.header);
  expect(await clippedCells(page)).toEqual([]);
  // Scrolled to its end, the last column (Total) is in view, its heading above it.
  await grid(page).evaluate((element) => (element.scrollLeft = element.scrollWidth));
  await expect(heading(page, "Total")).toBeInViewport({ ratio: 1 });
  const scrolled = await columnBoxes(page);
  expect(scrolled.rows[0]).toEqual(scrolled.header);
  expect(problems).toEqual([]);
});

test("columns wider than the control: moving by cell with the keyboard scrolls the active cell into view", async ({ page }) => {
  const { problems } = await open(page, { width: 720 });
  await dragCustomerEdge(page, 500);
  const firstRow = grid(page).locator('[data-order-id="ORD-000001"]');
  await firstRow.getByRole("gridcell").first().click();
  // Right, cell by cell, to Total: the last column, beyond the control's right edge.
  for (let i = 0; i < 5; i++) await page.keyboard.press("ArrowRight");
  const total = firstRow.getByRole("gridcell").last();
  await expect(grid(page)).toHaveAttribute("aria-activedescendant", (await total.getAttribute("id")) ?? "");
  await expect(total).toBeInViewport({ ratio: 1 });
  expect(await grid(page).evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
  // And back to the first column: the view follows to the left edge.
  await page.keyboard.press("Home");
  await expect(firstRow.getByRole("gridcell").first()).toBeInViewport({ ratio: 1 });
  expect(problems).toEqual([]);
});

test("Compact: rows and header 28 px high, values in full, and axe finds nothing serious", async ({ page }) => {
  const { problems } = await open(page, { density: "Compact" });
  const heights = await grid(page).evaluate((element) => ({
    header: element.querySelector("[role=row]")?.getBoundingClientRect().height,
    rows: [...element.querySelectorAll("[data-order-id]")].slice(0, 5).map((row) => row.getBoundingClientRect().height),
  }));
  expect(heights).toEqual({ header: 28, rows: [28, 28, 28, 28, 28] });
  // Text that fits its line: no cell's content is taller than its box.
  const tall = await grid(page).evaluate((element) => [...element.querySelectorAll<HTMLElement>("[role=gridcell]")].filter((cell) => cell.scrollHeight > cell.clientHeight).length);
  expect(tall).toBe(0);
  expect(await clippedCells(page)).toEqual([]);
  expect(await seriousViolations(page, "#host")).toEqual([]);
  expect(problems).toEqual([]);
});

test("the harness with a columns input: the maker's columns, order and headings, the currency from the API's items", async ({ page, api }) => {
  const control = await openHarness(page, { apiBaseUrl: api.url, columns: 'total "Amount", id, currency' });
  const row = control.grid.locator('[data-order-id="ORD-000001"]');
  await expect(row).toBeVisible();
  await expect(control.grid.getByRole("columnheader")).toHaveText(["Amount", "Order", "Currency"]);
  await expect(row.getByRole("gridcell").nth(2)).toHaveText(orderAt(0, 1).currency);
  expect(await control.grid.getByRole("columnheader").evaluateAll((headings) => headings.map((heading) => heading.getAttribute("aria-colindex")))).toEqual(["1", "2", "3"]);
});

test("the harness with a columns input naming an item field the API's orders do not have: the app maker's hint names it below the orders, no blank column in silence", async ({ page, api }) => {
  const control = await openHarness(page, { apiBaseUrl: api.url, columns: "id, date=orderDate:160, total" });
  await expect(control.root.getByText("Check the columns of OrdersGrid")).toBeVisible();
  await expect(control.root.getByText(/the API's orders have no field orderDate/)).toBeVisible();
  await expect(control.grid.locator('[data-order-id="ORD-000001"]')).toBeVisible();
  expect(await new AxeBuilder({ page }).include('[data-lp-id="Contoso.OrdersGrid|TestControl"]').analyze().then((r) => r.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id))).toEqual([]);
});
