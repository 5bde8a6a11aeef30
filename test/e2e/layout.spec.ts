import path from "node:path";
import { documentedLayoutAt, readDocumentedLayout } from "../support/readmeLayout";
import { readResx, STRINGS_DIR } from "../support/strings";
import { expect, openHarness, test } from "./harness";
import { openHostPage, startHostPage } from "./hostPage";

const LABELS = { id: "Column_Id", date: "Column_Date", customer: "Column_Customer", status: "Column_Status", total: "Column_Total" } as const;
const documented = readDocumentedLayout();
const widths = Array.from({ length: 121 }, (_, i) => 200 + i * 10);

let host: Awaited<ReturnType<typeof startHostPage>>;
test.beforeAll(async () => {
  host = await startHostPage();
});
test.afterAll(async () => {
  await host.close();
});
test.use({ viewport: { width: 1500, height: 1000 } });

/** What the page shows at one width: every header and body cell the DOM holds, and the boxes around them. */
interface LayoutReport {
  readonly headers: string[];
  readonly hostWidth: number;
  readonly hostOverflow: number;
  readonly controlWidth: number;
  readonly gridWidth: number;
  readonly gridOverflow: number;
  /** Cells whose text does not fit their box (cut or ellipsized). */
  readonly clipped: string[];
  /** Cells that reach outside the grid's content box, left or right. */
  readonly outside: string[];
  /** Per order row in the DOM: whether its cells are one below the other, or all on one line. */
  readonly rowShapes: ("stacked" | "line" | "other")[];
  /** The first order row's cells: the id and the total, as shown. */
  readonly firstRow: string[];
}

for (const lang of [1033, 1031]) {
  const strings = readResx(path.join(STRINGS_DIR, `OrdersGrid.${lang}.resx`));
  for (const hostSize of [true, false]) {
    test(`${lang}, ${hostSize ? "size from the host" : "host gives no size"}: from 200 to 1,400 px no cell is cut, nothing overflows, and the columns are README's`, async ({ page }) => {
      const { problems } = await openHostPage(page, host.url, { lang, width: widths[0] ?? 200, height: 900, hostSize });
      for (const width of widths) {
        const report = await page.evaluate(async (next): Promise<LayoutReport> => {
          (window as unknown as { resizeHost(width: number): void }).resizeHost(next);
          // A resize is laid out, measured (ResizeObserver) and drawn in the next frame.
          await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
          const hostElement = document.getElementById("host");
          const grid = hostElement?.querySelector<HTMLElement>("[role=grid]");
          const control = hostElement?.firstElementChild;
          if (!hostElement || !grid || !control) throw new Error("no grid");
          const box = grid.getBoundingClientRect();
          const cells = [...grid.querySelectorAll<HTMLElement>("[role=columnheader], [role=gridcell]")];
          const rows = [...grid.querySelectorAll<HTMLElement>("[data-order-id]")];
          return {
            headers: [...grid.querySelectorAll("[role=columnheader]")].map((cell) => cell.textContent),
            hostWidth: hostElement.clientWidth,
            hostOverflow: hostElement.scrollWidth - hostElement.clientWidth,
            controlWidth: control.getBoundingClientRect().width,
            gridWidth: box.width,
            gridOverflow: grid.scrollWidth - grid.clientWidth,
            clipped: cells.filter((cell) => cell.scrollWidth > cell.clientWidth).map((cell) => cell.textContent),
            outside: cells
              .filter((cell) => {
                const r = cell.getBoundingClientRect();
                return r.left < box.left - 0.5 || r.right > box.left + grid.clientWidth + 0.5;
              })
              .map((cell) => cell.textContent),
            rowShapes: rows.map((row) => {
              const tops = [...row.querySelectorAll("[role=gridcell]")].map((cell) => cell.getBoundingClientRect().top);
              if (tops.every((top) => top === tops[0])) return "line";
              return tops.every((top, i) => i === 0 || top > (tops[i - 1] ?? top)) ? "stacked" : "other";
            }),
            firstRow: [...(rows[0]?.querySelectorAll("[role=gridcell]") ?? [])].map((cell) => cell.textContent),
          };
        }, width);

        const expected = documentedLayoutAt(documented, width);
        const at = `${width} px`;
        expect.soft(report.headers, at).toEqual(expected.columns.map((key) => strings.get(LABELS[key]) ?? key));
        expect.soft(report.clipped, at).toEqual([]);
        expect.soft(report.outside, at).toEqual([]);
        expect.soft(report.hostOverflow, at).toBe(0);
        expect.soft(report.controlWidth, at).toBeLessThanOrEqual(report.hostWidth);
        expect.soft(report.gridWidth, at).toBeLessThanOrEqual(report.hostWidth);
        expect.soft(report.gridOverflow, at).toBeLessThanOrEqual(0);
        expect.soft(new Set(report.rowShapes), at).toEqual(new Set([expected.stacked ? "stacked" : "line"]));
        // The id and the total are there, in full.
        expect.soft(report.firstRow[0], at).toBe("ORD-000001");
        expect.soft(report.firstRow.at(-1), at).toMatch(/12.345[.,]67/);
      }
      expect(problems).toEqual([]);
    });
  }
}

test("the pcf-start harness with no size set: the grid fills its pane with README's columns, and nothing warns", async ({ page, api }) => {
  const problems: string[] = [];
  page.on("console", (message) => {
    // The harness asks a font CDN for Segoe UI, which the tests deny (openHarness).
    const deniedFont = message.text() === "Failed to load resource: net::ERR_FAILED";
    if ((message.type() === "error" || message.type() === "warning") && !deniedFont) problems.push(message.text());
  });
  const control = await openHarness(page, { apiBaseUrl: api.url });
  await expect(control.grid.getByText("ORD-000001", { exact: true })).toBeVisible();
  const width = await control.grid.evaluate((el) => el.getBoundingClientRect().width);
  const english = readResx(path.join(STRINGS_DIR, "OrdersGrid.1033.resx"));
  const headers = documentedLayoutAt(documented, width).columns.map((key) => english.get(LABELS[key]) ?? key);
  await expect(control.grid.getByRole("columnheader")).toHaveText(headers);
  expect(problems).toEqual([]);
});
