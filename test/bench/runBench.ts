/**
 * `npm run bench`: builds the control for production, measures bundle.js, then drives headless
 * Chromium against the built control and two baselines, all on loopback, and prints the
 * targets of the performance issue with PASS/FAIL. It reports; it does not gate: the exit
 * code is 0 whatever the numbers, and 1 only when the benchmark itself could not run.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium, type Browser } from "@playwright/test";
import { CONTROL_OUT_DIR, PROJECT_ROOT, runPcfBuild } from "../../scripts/pcfBuild";
import { CHROMIUM_ARGS, requireChromium } from "../e2e/chromium";
import { orderAt } from "../orders-api/orderData";
import { startOrdersApi, type OrdersApi } from "../orders-api/server";
import { readResx, STRINGS_DIR } from "../support/strings";
import { BenchPage, listRequests, requestsUntilQuiet, resetApi } from "./benchPage";
import { BENCH, BUNDLE_GZIP_LIMIT } from "./benchConfig";
import type { BenchResults, DatasetMeasures, FirstRowsSummary, LoadAllRun, LoadAllSummary, PageMeasures, QuietSummary } from "./benchResults";
import { looksLikeProductionBundle, measureBundle, selfTestDetectors } from "./bundleCheck";
import { measureBundleShares } from "./bundleShares";
import { buildPageScripts } from "./pages/buildPages";
import { platformFiles, startPageServer, type PageKind } from "./pages/pageServer";
import { evaluateTargets, formatReport } from "./report";
import { median } from "./stats";

const RESULTS_DIR = path.join(PROJECT_ROOT, "bench-results");
const CONTROL_NAME = "Contoso.OrdersGrid";

const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);

/**
 * Builds for production and takes a copy of bundle.js at once: another build (npm start, the
 * browser tests) may rewrite out/ at any moment, so the copy is checked and the build retried once.
 */
async function buildControlBundle(workDir: string): Promise<Buffer> {
  const source = path.join(CONTROL_OUT_DIR, "bundle.js");
  const copy = path.join(workDir, "bundle.js");
  for (let attempt = 1; attempt <= 2; attempt++) {
    const built = await runPcfBuild(["--buildMode", "production"], { quiet: true });
    if (built) {
      try {
        fs.copyFileSync(source, copy);
        const code = fs.readFileSync(copy);
        if (looksLikeProductionBundle(code.toString("utf8"), CONTROL_NAME)) return code;
        log(`out/ holds a non-production bundle.js after the build (another build ran?)${attempt === 1 ? "; building again" : ""}`);
      } catch (error) {
        log(`could not read bundle.js: ${String(error)}${attempt === 1 ? "; building again" : ""}`);
      }
    } else if (attempt === 1) {
      log("the production build failed; trying once more (a concurrent build can break it)");
    }
  }
  throw new Error("the production build of the control failed twice; see the output above");
}

function firstPageUrl(api: OrdersApi): string {
  return `${api.url}/orders?page=1&pageSize=${BENCH.pageSize}`;
}

function summarizeFirstRows(runs: readonly { paintedMs: number; requestStartMs: number | null; responseEndMs: number | null }[]): FirstRowsSummary {
  const known = (values: (number | null)[]) => values.filter((value): value is number => value !== null);
  const starts = known(runs.map((run) => run.requestStartMs));
  const ends = known(runs.map((run) => run.responseEndMs));
  return {
    medianMs: median(runs.map((run) => run.paintedMs)),
    runsMs: runs.map((run) => Math.round(run.paintedMs * 10) / 10),
    requestStartMs: starts.length ? median(starts) : null,
    responseEndMs: ends.length ? median(ends) : null,
  };
}

interface Context {
  readonly browser: Browser;
  readonly pagesUrl: string;
  readonly strings: Readonly<Record<string, string>>;
  readonly api: OrdersApi;
  readonly manyApi: OrdersApi;
  readonly pageErrors: string[];
}

