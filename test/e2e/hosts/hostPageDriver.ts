import { expect, test, type Locator, type Page } from "@playwright/test";
import { orderIdAt } from "../../orders-api/orderData";
import { startHostPage } from "../hostPage";
import type { CanvasHostApi, GridReader, ModelDrivenHostApi, ScrolledList, WebApiHostApi } from "./hostGlobals";

/** The ids of the shared orders API's 1,000 orders, in its order. */
export const ALL_IDS: readonly string[] = Array.from({ length: 1000 }, (_, i) => orderIdAt(i));

/** One host page server for the spec file's tests: started before the first, closed after the last. */
export function hostPageServerForSpec(): { readonly url: string } {
  let server: Awaited<ReturnType<typeof startHostPage>> | undefined;
  test.beforeAll(async () => {
    server = await startHostPage();
  });
  test.afterAll(async () => {
    await server?.close();
  });
  return {
    get url() {
      if (!server) throw new Error("the host page server has not started");
      return server.url;
    },
  };
}

type HostGlobal = "canvasHost" | "modelDrivenHost" | "webApiHost";
type Methods<Api> = { [K in keyof Api]: Api[K] extends (...args: never[]) => unknown ? K : never }[keyof Api];
type Arguments<F> = F extends (...args: infer A) => unknown ? A : never;
type Result<F> = F extends (...args: never[]) => infer R ? Awaited<R> : never;

/** A canvas or model-driven host page with the control mounted, and the page's API (hostGlobals.ts). */
export class HostPage<Api extends GridReader> {
  readonly root: Locator;
  readonly grid: Locator;
  readonly footer: Locator;
  /** The footer's status line. */
  readonly status: Locator;
  /** The error notification where loading stopped. */
  readonly alert: Locator;
  /** Uncaught exceptions in the page. */
  readonly pageErrors: string[] = [];

  constructor(
    readonly page: Page,
    private readonly global: HostGlobal,
  ) {
    this.root = page.locator("#host");
    this.grid = this.root.getByRole("grid", { name: "Orders" });
    this.footer = this.root.locator("[data-footer-state]");
    this.status = this.footer.getByTestId("footer-text");
    this.alert = this.root.getByRole("alert");
    page.on("pageerror", (error) => this.pageErrors.push(error.message));
  }

  /** Calls the page's API; arguments and results cross as JSON. */
  async call<K extends Methods<Api>>(method: K, ...args: Arguments<Api[K]>): Promise<Result<Api[K]>> {
    const result: unknown = await this.page.evaluate(
      async ({ global, name, values }) => {
        // The page's API as a bag of functions: which one, and its types, the caller's Api says.
        const api = window[global] as unknown as Record<string, (...values: unknown[]) => unknown> | undefined;
        const fn = api?.[name];
        if (!fn) throw new Error(`the page has no ${global}.${name}`);
        return await fn(...values);
      },
      { global: this.global, name: String(method), values: args },
    );
    // evaluate returns what the page's method returned, serialized: the type the method declares.
    return result as Result<Api[K]>;
  }

  /**
   * Scrolls the grid from the top as a user reading every row, to the end of the list or to the
   * order `stopAtId`; fails, saying what the grid showed, if it stopped anywhere else.
   */
  async scrollToEnd(options: { readonly stopAtId?: string } = {}): Promise<ScrolledList> {
    // Every host page's API is a GridReader: `call` is typed from the API's methods.
    const list = await (this as HostPage<GridReader>).call("scrollToEnd", options);
    const wanted = options.stopAtId === undefined ? "end" : "stopAtId";
    expect(list.stoppedBy, `the scroll stopped (${list.stoppedBy}) at: ${list.lastView}; page errors: ${this.pageErrors.join("; ") || "none"}`).toBe(wanted);
    return list;
  }

  /** Jumps to the bottom of the rows loaded so far, as a user dragging the scrollbar down. */
  async scrollToBottom(): Promise<void> {
    await this.grid.evaluate((element) => (element.scrollTop = element.scrollHeight));
  }
}

async function open<Api extends GridReader>(page: Page, url: string, global: HostGlobal, parameters: Readonly<Record<string, string | number>>): Promise<HostPage<Api>> {
  const host = new HostPage<Api>(page, global);
  const query = new URLSearchParams(Object.entries(parameters).map(([name, value]) => [name, String(value)]));
  await page.goto(`${url}?${query.toString()}`);
  await page.waitForFunction((name) => window[name] !== undefined, global);
  // The grid, its empty state, or the app maker's hint in its place.
  await expect(host.grid.or(host.root.getByText("No orders")).or(host.root.getByRole("status").filter({ hasText: "Check the columns of OrdersGrid" }))).toBeVisible();
  return host;
}

/** Opens pages/canvas.html (hosts/browser/canvasPage.ts lists its parameters). */
export function openCanvasHost(page: Page, baseUrl: string, parameters: Readonly<Record<string, string | number>> = {}): Promise<HostPage<CanvasHostApi>> {
  return open<CanvasHostApi>(page, `${baseUrl}canvas.html`, "canvasHost", parameters);
}

/** Opens pages/modelDriven.html (hosts/browser/modelDrivenPage.ts lists its parameters). */
export function openModelDrivenHost(page: Page, baseUrl: string, parameters: Readonly<Record<string, string | number>> = {}): Promise<HostPage<ModelDrivenHostApi>> {
  return open<ModelDrivenHostApi>(page, `${baseUrl}modelDriven.html`, "modelDrivenHost", parameters);
}

/** Opens pages/webApi.html (hosts/browser/webApiPage.ts lists its parameters). */
export function openWebApiHost(page: Page, baseUrl: string, parameters: Readonly<Record<string, string | number>> = {}): Promise<HostPage<WebApiHostApi>> {
  return open<WebApiHostApi>(page, `${baseUrl}webApi.html`, "webApiHost", parameters);
}
