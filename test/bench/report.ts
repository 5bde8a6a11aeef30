import { BENCH, TARGETS, TRACKER_BUNDLE_GZIP_BYTES } from "./benchConfig";
import type { BenchResults, DatasetMeasures, LoadAllSummary, PageMeasures } from "./benchResults";
import { PLATFORM_LIBRARIES } from "./bundleCheck";
import type { BundleShares } from "./bundleShares";
import { median, percentile } from "./stats";

export interface TargetResult {
  readonly target: string;
  readonly measured: string;
  readonly limit: string;
  readonly pass: boolean;
}

const int = (value: number) => Math.round(value).toLocaleString("en-US");
const ms = (value: number) => `${int(value)} ms`;
const frameMs = (value: number) => `${value.toFixed(1)} ms`;
const ratio = (value: number) => (value >= 10 ? value.toFixed(0) : value >= 0.1 ? value.toFixed(2) : value.toPrecision(2));
const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The list requests of every run: one number when they agree. */
function runRequests(load: LoadAllSummary): string {
  const counts = [...new Set(load.runs.map((run) => run.requests))];
  return counts.length === 1 ? `${counts[0] ?? 0}` : load.runs.map((run) => run.requests).join(" / ");
}
const everyRunEnded = (load: LoadAllSummary) => load.runs.every((run) => run.reachedEnd);
const medianRequests = (load: LoadAllSummary) => median(load.runs.map((run) => run.requests));
/** "runs: a, b, c", in the order they ran. */
const runsNote = (load: LoadAllSummary, value: (run: LoadAllSummary["runs"][number]) => string) => `runs: ${load.runs.map(value).join(", ")}`;

const updateViewCell = (d: DatasetMeasures) =>
  `${frameMs(median(d.updateViewMs))} (p95 ${frameMs(percentile(d.updateViewMs, 95))}, max ${frameMs(Math.max(...d.updateViewMs))})`;

/** The Dataset source's targets, at its largest size. */
function datasetTargets(r: BenchResults): TargetResult[] {
  const d = r.dataset[r.dataset.length - 1];
  if (!d) return [];
  const all = d.loadedRows >= d.count;
  const note = all ? "" : ` (only ${int(d.loadedRows)} rows shown)`;
  const scroll = d.scroll;
  const rows = d.dom?.rows ?? Number.NaN;
  return [
    {
      target: `Dataset ${int(d.count)}: updateView, nothing new (median)`,
      measured: `${updateViewCell(d)}${note}`,
      limit: `≤ ${TARGETS.dataset.updateViewMs} ms`,
      pass: all && median(d.updateViewMs) <= TARGETS.dataset.updateViewMs,
    },
    {
      target: `Dataset ${int(d.count)}: mount → first rows`,
      measured: `${ms(d.firstRowsMs)}${note}`,
      limit: `≤ ${ms(TARGETS.dataset.firstRowsMs)}`,
      pass: all && d.firstRowsMs <= TARGETS.dataset.firstRowsMs,
    },
    {
      target: `Dataset ${int(d.count)}: the control's own heap`,
      measured: mb(d.ownHeapBytes),
      limit: `≤ ${mb(TARGETS.dataset.heapBytes)}`,
      pass: all && d.ownHeapBytes <= TARGETS.dataset.heapBytes,
    },
    {
      target: `Dataset ${int(d.count)}: p95 frame / DOM rows`,
      measured: scroll ? `${frameMs(scroll.p95Ms)} (long tasks ${scroll.longTasks}) / ${rows}` : "not measured",
      limit: `≤ ${TARGETS.frameP95Ms} ms, 0 long tasks / ≤ ${TARGETS.domRows}`,
      pass: all && scroll !== undefined && scroll.p95Ms <= TARGETS.frameP95Ms + TARGETS.frameTimestampRoundingMs + 1e-6 && scroll.longTasks === 0 && rows <= TARGETS.domRows,
    },
  ];
}

/** Against the budget the tracker first gave the whole grid (see BUNDLE_GZIP_LIMIT). */
function trackerBudget(gzipBytes: number): string {
  const over = gzipBytes - TRACKER_BUNDLE_GZIP_BYTES;
  return over > 0 ? `${int(over)} B over the tracker's first ${TRACKER_BUNDLE_GZIP_BYTES / 1024} KB` : `within the tracker's first ${TRACKER_BUNDLE_GZIP_BYTES / 1024} KB`;
}