async function withPage<T>(ctx: Context, kind: PageKind, run: (page: BenchPage) => Promise<T>): Promise<T> {
  const page = await BenchPage.open(ctx.browser, ctx.pagesUrl, kind, ctx.strings);
  try {
    return await run(page);
  } finally {
    ctx.pageErrors.push(...page.errors.map((error) => `${kind}: ${error}`));
    await page.close();
  }
}

const standardApi = { count: BENCH.orders, latencyMs: BENCH.latencyMs };

/** First rows of every page kind, interleaved so that background noise hits them alike; the round trip in the control's runs. */
async function measureFirstRows(ctx: Context) {
  const runs: Record<PageKind, { paintedMs: number; requestStartMs: number | null; responseEndMs: number | null }[]> = {
    control: [],
    plainDataGrid: [],
    reactQueryDefaults: [],
  };
  const roundTrips: number[] = [];
  const scriptLoads: { bundleMs: number; platformMs: number }[] = [];
  const kinds: readonly PageKind[] = ["control", "plainDataGrid", "reactQueryDefaults"];
  for (let run = 0; run < BENCH.firstRowsRuns; run++) {
    for (const kind of kinds) {
      await resetApi(ctx.api, standardApi);
      await withPage(ctx, kind, async (page) => {
        runs[kind].push(await page.mount(ctx.api.url));
        if (kind !== "control") return;
        roundTrips.push(...(await page.roundTrips(firstPageUrl(ctx.api), BENCH.roundTripSamples)));
        scriptLoads.push(await page.scriptLoadMs());
      });
    }
  }
  return {
    firstRows: { control: summarizeFirstRows(runs.control), plainDataGrid: summarizeFirstRows(runs.plainDataGrid), reactQueryDefaults: summarizeFirstRows(runs.reactQueryDefaults) },
    roundTripMs: median(roundTrips),
    roundTripSamplesMs: roundTrips.map((value) => Math.round(value * 10) / 10),
    scriptLoad: {
      bundleMs: median(scriptLoads.map((load) => load.bundleMs)),
      platformMs: median(scriptLoads.map((load) => load.platformMs)),
      bundleRunsMs: scriptLoads.map((load) => Math.round(load.bundleMs * 10) / 10),
    },
  };
}

/** Window focus, a resize (window and allocated size) and a bare updateView, each followed until the API is quiet. */
async function measureQuiet(page: BenchPage, api: OrdersApi): Promise<QuietSummary> {
  const focus = await requestsUntilQuiet(api, () => page.dispatchFocus());
  const resize = await requestsUntilQuiet(api, async () => {
    await page.page.setViewportSize({ width: BENCH.viewport.width - 200, height: BENCH.viewport.height - 100 });
    await page.update({ width: BENCH.control.width - 100, height: BENCH.control.height - 60 });
  });
  const updateView = await requestsUntilQuiet(api, async () => {
    for (let i = 0; i < 3; i++) await page.update({});
  });
  return { focus, resize, updateView };
}

type ScrollingKind = "control" | "reactQueryDefaults";

/** After a full GC (which also reads the heap before mount), mounts and loads all while scrolling at a steady speed. */
async function loadAllRun(ctx: Context, page: BenchPage, rowsPerSecond: number): Promise<{ run: LoadAllRun; heapBeforeMountBytes: number }> {
  const heapBeforeMountBytes = await page.heapBytes();
  await page.mount(ctx.api.url);
  const result = await page.loadAllWhileScrolling(rowsPerSecond);
  const run: LoadAllRun = {
    requests: listRequests(ctx.api),
    reachedEnd: result.reachedEnd,
    loadedRows: result.loadedRows,
    elapsedMs: result.elapsedMs,
    completeMs: result.completeMs,
    scrollMs: result.scrollMs,
    loadingRowMs: result.loadingRowMs,
    loadingRowShare: result.scrollMs > 0 ? result.loadingRowMs / result.scrollMs : 1,
    stalledMs: result.stalledMs,
    maxDomRows: result.maxDomRows,
  };
  return { run, heapBeforeMountBytes };
}

