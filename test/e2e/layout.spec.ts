import path from "node:path";
import type { Locator } from "@playwright/test";
import { documentedLayoutAt, readDocumentedLayout } from "../support/readmeLayout";
import { readResx, STRINGS_DIR } from "../support/strings";
import { expect, openHarness, test } from "./harness";
import { openHostPage, startHostPage } from "./hostPage";

const LABELS = { id: "Column_Id", date: "Column_Date", customer: "Column_Customer", status: "Column_Status", total: "Column_Total", currency: "Column_Currency" } as const;
const documented = readDocumentedLayout();
const widths = Array.from({ length: 121 }, (_, i) => 200 + i * 10);
const headings = (lang: number) => {
  const strings = readResx(path.join(STRINGS_DIR, `OrdersGrid.${lang}.resx`));
  return (width: number) => documentedLayoutAt(documented, width).columns.map((key) => strings.get(LABELS[key]) ?? key);
};

let host: Awaited<ReturnType<typeof startHostPage>>;
test.beforeAll(async () => {
  host = await startHostPage();
});
test.afterAll(async () => {
  await host.close();
});
test.use({ viewport: { width: 1500, height: 1000 } });

/** What the page shows: every header and body cell the DOM holds, and the boxes around them. */
interface LayoutReport {
  readonly headers: string[];
  readonly containerWidth: number;
  readonly containerOverflow: number;
  readonly controlWidth: number;
  readonly gridWidth: number;
  readonly gridOverflow: number;
  /** Cells whose text does not fit their box (cut or ellipsized). */
  readonly clipped: string[];
  /** The footer's buttons whose label does not fit, or that reach outside the footer. */
  readonly footerClipped: string[];
  /** Cells that reach outside the grid's content box, left or right. */
  readonly outside: string[];
  /** Per order row in the DOM: whether its cells are one below the other, or all on one line. */
  readonly rowShapes: ("stacked" | "line" | "other")[];
  /** The first order row's cells, as shown. */
  readonly firstRow: string[];
}

/** Reads the layout of the grid in `container` (the host's element), once the last change is drawn. */
function readLayout(container: Locator): Promise<LayoutReport> {
  return container.evaluate(async (element): Promise<LayoutReport> => {
    // A resize is laid out, measured (ResizeObserver) and drawn in the next frame.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const grid = element.querySelector<HTMLElement>("[role=grid]");
    const control = element.firstElementChild;
    if (!grid || !control) throw new Error("no grid");
    const box = grid.getBoundingClientRect();
    const cells = [...grid.querySelectorAll<HTMLElement>("[role=columnheader], [role=gridcell]")];
    const rows = [...grid.querySelectorAll<HTMLElement>("[data-order-id]")];
    return {
      headers: [...grid.querySelectorAll("[role=columnheader]")].map((cell) => cell.textContent),
      containerWidth: element.clientWidth,
      containerOverflow: element.scrollWidth - element.clientWidth,
      controlWidth: control.getBoundingClientRect().width,
      gridWidth: box.width,
      gridOverflow: grid.scrollWidth - grid.clientWidth,
      clipped: cells.filter((cell) => cell.scrollWidth > cell.clientWidth).map((cell) => cell.textContent),
      footerClipped: [...element.querySelectorAll<HTMLElement>("[data-footer-state] button")]
        .filter((button) => {
          const footer = button.closest("[data-footer-state]")?.getBoundingClientRect();
          return button.scrollWidth > button.clientWidth || (footer !== undefined && button.getBoundingClientRect().right > footer.right + 0.5);
        })
        .map((button) => button.textContent),
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
  });
}

/** No cell cut, nothing wider than the container, and the columns and row shape README gives for the control's width. */
function expectDocumentedLayout(report: LayoutReport, width: number, headers: string[], at: string): void {
  expect.soft(report.headers, at).toEqual(headers);
  expect.soft(report.clipped, at).toEqual([]);
  expect.soft(report.footerClipped, at).toEqual([]);
  expect.soft(report.outside, at).toEqual([]);
  expect.soft(report.containerOverflow, at).toBe(0);
  expect.soft(report.controlWidth, at).toBeLessThanOrEqual(report.containerWidth);
  expect.soft(report.gridWidth, at).toBeLessThanOrEqual(report.containerWidth);
  expect.soft(report.gridOverflow, at).toBeLessThanOrEqual(0);
  expect.soft(new Set(report.rowShapes), at).toEqual(new Set([documentedLayoutAt(documented, width).stacked ? "stacked" : "line"]));
  // The id and the total are there, in full.
  expect.soft(report.firstRow[0], at).toBe("ORD-000001");
  expect.soft(report.firstRow.at(-1), at).toMatch(/\d\d\d[.,]\d\d/);
}

for (const lang of [1033, 1031]) {
  const headersAt = headings(lang);
  for (const hostSize of [true, false]) {
    test(`${lang}, ${hostSize ? "size from the host" : "host gives no size"}: from 200 to 1,400 px no cell is cut, nothing overflows, and the columns are README's`, async ({ page }) => {
      const { problems } = await openHostPage(page, host.url, { lang, width: widths[0] ?? 200, height: 900, hostSize });
      const container = page.locator("#host");
      for (const width of widths) {
        await page.evaluate((next) => (window as unknown as { resizeHost(width: number): void }).resizeHost(next), width);
        const report = await readLayout(container);
        expectDocumentedLayout(report, width, headersAt(width), `${width} px`);
        expect.soft(report.firstRow.at(-1), `${width} px`).toMatch(/12.345[.,]67/);
      }
      expect(problems).toEqual([]);
    });
  }
}

test("the pcf-start harness: with no size, and at widths set in its Width box, README's columns, nothing cut, and no warning from the control", async ({ page, api }) => {
  const problems: string[] = [];
  page.on("console", (message) => {
    // The harness asks a font CDN for Segoe UI, which the tests deny (openHarness).
    const deniedFont = message.text() === "Failed to load resource: net::ERR_FAILED";
    if ((message.type() === "error" || message.type() === "warning") && !deniedFont) problems.push(message.text());
  });
  const control = await openHarness(page, { apiBaseUrl: api.url });
  await expect(control.grid.getByText("ORD-000001", { exact: true })).toBeVisible();
  const container = page.locator(".control-container");
  const headersAt = headings(1033);
  const check = async (at: string) => {
    const report = await readLayout(container);
    // The harness draws a border inside the width it gives: README's widths are the control's.
    expectDocumentedLayout(report, report.controlWidth, headersAt(report.controlWidth), at);
  };
  await check("no size");
  expect(problems).toEqual([]);
  // The harness's first two number boxes are the control's Width and Height.
  const widthBox = page.locator("input[type=number]").first();
  for (const width of [200, 239, 241, 330, 421, 520, 580, 601, 650, 701, 900]) {
    await widthBox.fill(String(width));
    await check(`harness width ${width}`);
  }
  // Typing in the empty Width box, the harness's own input warns (uncontrolled to controlled); the control does not.
  expect(problems.filter((text) => !text.includes("changing an uncontrolled input"))).toEqual([]);
});