/** Select all over every loaded order: the median click-to-paint, and every order reported selected. */
function selectAllTarget(many: BenchResults["control"]["manyOrders"]): TargetResult {
  const { ms: runs, selectedCount } = many.selectAll;
  const medianMs = median(runs);
  return {
    target: `select all over ${int(BENCH.manyOrders)} loaded (median)`,
    measured: `${ms(medianMs)}; runs: ${runs.map((run) => int(run)).join(", ")}; selectedCount ${int(selectedCount)}`,
    limit: `≤ ${ms(TARGETS.selectAllMs)}`,
    pass: many.loadedRows >= BENCH.manyOrders && selectedCount === many.loadedRows && runs.length > 0 && medianMs <= TARGETS.selectAllMs,
  };
}

/** Every target of the issue, in its order, with what was measured. */
export function evaluateTargets(r: BenchResults): TargetResult[] {
  const rtt = r.roundTripMs;
  const found = PLATFORM_LIBRARIES.filter((library) => r.bundle.platformCode[library] !== undefined);
  const first = r.firstRows.control.medianMs;
  const load = r.loadAll.control;
  const physical = r.pages * rtt;
  const many = r.control.manyOrders;
  const ours = r.control.orders;
  const plain = r.plainDataGrid;
  const quiet = r.quiet.control;
  const maxDomRowsLoading = Math.max(0, ...load.runs.map((run) => run.maxDomRows));
  const manyNote = many.loadedRows < BENCH.manyOrders ? ` (only ${int(many.loadedRows)} rows loaded)` : "";
  return [
    {
      target: "bundle.js gzip",
      measured: `${int(r.bundle.gzipBytes)} B (raw ${int(r.bundle.rawBytes)} B; ${trackerBudget(r.bundle.gzipBytes)})`,
      limit: `≤ ${int(r.bundle.gzipLimitBytes)} B (${r.bundle.gzipLimitBytes / 1024} KB)`,
      pass: r.bundle.gzipBytes <= r.bundle.gzipLimitBytes,
    },
    {
      target: "no react-dom, React, Fluent in bundle.js",
      measured: found.length ? found.map((library) => `${library} (/${r.bundle.platformCode[library] ?? ""}/)`).join(", ") : "none found",
      limit: "none",
      pass: found.length === 0,
    },
    {
      target: "first rows (mount → painted)",
      measured: `${ms(first)} = round trip ${frameMs(rtt)} + ${ms(first - rtt)} (${(first / rtt).toFixed(2)} × the round trip)`,
      limit: `≤ ${ms(rtt + TARGETS.firstRowsOverRoundTripMs)}`,
      pass: first <= rtt + TARGETS.firstRowsOverRoundTripMs,
    },
    {
      target: `load all ${int(BENCH.orders)}: list requests (every run)`,
      measured: runRequests(load),
      limit: `= ${r.pages}`,
      pass: load.runs.length > 0 && load.runs.every((run) => run.requests === r.pages),
    },
    {
      target: `load all ${int(BENCH.orders)}: elapsed (median)`,
      measured: `${ms(load.elapsedMs)} = ${(load.elapsedMs / physical).toFixed(2)} × (${r.pages} × ${frameMs(rtt)}); ${runsNote(load, (run) => (run.elapsedMs / physical).toFixed(2))}${everyRunEnded(load) ? "" : " (end not reached)"}`,
      limit: `≤ ${TARGETS.loadAllElapsedRatio} ×`,
      pass: everyRunEnded(load) && load.elapsedMs <= TARGETS.loadAllElapsedRatio * physical,
    },
    {
      target: `load all ${int(BENCH.orders)}: loading row in view (median)`,
      measured: `${percent(load.loadingRowShare)}; ${runsNote(load, (run) => percent(run.loadingRowShare))}`,
      limit: `≤ ${percent(TARGETS.loadingRowShare)}`,
      pass: everyRunEnded(load) && load.loadingRowShare <= TARGETS.loadingRowShare,
    },
    {
      target: `scroll ${int(BENCH.manyOrders)}: p95 frame`,
      measured: `${frameMs(many.scroll.p95Ms)} (median ${frameMs(many.scroll.medianMs)}, max ${frameMs(many.scroll.maxMs)})${manyNote}`,
      limit: `≤ ${TARGETS.frameP95Ms} ms (±${TARGETS.frameTimestampRoundingMs} ms rounding)`,
      pass: many.loadedRows >= BENCH.manyOrders && many.scroll.p95Ms <= TARGETS.frameP95Ms + TARGETS.frameTimestampRoundingMs + 1e-6,
    },
    {
      target: `scroll ${int(BENCH.manyOrders)}: long tasks`,
      measured: many.scroll.longTasks ? `${many.scroll.longTasks} (longest ${ms(many.scroll.longestTaskMs)})` : "0",
      limit: `0 over ${TARGETS.longTaskMs} ms`,
      pass: many.loadedRows >= BENCH.manyOrders && many.scroll.longTasks === 0,
    },
    selectAllTarget(many),
    {
      target: `sort ${int(BENCH.manyOrders)} loaded (Total header → sorted view painted)`,
      measured: `${ms(many.sort.ms)}${many.sort.firstRowId === many.sort.expectedId ? "" : ` (first row ${many.sort.firstRowId ?? "none"}, expected ${many.sort.expectedId})`}${manyNote}`,
      limit: `≤ ${ms(TARGETS.sortManyMs)}`,
      pass: many.loadedRows >= BENCH.manyOrders && many.sort.firstRowId === many.sort.expectedId && many.sort.ms <= TARGETS.sortManyMs,
    },
    {
      target: `quick find ${int(BENCH.manyOrders)}: per keystroke (slowest letter, median of ${many.quickFind.keystrokesMs.length})`,
      measured: `${ms(many.quickFind.worstMs)} (all ${ms(many.quickFind.medianMs)}; "${many.quickFind.query}" letter by letter: ${many.quickFind.lettersMs.map((value) => int(value)).join(", ")} ms; first letters ${many.quickFind.keystrokesMs.map((round) => int(round[0] ?? Number.NaN)).join(", ")})${many.quickFind.filtered ? "" : " (view not filtered)"}${manyNote}`,
      limit: `≤ ${ms(TARGETS.quickFindKeystrokeMs)}`,
      pass: many.loadedRows >= BENCH.manyOrders && many.quickFind.filtered && many.quickFind.worstMs <= TARGETS.quickFindKeystrokeMs,
    },
    {
      target: "DOM rows (10,000 / 100,000 / most while loading)",
      measured: `${ours.dom.rows} / ${many.dom.rows} / ${maxDomRowsLoading}`,
      limit: `≤ ${TARGETS.domRows}`,
      pass: Math.max(ours.dom.rows, many.dom.rows, maxDomRowsLoading) <= TARGETS.domRows,
    },
    {
      target: `DOM nodes vs (a) at ${int(BENCH.orders)}`,
      measured: `${int(ours.dom.nodes)} vs ${int(plain.dom.nodes)} (${ratio(plain.dom.nodes / ours.dom.nodes)}× fewer)`,
      limit: `≥ ${TARGETS.domNodesFactorVsPlain}× fewer`,
      pass: plain.loadedRows >= BENCH.orders && ours.dom.nodes * TARGETS.domNodesFactorVsPlain <= plain.dom.nodes,
    },
    {
      target: `scroll p95 vs (a) at ${int(BENCH.orders)}`,
      measured: `${frameMs(ours.scroll.p95Ms)} vs ${frameMs(plain.scroll.p95Ms)}`,
      limit: "lower",
      // Lower by more than the timestamps' rounding: the same frame count is not better.
      pass: plain.loadedRows >= BENCH.orders && ours.scroll.p95Ms + TARGETS.frameTimestampRoundingMs < plain.scroll.p95Ms,
    },
    {
      target: "requests on focus / resize / updateView",
      measured: `${quiet.focus} / ${quiet.resize} / ${quiet.updateView}`,
      limit: "0 / 0 / 0",
      pass: quiet.focus === 0 && quiet.resize === 0 && quiet.updateView === 0,
    },
    ...datasetTargets(r),
  ];
}