/** Load all while scrolling, then, with everything loaded: heap, DOM, frame times, and the quiet checks. */
async function measureScrollingPage(ctx: Context, kind: ScrollingKind, rowsPerSecond: number) {
  await resetApi(ctx.api, standardApi);
  return withPage(ctx, kind, async (page) => {
    const { run, heapBeforeMountBytes } = await loadAllRun(ctx, page, rowsPerSecond);
    const heapBytes = await page.heapBytes();
    const scroll = await page.steadyScroll(BENCH.scrollMs.orders);
    const dom = await page.domCounts();
    const quiet = await measureQuiet(page, ctx.api);
    const measures: PageMeasures = { loadedRows: await page.loadedRows(), requests: run.requests, scroll, dom, heapBytes };
    return { run, measures, quiet, heapBeforeMountBytes };
  });
}

/**
 * `BENCH.loadAllRuns` runs of "load all" per kind, each in a fresh page, interleaved so that
 * background noise hits both alike; the last page of each kind goes on to the other measures.
 */
async function measureLoadAll(ctx: Context, rowsPerSecond: number) {
  const kinds: readonly ScrollingKind[] = ["control", "reactQueryDefaults"];
  const runs: Record<ScrollingKind, LoadAllRun[]> = { control: [], reactQueryDefaults: [] };
  for (let run = 1; run < BENCH.loadAllRuns; run++) {
    for (const kind of kinds) {
      await resetApi(ctx.api, standardApi);
      runs[kind].push((await withPage(ctx, kind, (page) => loadAllRun(ctx, page, rowsPerSecond))).run);
    }
  }
  const control = await measureScrollingPage(ctx, "control", rowsPerSecond);
  const defaults = await measureScrollingPage(ctx, "reactQueryDefaults", rowsPerSecond);
  runs.control.push(control.run);
  runs.reactQueryDefaults.push(defaults.run);
  const summary = (kindRuns: readonly LoadAllRun[]): LoadAllSummary => ({
    rowsPerSecond,
    elapsedMs: median(kindRuns.map((run) => run.elapsedMs)),
    loadingRowShare: median(kindRuns.map((run) => run.loadingRowShare)),
    runs: kindRuns,
  });
  return { control: { ...control, loadAll: summary(runs.control) }, defaults: { ...defaults, loadAll: summary(runs.reactQueryDefaults) } };
}

async function measurePlainDataGrid(ctx: Context) {
  await resetApi(ctx.api, standardApi);
  return withPage(ctx, "plainDataGrid", async (page) => {
    const heapBeforeMountBytes = await page.heapBytes();
    await page.mount(ctx.api.url);
    const loaded = await page.waitComplete(BENCH.limits.loadManyMs);
    const requests = listRequests(ctx.api);
    const heapBytes = await page.heapBytes();
    const scroll = await page.steadyScroll(BENCH.scrollMs.orders);
    const dom = await page.domCounts();
    return {
      load: { requests, ms: loaded.ms, loadedRows: loaded.loadedRows },
      measures: { loadedRows: loaded.loadedRows, requests, scroll, dom, heapBytes, heapBeforeMountBytes },
    };
  });
}

/** The id of the order with the lowest total among the API's first `count` (seed 1), the first of equals. */
function lowestTotal(count: number): string {
  let lowest = orderAt(0, 1);
  for (let i = 1; i < count; i++) {
    const order = orderAt(i, 1);
    if (order.total < lowest.total) lowest = order;
  }
  return lowest.id;
}

