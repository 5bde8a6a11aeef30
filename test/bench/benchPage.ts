import type { Browser, BrowserContext, Page } from "@playwright/test";
import type { OrdersApi } from "../orders-api/server";
import { BENCH } from "./benchConfig";
import type { BenchProbes, DomCounts, FirstRows, LoadAllResult, SortTiming, QuickFindSample } from "./browser/benchGlobals";
import { PAGE_PATHS, type PageKind } from "./pages/pageServer";
import { frameStats, type FrameStats } from "./stats";

type Probe = keyof BenchProbes;

/** One bench page in its own browser context (own cache, own connections), driven from Node. */
export class BenchPage {
  private constructor(
    private readonly context: BrowserContext,
    readonly page: Page,
    private readonly strings: Readonly<Record<string, string>>,
    readonly errors: string[],
  ) {}

  static async open(browser: Browser, pagesUrl: string, kind: PageKind, strings: Readonly<Record<string, string>>): Promise<BenchPage> {
    const context = await browser.newContext({ viewport: { ...BENCH.viewport } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(pagesUrl + PAGE_PATHS[kind]);
    await page.waitForFunction(() => window.benchProbes !== undefined && window.benchHost !== undefined, undefined, { timeout: 15_000 });
    return new BenchPage(context, page, strings, errors);
  }

  private async call<K extends Probe>(name: K, ...args: Parameters<BenchProbes[K]>): Promise<Awaited<ReturnType<BenchProbes[K]>>> {
    const values: unknown[] = args;
    const result: unknown = await this.page.evaluate(
      async ({ probe, parameters }) => {
        const probes = window.benchProbes;
        if (!probes) throw new Error("the bench probes are not loaded");
        // Each probe's own parameters arrive as they were sent, typed by the caller's signature.
        const method = probes[probe] as (...values: unknown[]) => unknown;
        const value: unknown = await method(...parameters);
        return value;
      },
      { probe: name, parameters: values },
    );
    // The page returns what the probe returned: BenchProbes types both ends of the call.
    return result as Awaited<ReturnType<BenchProbes[K]>>;
  }

  mount(apiBaseUrl: string, options: { readonly selectionMode?: "Multiple" } = {}): Promise<FirstRows> {
    const { width, height } = BENCH.control;
    return this.call("mountTimed", { apiBaseUrl, pageSize: BENCH.pageSize, width, height, strings: this.strings, ...options }, 20_000);
  }

  /** How long the page took to load and run bundle.js and, before it, the platform's libraries (the control page's marks). */
  scriptLoadMs(): Promise<{ readonly bundleMs: number; readonly platformMs: number }> {
    // No function declared inside: tsx would wrap it in a helper the page does not have.
    return this.page.evaluate(() => ({
      bundleMs: performance.measure("bundle", "bundle:start", "bundle:end").duration,
      platformMs: performance.measure("platform", "platform:start", "platform:end").duration,
    }));
  }

  /** Select all with the header checkbox (selectionMode Multiple), timed to the painted frame. */
  selectAll(samples: number): Promise<{ readonly ms: number[]; readonly selectedCount: number }> {
    return this.call("selectAllTimed", samples);
  }

  /** Builds the host's data-set of `count` orders in the page; call before reading the heap before mount. */
  prepareDataset(count: number): Promise<void> {
    return this.call("prepareDataset", count, BENCH.pageSize);
  }

  /** Mounts over the data-set of prepareDataset (the Dataset source) and times the first rows. */
  mountDataset(): Promise<FirstRows> {
    const { width, height } = BENCH.control;
    return this.call("mountTimed", { apiBaseUrl: "", pageSize: BENCH.pageSize, width, height, strings: this.strings, dataset: true }, 60_000);
  }

  timedUpdates(samples: number): Promise<number[]> {
    return this.call("timedUpdates", samples);
  }

  roundTrips(url: string, samples: number): Promise<number[]> {
    return this.call("roundTrips", url, samples);
  }

  loadAllWhileScrolling(rowsPerSecond: number): Promise<LoadAllResult> {
    return this.call("loadAllWhileScrolling", rowsPerSecond, BENCH.limits.loadAllMs);
  }

  loadAllAtBottom(timeoutMs: number) {
    return this.call("loadAllAtBottom", timeoutMs);
  }

  waitComplete(timeoutMs: number) {
    return this.call("waitComplete", timeoutMs);
  }

  async steadyScroll(durationMs: number): Promise<FrameStats> {
    return frameStats(await this.call("steadyScroll", durationMs));
  }

  domCounts(): Promise<DomCounts> {
    return this.call("domCounts");
  }

  loadedRows(): Promise<number> {
    return this.call("loadedRows");
  }

  dispatchFocus(): Promise<void> {
    return this.call("dispatchFocus");
  }

  sortTimed(label: string, expectedId: string): Promise<SortTiming> {
    return this.call("sortTimed", label, expectedId, 5_000);
  }

  update(changes: { width?: number; height?: number }): Promise<void> {
    return this.call("update", changes);
  }

  quickFind(query: string, pauseMs: number, rounds: number): Promise<QuickFindSample> {
    return this.call("quickFind", query, pauseMs, rounds);
  }

  /** The page's JS heap after a full garbage collection, in bytes. */
  async heapBytes(): Promise<number> {
    const cdp = await this.context.newCDPSession(this.page);
    try {
      await cdp.send("HeapProfiler.collectGarbage");
      await cdp.send("HeapProfiler.collectGarbage");
      return (await cdp.send("Runtime.getHeapUsage")).usedSize;
    } finally {
      await cdp.detach();
    }
  }

  close(): Promise<void> {
    return this.context.close();
  }
}

/** ListOrders requests the API received since its last reset (GETs: CORS preflights are left out). */
export function listRequests(api: OrdersApi): number {
  return api.log.filter((entry) => entry.method === "GET" && entry.path.startsWith("/orders")).length;
}

/** Clears the API's request log and sets its size and latency. */
export async function resetApi(api: OrdersApi, settings: { count: number; latencyMs: number }): Promise<void> {
  const response = await fetch(`${api.url}/_control/reset`, { method: "POST", body: JSON.stringify(settings) });
  if (!response.ok) throw new Error(`the orders API refused a reset: ${response.status}`);
}

/**
 * Requests the API receives from now until it has been quiet for a while: a refetch
 * triggered by an event can start after a delay and run for many pages.
 */
export async function requestsUntilQuiet(api: OrdersApi, trigger: () => Promise<void>): Promise<number> {
  const before = listRequests(api);
  await trigger();
  const { quietMs, quietMaxMs } = BENCH.limits;
  const start = Date.now();
  let count = listRequests(api);
  let changedAt = Date.now();
  while (Date.now() - start < quietMaxMs && Date.now() - changedAt < quietMs) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    const now = listRequests(api);
    if (now !== count) {
      count = now;
      changedAt = Date.now();
    }
  }
  return count - before;
}
