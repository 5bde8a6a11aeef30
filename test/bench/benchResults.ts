import type { SortTiming } from "./browser/benchGlobals";
import type { BundleReport } from "./bundleCheck";
import type { BundleShares } from "./bundleShares";
import type { FrameStats } from "./stats";

export interface FirstRowsSummary {
  /** Median of the runs, mount → first order rows painted. */
  readonly medianMs: number;
  readonly runsMs: readonly number[];
  /** Median mount → first page requested / fully received (Resource Timing). */
  readonly requestStartMs: number | null;
  readonly responseEndMs: number | null;
}

/** One "load all" run: mount, then scroll at a steady speed until every order is loaded and shown. */
export interface LoadAllRun {
  readonly requests: number;
  readonly reachedEnd: boolean;
  readonly loadedRows: number;
  readonly elapsedMs: number;
  readonly completeMs: number | null;
  readonly scrollMs: number;
  readonly loadingRowMs: number;
  /** loadingRowMs ÷ scrollMs. */
  readonly loadingRowShare: number;
  readonly stalledMs: number;
  readonly maxDomRows: number;
}

export interface LoadAllSummary {
  readonly rowsPerSecond: number;
  /** Medians over the runs. */
  readonly elapsedMs: number;
  readonly loadingRowShare: number;
  /** Every run, in the order they ran: the requests and the end must hold in each. */
  readonly runs: readonly LoadAllRun[];
}

export interface QuietSummary {
  /** ListOrders requests after blur + visibilitychange + focus. */
  readonly focus: number;
  /** …after the window and the allocated size changed (updateView with the new size). */
  readonly resize: number;
  /** …after updateView with nothing changed. */
  readonly updateView: number;
}

export interface PageMeasures {
  readonly loadedRows: number;
  readonly requests: number;
  readonly scroll: FrameStats;
  readonly dom: { readonly rows: number; readonly nodes: number };
  readonly heapBytes: number;
}

/** The Dataset source over a data-set of `count` orders, all in. */
export interface DatasetMeasures {
  readonly count: number;
  /** Mount → the first order rows painted. */
  readonly firstRowsMs: number;
  /** updateView with nothing new, host render included: every sample, in the order taken. */
  readonly updateViewMs: readonly number[];
  /** The page's heap with the control mounted and scrolled through, less the heap with the host's records before mount. */
  readonly ownHeapBytes: number;
  readonly loadedRows: number;
  /** Frames and DOM at the largest size only. */
  readonly scroll?: FrameStats | undefined;
  readonly dom?: { readonly rows: number; readonly nodes: number } | undefined;
}

/** Quick find over the 100,000 loaded orders, letter by letter, in rounds. */
export interface QuickFindSummary {
  readonly query: string;
  /** Every sample: per round, each letter's ms. */
  readonly keystrokesMs: readonly (readonly number[])[];
  /** Each letter's median over the rounds. */
  readonly lettersMs: readonly number[];
  /** The slowest letter's median: what the target judges. */
  readonly worstMs: number;
  /** The median of every sample. */
  readonly medianMs: number;
  readonly rowsShown: readonly number[];
  readonly filtered: boolean;
}

export interface BenchResults {
  readonly startedAt: string;
  readonly environment: { readonly node: string; readonly chromium: string; readonly cpus: number; readonly loadAverage: readonly number[] };
  readonly config: Readonly<Record<string, unknown>>;
  readonly bundle: BundleReport & {
    readonly gzipLimitBytes: number;
    readonly detectorCases: number;
    readonly shares: BundleShares;
    /** gzip of the platform's React, ReactDOM and Fluent as the pages load them: what a host loads before any control. */
    readonly platformGzipBytes: number;
  };
  /** The control page's script tags (medians of the first-rows runs): bundle.js fetched, compiled and run, and the platform's libraries before it. */
  readonly scriptLoad: { readonly bundleMs: number; readonly platformMs: number; readonly bundleRunsMs: readonly number[] };
  /** One page's round trip measured in the page (fetch + read + parse), median. */
  readonly roundTripMs: number;
  readonly roundTripSamplesMs: readonly number[];
  readonly pages: number;
  readonly firstRows: { readonly control: FirstRowsSummary; readonly plainDataGrid: FirstRowsSummary; readonly reactQueryDefaults: FirstRowsSummary };
  readonly loadAll: { readonly control: LoadAllSummary; readonly reactQueryDefaults: LoadAllSummary; readonly plainDataGrid: { readonly requests: number; readonly ms: number; readonly loadedRows: number } };
  readonly control: {
    readonly heapBeforeMountBytes: number;
    readonly orders: PageMeasures;
    /** `selectAll`: each header checkbox click to the painted frame (ms), and the selectedCount output after it. */
    readonly manyOrders: PageMeasures & { readonly loadMs: number; readonly selectAll: { readonly ms: readonly number[]; readonly selectedCount: number }; readonly sort: SortTiming & { readonly expectedId: string }; readonly quickFind: QuickFindSummary };
  };
  readonly plainDataGrid: PageMeasures & { readonly heapBeforeMountBytes: number };
  readonly reactQueryDefaults: PageMeasures & { readonly heapBeforeMountBytes: number };
  readonly dataset: readonly DatasetMeasures[];
  readonly quiet: { readonly control: QuietSummary; readonly reactQueryDefaults: QuietSummary };
  readonly pageErrors: readonly string[];
  readonly durationMs: number;
}