async function measureManyOrders(ctx: Context) {
  await resetApi(ctx.manyApi, { count: BENCH.manyOrders, latencyMs: 0 });
  return withPage(ctx, "control", async (page) => {
    // Multiple: the check column is in every frame measured, and select all has all 100,000 to select.
    await page.mount(ctx.manyApi.url, { selectionMode: "Multiple" });
    const loaded = await page.loadAllAtBottom(BENCH.limits.loadManyMs);
    const requests = listRequests(ctx.manyApi);
    const heapBytes = await page.heapBytes();
    const scroll = await page.steadyScroll(BENCH.scrollMs.manyOrders);
    const dom = await page.domCounts();
    // Before the sort and the search: the header checkbox selects every loaded order.
    const selectAll = await page.selectAll(BENCH.selectAllRuns);
    // Ascending by total, as one activation of the header sorts: the lowest total, the first loaded of equals.
    const expectedId = lowestTotal(BENCH.manyOrders);
    const sort = { ...(await page.sortTimed("Total", expectedId)), expectedId };
    // Last: it changes what the grid shows.
    const { query, pauseMs, rounds } = BENCH.quickFind;
    const typed = await page.quickFind(query, pauseMs, rounds);
    const lettersMs = (typed.keystrokesMs[0] ?? []).map((_, letter) => median(typed.keystrokesMs.map((round) => round[letter] ?? Number.NaN)));
    const quickFind = { query, ...typed, lettersMs, worstMs: Math.max(...lettersMs), medianMs: median(typed.keystrokesMs.flat()) };
    return { loadedRows: loaded.loadedRows, loadMs: loaded.ms, requests, scroll, dom, heapBytes, selectAll, sort, quickFind };
  });
}

/** The Dataset source over a data-set of `count` orders the host already holds; frames and DOM when `scroll`. */
async function measureDataset(ctx: Context, count: number, scroll: boolean): Promise<DatasetMeasures> {
  return withPage(ctx, "control", async (page) => {
    await page.prepareDataset(count);
    const heapBeforeMountBytes = await page.heapBytes();
    const first = await page.mountDataset();
    const updateViewMs = await page.timedUpdates(BENCH.dataset.updateViews);
    const frames = scroll ? await page.steadyScroll(BENCH.scrollMs.manyOrders) : undefined;
    const dom = scroll ? await page.domCounts() : undefined;
    const ownHeapBytes = (await page.heapBytes()) - heapBeforeMountBytes;
    return { count, firstRowsMs: first.paintedMs, updateViewMs, ownHeapBytes, loadedRows: await page.loadedRows(), scroll: frames, dom };
  });
}