/** What TanStack Query, react-window and the control's own code weigh, read in an esbuild bundle of the same entry. */
function bundleParts(shares: BundleShares): string {
  const libraries = Object.entries(shares.libraries).map(([name, bytes]) => `${name} ${int(bytes)} B`);
  return `bundle parts (gzip, in an esbuild bundle of the same entry, ${int(shares.esbuildGzipBytes)} B): ${libraries.join(", ")} (what leaving each out takes off), the control's own code ${int(shares.ownGzipBytes)} B (the bundle with both left out)`;
}

/** A plain-text table: first column left-aligned, the others too (they hold text, not bare numbers). */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? "").length)));
  const line = (cells: readonly string[]) => cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join("  ").trimEnd();
  return [line(header), line(widths.map((width) => "-".repeat(width))), ...rows.map(line)].join("\n");
}

function configurationRow(name: string, first: string, load: readonly string[], measures: PageMeasures): string[] {
  const { scroll, dom } = measures;
  return [
    name,
    first,
    ...load,
    `${frameMs(scroll.medianMs)} / ${frameMs(scroll.p95Ms)} / ${frameMs(scroll.maxMs)}`,
    percent(scroll.droppedShare),
    scroll.longTasks ? `${scroll.longTasks} (${ms(scroll.longestTaskMs)})` : "0",
    `${dom.rows}`,
    int(dom.nodes),
    mb(measures.heapBytes),
  ];
}

