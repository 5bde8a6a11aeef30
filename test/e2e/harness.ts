import { expect, test as base, type Locator, type Page } from "@playwright/test";
import { LANGUAGE_PARAMETER } from "../../scripts/harness/harnessProxy";
import type { Fault } from "../orders-api/faults";
import type { LoggedRequest } from "../orders-api/server";

function env(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: globalSetup did not run`);
  return value;
}

/** The orders API behind the harness, through its control endpoint. */
export class OrdersApiControl {
  readonly url = env("ORDERS_API_URL");

  async reset(settings: { count?: number; latencyMs?: number } = {}): Promise<void> {
    await fetch(`${this.url}/_control/reset`, { method: "POST", body: JSON.stringify(settings) });
  }

  async fault(fault: Fault | Fault[]): Promise<void> {
    await fetch(`${this.url}/_control/faults`, { method: "POST", body: JSON.stringify(fault) });
  }

  async clearFaults(): Promise<void> {
    await fetch(`${this.url}/_control/faults`, { method: "DELETE" });
  }

  /** ListOrders calls the API received since the last reset, in order. */
  async listRequests(): Promise<LoggedRequest[]> {
    return (await this.ordersLog()).filter((entry) => entry.method === "GET");
  }

  /** CORS preflights (OPTIONS) the API received for ListOrders since the last reset. */
  async preflights(): Promise<LoggedRequest[]> {
    return (await this.ordersLog()).filter((entry) => entry.method === "OPTIONS");
  }

  private async ordersLog(): Promise<LoggedRequest[]> {
    const log = (await (await fetch(`${this.url}/_control/log`)).json()) as LoggedRequest[];
    return log.filter((entry) => entry.path.startsWith("/orders"));
  }
}

/** The control in the pcf-start harness page. */
export class HarnessControl {
  readonly root: Locator;
  readonly grid: Locator;
  /** The scroll container: the grid element itself. */
  readonly scroller: Locator;
  readonly footer: Locator;
  /** The footer's status line (loaded, loading more, retrying, end of list). */
  readonly status: Locator;
  /** The quick find box and what it says it found. */
  readonly searchBox: Locator;
  readonly searchStatus: Locator;

  constructor(readonly page: Page) {
    this.root = page.locator('[data-lp-id="Contoso.OrdersGrid|TestControl"]');
    this.grid = this.root.getByRole("grid", { name: "Orders" });
    this.scroller = this.grid;
    this.footer = this.root.locator("[data-footer-state]");
    this.status = this.footer.getByTestId("footer-text");
    this.searchBox = this.root.getByRole("searchbox", { name: "Search orders" });
    this.searchStatus = this.root.getByTestId("search-status");
  }

  /** Ids of the order rows in the DOM, each with its 1-based row index. */
  async renderedRows(): Promise<{ id: string; rowIndex: number }[]> {
    return this.root.locator("[data-order-id]").evaluateAll((rows) =>
      rows.map((row) => ({ id: row.getAttribute("data-order-id") ?? "", rowIndex: Number(row.getAttribute("aria-rowindex")) })),
    );
  }

  /** Scrolls so that the 0-based row `index` is at the top. */
  async scrollToRow(index: number, rowHeight = 36): Promise<void> {
    await this.scroller.evaluate((el, top) => (el.scrollTop = top), index * rowHeight);
  }

  /** Jumps to the bottom of the rows loaded so far. */
  async scrollToEnd(): Promise<void> {
    await this.scroller.evaluate((el) => (el.scrollTop = el.scrollHeight));
  }

  /** Starts counting the most rows the grid ever held in the DOM at once. */
  async watchRowCount(): Promise<void> {
    await this.root.evaluate((root) => {
      const w = window as unknown as { maxRows: number };
      w.maxRows = root.querySelectorAll('[role="row"]').length;
      new MutationObserver(() => {
        w.maxRows = Math.max(w.maxRows, root.querySelectorAll('[role="row"]').length);
      }).observe(root, { childList: true, subtree: true });
    });
  }

  async maxRows(): Promise<number> {
    return this.page.evaluate(() => (window as unknown as { maxRows: number }).maxRows);
  }

  /**
   * Scrolls with the mouse wheel, like a user, until the predicate holds or the list ends,
   * collecting every id that was shown, by row index.
   */
  async scrollCollecting(until: () => Promise<boolean>, step = 400, maxSteps = 400): Promise<Map<number, string>> {
    const seen = new Map<number, string>();
    await this.scroller.scrollIntoViewIfNeeded();
    const box = await this.scroller.boundingBox();
    if (!box) throw new Error("the grid is not visible");
    await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (let i = 0; i < maxSteps; i++) {
      for (const row of await this.renderedRows()) seen.set(row.rowIndex, row.id);
      if (await until()) break;
      await this.page.mouse.wheel(0, step);
      await this.page.waitForTimeout(40);
    }
    for (const row of await this.renderedRows()) seen.set(row.rowIndex, row.id);
    return seen;
  }
}

export interface HarnessProperties {
  apiBaseUrl?: string;
  pageSize?: number;
  requestTimeout?: number;
  maxPages?: number;
  nextLink?: string;
  dataSource?: "Connector" | "Dataset" | "WebApi";
  sortQuery?: string;
  searchQuery?: string;
  columns?: string;
  showSearch?: boolean;
}

/**
 * Opens the harness with the given property values, stored where the harness keeps them, and
 * optionally in another user language (LCID) than the harness's 1033.
 */
export async function openHarness(page: Page, properties: HarnessProperties | null, options: { language?: number } = {}): Promise<HarnessControl> {
  // The harness page asks a font CDN for Segoe UI; there is no internet here.
  await page.route(/cdn\.office\.net/, (route) => route.abort());
  if (properties) {
    const stored = Object.fromEntries(
      // A single space: blank for the control, and not replaced by the harness's "val" placeholder.
      Object.entries({ nextLink: " ", webApiTable: " ", webApiColumns: " ", sortQuery: " ", searchQuery: " ", columns: " ", ...properties }).map(([name, value]) => [
        name,
        {
          Value: String(value),
          SelectedType: ["pageSize", "requestTimeout", "maxPages"].includes(name) ? "Whole.None" : name === "dataSource" ? "Enum" : name === "showSearch" ? "TwoOptions" : "SingleLine.Text",
        },
      ]),
    );
    await page.addInitScript((values) => {
      localStorage.setItem("Contoso.OrdersGrid_properties", JSON.stringify(values));
    }, stored);
  }
  const address = new URL(env("HARNESS_URL"));
  if (options.language) address.searchParams.set(LANGUAGE_PARAMETER, String(options.language));
  await page.goto(address.href);
  const control = new HarnessControl(page);
  await expect(control.root).toBeVisible();
  return control;
}

export const test = base.extend<{ api: OrdersApiControl }>({
  // Automatic: every test starts from a clean API (no faults left by the test before), used or not.
  api: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern
    async ({}, provide) => {
      const api = new OrdersApiControl();
      await api.reset({ count: 1000 });
      await provide(api);
    },
    { auto: true },
  ],
});

export { expect };