async function main(): Promise<void> {
  const startedAt = new Date();
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "orders-grid-bench-"));
  const closers: (() => Promise<void>)[] = [];
  try {
    log("building the control for production (pcf-scripts)…");
    const bundleCode = await buildControlBundle(workDir);
    log("checking that the bundle detectors can fail…");
    const detectors = await selfTestDetectors(PROJECT_ROOT);
    if (detectors.problems.length) throw new Error(`the bundle check cannot be trusted: ${detectors.problems.join("; ")}`);
    log("dividing the bundle into its libraries and the control's own code…");
    const shares = await measureBundleShares(PROJECT_ROOT);
    const platformGzipBytes = Object.values(platformFiles(path.join(PROJECT_ROOT, "node_modules"))).reduce((sum, file) => sum + gzipSync(fs.readFileSync(file), { level: 9 }).length, 0);
    const bundle = { ...measureBundle(bundleCode), gzipLimitBytes: BUNDLE_GZIP_LIMIT, detectorCases: detectors.cases, shares, platformGzipBytes };

    log("building the bench pages…");
    const scriptsDir = path.join(workDir, "scripts");
    await buildPageScripts(scriptsDir);
    const api = await startOrdersApi({ ...standardApi, control: true });
    closers.push(() => api.close());
    const manyApi = await startOrdersApi({ count: BENCH.manyOrders, latencyMs: 0, control: true });
    closers.push(() => manyApi.close());
    const server = await startPageServer({ nodeModules: path.join(PROJECT_ROOT, "node_modules"), scriptsDir, controlBundle: path.join(workDir, "bundle.js") });
    closers.push(() => server.close());
    const browser = await chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS });
    closers.push(() => browser.close());
    // What the host's getString reads: the shipped English resx.
    const strings = Object.fromEntries(readResx(path.join(STRINGS_DIR, "OrdersGrid.1033.resx")));
    const ctx: Context = { browser, pagesUrl: server.url, strings, api, manyApi, pageErrors: [] };

    log(`first rows: ${BENCH.firstRowsRuns} runs of each page…`);
    const first = await measureFirstRows(ctx);
    // A steady speed at which scrolling alone would take `loadAllPace` × the nextLink chain.
    const rowsPerSecond = (BENCH.pageSize * 1000) / (BENCH.loadAllPace * first.roundTripMs);
    log(
      `load all ${BENCH.orders} while scrolling at ${Math.round(rowsPerSecond)} rows/s, ${BENCH.loadAllRuns} runs of OrdersGrid and (b) react-query defaults, then frames, DOM, heap, focus/resize/updateView…`,
    );
    const { control, defaults } = await measureLoadAll(ctx, rowsPerSecond);
    log("(a) plain DataGrid with every row…");
    const plain = await measurePlainDataGrid(ctx);
    log(`OrdersGrid with ${BENCH.manyOrders} orders (latency 0)…`);
    const many = await measureManyOrders(ctx);

    const sizes = BENCH.dataset.sizes;
    log(`the Dataset source over data-sets of ${sizes.join(", ")} orders…`);
    const dataset: DatasetMeasures[] = [];
    for (const count of sizes) dataset.push(await measureDataset(ctx, count, count === sizes[sizes.length - 1]));

    const results: BenchResults = {
      startedAt: startedAt.toISOString(),
      environment: { node: process.version, chromium: browser.version(), cpus: os.cpus().length, loadAverage: os.loadavg() },
      config: { ...BENCH },
      bundle,
      roundTripMs: first.roundTripMs,
      roundTripSamplesMs: first.roundTripSamplesMs,
      pages: Math.ceil(BENCH.orders / BENCH.pageSize),
      firstRows: first.firstRows,
      scriptLoad: first.scriptLoad,
      loadAll: { control: control.loadAll, reactQueryDefaults: defaults.loadAll, plainDataGrid: plain.load },
      control: { heapBeforeMountBytes: control.heapBeforeMountBytes, orders: control.measures, manyOrders: many },
      plainDataGrid: plain.measures,
      reactQueryDefaults: { ...defaults.measures, heapBeforeMountBytes: defaults.heapBeforeMountBytes },
      dataset,
      quiet: { control: control.quiet, reactQueryDefaults: defaults.quiet },
      pageErrors: ctx.pageErrors,
      durationMs: Date.now() - startedAt.getTime(),
    };
    const targets = evaluateTargets(results);
    console.log(`\n${formatReport(results, targets)}\n`);
    if (ctx.pageErrors.length) console.log(`page errors:\n  ${ctx.pageErrors.join("\n  ")}\n`);

    fs.mkdirSync(RESULTS_DIR, { recursive: true });
    const json = JSON.stringify({ ...results, targets }, null, 2);
    const file = path.join(RESULTS_DIR, `bench-${startedAt.toISOString().replace(/[:.]/g, "-")}.json`);
    fs.writeFileSync(file, json);
    fs.writeFileSync(path.join(RESULTS_DIR, "latest.json"), json);
    console.log(`results: ${path.relative(PROJECT_ROOT, file)} (also bench-results/latest.json) · ${Math.round(results.durationMs / 1000)} s`);
  } finally {
    for (const close of closers.reverse()) await close().catch(() => undefined);
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`[bench] the benchmark could not run: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
});