export function formatReport(r: BenchResults, targets: readonly TargetResult[]): string {
  const rtt = r.roundTripMs;
  const physical = r.pages * rtt;
  const loadCells = (load: LoadAllSummary) => [
    runRequests(load),
    `${ms(load.elapsedMs)}${everyRunEnded(load) ? "" : " (no end)"}`,
    (load.elapsedMs / physical).toFixed(2),
    percent(load.loadingRowShare),
  ];
  const plainLoad = r.loadAll.plainDataGrid;
  const many = r.control.manyOrders;
  /** First rows, and how many round trips that is. */
  const firstCell = (firstMs: number) => `${ms(firstMs)} (${(firstMs / rtt).toFixed(2)}×)`;
  const configurations = formatTable(
    ["configuration", "first rows (÷ RTT)", "requests", "load all", "÷ pages×RTT", "loading row", "frames p50 / p95 / max", "dropped", "long tasks", "DOM rows", "DOM nodes", "JS heap"],
    [
      configurationRow(`OrdersGrid, ${int(BENCH.orders)} orders`, firstCell(r.firstRows.control.medianMs), loadCells(r.loadAll.control), r.control.orders),
      configurationRow(
        `OrdersGrid, ${int(many.loadedRows)} orders`,
        "—",
        [`${many.requests}`, `${ms(many.loadMs)} (0 ms latency)`, "—", "—"],
        many,
      ),
      configurationRow(
        `(a) plain DataGrid, ${int(r.plainDataGrid.loadedRows)}`,
        firstCell(r.firstRows.plainDataGrid.medianMs),
        [`${plainLoad.requests}`, `${ms(plainLoad.ms)} (no scroll)`, (plainLoad.ms / physical).toFixed(2), "—"],
        r.plainDataGrid,
      ),
      configurationRow(
        `(b) react-query defaults, ${int(r.reactQueryDefaults.loadedRows)}`,
        firstCell(r.firstRows.reactQueryDefaults.medianMs),
        loadCells(r.loadAll.reactQueryDefaults),
        r.reactQueryDefaults,
      ),
    ],
  );

  const ours = r.control.orders;
  const ratios = formatTable(
    ["ours ÷ baseline", "(a) plain DataGrid", "(b) react-query defaults"],
    [
      ["first rows", ratio(r.firstRows.control.medianMs / r.firstRows.plainDataGrid.medianMs), ratio(r.firstRows.control.medianMs / r.firstRows.reactQueryDefaults.medianMs)],
      [`scroll p95 at ${int(BENCH.orders)}`, ratio(ours.scroll.p95Ms / r.plainDataGrid.scroll.p95Ms), ratio(ours.scroll.p95Ms / r.reactQueryDefaults.scroll.p95Ms)],
      [`DOM nodes at ${int(BENCH.orders)}`, ratio(ours.dom.nodes / r.plainDataGrid.dom.nodes), ratio(ours.dom.nodes / r.reactQueryDefaults.dom.nodes)],
      ["requests (load all, median)", ratio(medianRequests(r.loadAll.control) / plainLoad.requests), ratio(medianRequests(r.loadAll.control) / medianRequests(r.loadAll.reactQueryDefaults))],
      [
        "requests on focus / resize / updateView",
        "—",
        `${r.quiet.control.focus} / ${r.quiet.control.resize} / ${r.quiet.control.updateView} vs ${r.quiet.reactQueryDefaults.focus} / ${r.quiet.reactQueryDefaults.resize} / ${r.quiet.reactQueryDefaults.updateView}`,
      ],
    ],
  );

  const datasetTable = formatTable(
    ["Dataset source", "first rows", "updateView, nothing new: median (p95, max)", "own heap", "rows"],
    r.dataset.map((d) => [`${int(d.count)} orders in the data-set`, ms(d.firstRowsMs), updateViewCell(d), mb(d.ownHeapBytes), int(d.loadedRows)]),
  );

  const targetTable = formatTable(
    ["target", "measured", "limit", "result"],
    targets.map((t) => [t.target, t.measured, t.limit, t.pass ? "PASS" : "FAIL"]),
  );
  const failed = targets.filter((t) => !t.pass);
  const env = r.environment;
  const first = r.firstRows.control;
  const timeline =
    first.requestStartMs !== null && first.responseEndMs !== null
      ? `first page requested at +${ms(first.requestStartMs)}, received at +${ms(first.responseEndMs)}, rows painted at +${ms(first.medianMs)} (medians)`
      : "";
  return [
    `OrdersGrid benchmark · ${r.startedAt} · Chromium ${env.chromium} headless · ${env.cpus} CPUs (load ${env.loadAverage.map((v) => v.toFixed(1)).join(" ")}) · Node ${env.node}`,
    `orders API on loopback: ${int(BENCH.orders)} orders, pageSize ${BENCH.pageSize}, latency ${BENCH.latencyMs} ms; one page's round trip ${frameMs(rtt)} (median in the page); ${r.pages} pages × round trip = ${ms(physical)}`,
    `dropped: frame deltas over 1.5 frames (25 ms), i.e. at least one 60 Hz frame missed`,
    `load-all scroll: one page of rows per ${BENCH.loadAllPace} round trips (${int(r.loadAll.control.rowsPerSecond)} rows/s), ${BENCH.loadAllRuns} runs per configuration (medians shown); frame runs: top to bottom in ${BENCH.scrollMs.orders / 1000} s (${int(BENCH.orders)}) and ${BENCH.scrollMs.manyOrders / 1000} s (${int(BENCH.manyOrders)}); control ${BENCH.control.width}×${BENCH.control.height} px`,
    timeline,
    `JS heap after a full GC: the page with React and Fluent ${mb(r.control.heapBeforeMountBytes)}; with the control and ${int(r.control.orders.loadedRows)} orders ${mb(r.control.orders.heapBytes)}, ${int(many.loadedRows)} orders ${mb(many.heapBytes)}; (a) with ${int(r.plainDataGrid.loadedRows)} orders ${mb(r.plainDataGrid.heapBytes)}`,
    `bundle check: gzip level 9; the react-dom, React and Fluent detectors were first shown to fire on ${r.bundle.detectorCases} bundles that contain those libraries`,
    bundleParts(r.bundle.shares),
    `bundle.js in the page: fetched on loopback, compiled and run in ${frameMs(r.scriptLoad.bundleMs)} (median; runs ${r.scriptLoad.bundleRunsMs.map((run) => run.toFixed(1)).join(", ")} ms); the platform's React, ReactDOM and Fluent before it ${ms(r.scriptLoad.platformMs)}, ${int(r.bundle.platformGzipBytes)} B gzip`,
    "",
    targetTable,
    "",
    configurations,
    "",
    ratios,
    "",
    `Dataset source: a model-driven data-set paged to the end (every record in, each updateView with a fresh ids array and records map, the same record objects); updateView timed ${BENCH.dataset.updateViews} times, host render included; own heap = heap after mount and a scroll through, less the heap with the host's records before mount`,
    datasetTable,
    "",
    failed.length ? `${failed.length} of ${targets.length} targets FAIL: ${failed.map((t) => t.target).join("; ")}` : `all ${targets.length} targets PASS`,
  ].join("\n");
}
