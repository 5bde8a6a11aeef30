/**
 * What the bench pages expose to the Node driver. Every page (the built control and both
 * baselines) implements the same BenchHost, so one set of probes measures all three alike.
 */
export interface MountOptions {
  readonly apiBaseUrl: string;
  readonly pageSize: number;
  /** What the host allocates to the control, in CSS pixels. */
  readonly width: number;
  readonly height: number;
  /** The control's resx strings for the user's language, as the host's getString returns them. */
  readonly strings: Readonly<Record<string, string>>;
  /** Mount over the data-set of prepareDataset (the Dataset source) instead of the orders API. */
  readonly dataset?: boolean;
  /** The selectionMode input; the host's default (Single) when unset. */
  readonly selectionMode?: "None" | "Single" | "Multiple";
}

export interface BenchHost {
  mount(options: MountOptions): void;
  /** Calls updateView again, as a host does when an input or the allocated size changed (or nothing did). */
  update(changes: { readonly width?: number; readonly height?: number }): void;
  /** Builds the host's data-set of `count` records (before mount, so it is in the heap read before mount). */
  readonly prepareDataset?: (count: number, pageSize: number) => void;
  /** updateView with nothing new and the host's render of its element: ms, timed in the page. */
  readonly timedUpdate?: () => number;
  /** The element with role=grid. */
  grid(): HTMLElement | null;
  /** The element that scrolls the rows. */
  scroller(): HTMLElement | null;
  /** True once every page is loaded and shown. */
  isComplete(): boolean;
  /** Orders loaded so far (most are not in the DOM when the rows are virtualized). */
  loadedRows(): number;
  /** The control's selectedCount output. */
  readonly selectedCount?: () => number;
}

/** A PCF control class as the built bundle registers it (React controls return an element from updateView). */
export interface HostedControl {
  init(context: unknown, notifyOutputChanged: () => void): void;
  updateView(context: unknown): unknown;
  getOutputs?(): Readonly<Record<string, unknown>>;
  destroy(): void;
}

export interface LoadAllResult {
  /** The last order came into view before the time limit. */
  readonly reachedEnd: boolean;
  /** Mount → the last order in view. */
  readonly elapsedMs: number;
  /** Mount → every page loaded. */
  readonly completeMs: number | null;
  /** First rows → the last order in view: the time spent scrolling. */
  readonly scrollMs: number;
  /** Time a loading (aria-busy) row was inside the viewport. */
  readonly loadingRowMs: number;
  /** Time the user sat at the bottom of the loaded rows, unable to scroll on. */
  readonly stalledMs: number;
  readonly rowHeight: number;
  readonly frames: number;
  /** The most rows (role=row) in the grid in any frame. */
  readonly maxDomRows: number;
  readonly loadedRows: number;
}

export interface FirstRows {
  /** Mount → the first order rows painted. */
  readonly paintedMs: number;
  /** Mount → the first page requested (its fetch started, CORS preflight included after it). */
  readonly requestStartMs: number | null;
  /** Mount → the first page's response fully received. */
  readonly responseEndMs: number | null;
}

export interface FrameSample {
  /** requestAnimationFrame deltas, ms. */
  readonly deltas: readonly number[];
  /** Durations of the long tasks (over 50 ms) that started during the scroll. */
  readonly longTasks: readonly number[];
  readonly durationMs: number;
  readonly distancePx: number;
}

export interface DomCounts {
  /** Elements with role=row in the grid, header included; the most at any sampled position. */
  readonly rows: number;
  /** Elements in the grid's subtree, the grid included; the most at any sampled position. */
  readonly nodes: number;
}

export interface SortTiming {
  /** The header's button activated → the first row of the sorted view painted. */
  readonly ms: number;
  /** The order in the first row then (the expected one, unless the time ran out). */
  readonly firstRowId: string | null;
}

/** Quick find, letter by letter: each keystroke's time to the filtered view painted. */
export interface QuickFindSample {
  /** Per round, each letter's ms from the input event to the filtered view painted. */
  readonly keystrokesMs: readonly (readonly number[])[];
  /** Order rows in the DOM after each keystroke of the last round. */
  readonly rowsShown: readonly number[];
  /** After the last letter, every order row shown contains the query (the view was filtered). */
  readonly filtered: boolean;
}

/** Arrow-typed so the driver can call them by name without a `this`. */
export interface BenchProbes {
  /** Mounts and times the way to the first order rows painted. */
  readonly mountTimed: (options: MountOptions, timeoutMs: number) => Promise<FirstRows>;
  /** ms per fetch of `url` (with the control's request headers) including reading the JSON, after one warm-up. */
  readonly roundTrips: (url: string, samples: number) => Promise<number[]>;
  /** Scrolls down at a steady speed (from wherever the view is) until the last order is in view. */
  readonly loadAllWhileScrolling: (rowsPerSecond: number, timeoutMs: number) => Promise<LoadAllResult>;
  /** Keeps the view at the bottom until every page is loaded (fast loading before a scroll run). */
  readonly loadAllAtBottom: (timeoutMs: number) => Promise<{ readonly complete: boolean; readonly ms: number; readonly loadedRows: number }>;
  /** Waits until every page is loaded without scrolling (baseline (a) loads everything by itself). */
  readonly waitComplete: (timeoutMs: number) => Promise<{ readonly complete: boolean; readonly ms: number; readonly loadedRows: number }>;
  /** From the top to the bottom in `durationMs`, recording frame deltas and long tasks. */
  readonly steadyScroll: (durationMs: number) => Promise<FrameSample>;
  readonly domCounts: () => Promise<DomCounts>;
  readonly loadedRows: () => number;
  /** The events a browser sends when the user leaves the window and comes back. */
  readonly dispatchFocus: () => void;
  readonly update: (changes: { readonly width?: number; readonly height?: number }) => void;
  readonly prepareDataset: (count: number, pageSize: number) => void;
  /** `samples` updateViews with nothing new, each timed from the call to the host's render returning. */
  readonly timedUpdates: (samples: number) => Promise<number[]>;
  /** Activates the header named `label` and times it until the first row shows `expectedId`, painted. */
  readonly sortTimed: (label: string, expectedId: string, timeoutMs: number) => Promise<SortTiming>;
  /** Focuses the search box, waits `pauseMs`, then types `query` one letter at a time. */
  readonly quickFind: (query: string, pauseMs: number, rounds: number) => Promise<QuickFindSample>;
  /**
   * Clicks the header checkbox `samples` times to select every loaded order (clearing it again
   * between them, untimed): the ms from each click to the frame that shows all rows in view
   * selected, painted; and how many orders the control then reported selected.
   */
  readonly selectAllTimed: (samples: number) => Promise<{ readonly ms: number[]; readonly selectedCount: number }>;
}

declare global {
  interface Window {
    benchHost?: BenchHost;
    benchProbes?: BenchProbes;
    /** Filled by the page's registerControl shim before the control host runs. */
    benchControls?: Record<string, new () => HostedControl>;
  }
}
