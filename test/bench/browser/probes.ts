/**
 * Browser side of the benchmark: the measurements, run inside the page so that no
 * round trip to the driver sits between two frames. Loaded by every bench page.
 */
import type { BenchHost, BenchProbes, DomCounts, FirstRows, FrameSample, LoadAllResult, MountOptions, SortTiming, QuickFindSample } from "./benchGlobals";

const ORDER_ROW = "[data-order-id]";
const LOADING_ROW = '[aria-busy="true"]';

function host(): BenchHost {
  const value = window.benchHost;
  if (!value) throw new Error("the page did not install a bench host");
  return value;
}

function required<T>(value: T | null, what: string): T {
  if (value === null) throw new Error(`${what} is not in the page`);
  return value;
}

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

/** Resolves after the frame that shows the current DOM has been painted. */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

async function frames(count: number): Promise<void> {
  for (let i = 0; i < count; i++) await nextFrame();
}

let mountedAt = 0;

/** Runs `step` once per frame until it returns true or the time limit passes. */
async function everyFrame(timeoutMs: number, step: (now: number, dt: number) => boolean): Promise<boolean> {
  const start = performance.now();
  let last = start;
  for (;;) {
    const now = await nextFrame();
    // A frame's timestamp is when the frame began, which can precede the call that started waiting.
    const done = step(now, Math.max(0, now - last));
    last = now;
    if (done) return true;
    if (now - start > timeoutMs) return false;
  }
}

function intersectsView(element: Element, view: DOMRect): boolean {
  const rect = element.getBoundingClientRect();
  return rect.height > 0 && rect.bottom > view.top && rect.top < view.bottom;
}

function rowHeightOf(grid: HTMLElement): number {
  const row = grid.querySelector(ORDER_ROW);
  return row ? row.getBoundingClientRect().height : 0;
}

function countDom(grid: HTMLElement): DomCounts {
  return { rows: grid.querySelectorAll('[role="row"]').length, nodes: grid.getElementsByTagName("*").length + 1 };
}

const probes: BenchProbes = {
  async mountTimed(options: MountOptions, timeoutMs: number) {
    const root = required(document.getElementById("root"), "#root");
    const rowsShown = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        observer.disconnect();
        reject(new Error(`no order row within ${timeoutMs} ms`));
      }, timeoutMs);
      const observer = new MutationObserver(() => {
        if (root.querySelector(ORDER_ROW)) {
          observer.disconnect();
          clearTimeout(timer);
          resolve();
        }
      });
      observer.observe(root, { childList: true, subtree: true });
    });
    mountedAt = performance.now();
    host().mount(options);
    await rowsShown;
    await afterNextPaint();
    const paintedMs = performance.now() - mountedAt;
    const firstPage = performance
      .getEntriesByType("resource")
      .find((entry): entry is PerformanceResourceTiming => entry instanceof PerformanceResourceTiming && entry.name.includes("/orders?") && entry.startTime >= mountedAt);
    const result: FirstRows = {
      paintedMs,
      requestStartMs: firstPage ? firstPage.startTime - mountedAt : null,
      responseEndMs: firstPage ? firstPage.responseEnd - mountedAt : null,
    };
    return result;
  },

  async roundTrips(url: string, samples: number) {
    // The control's own headers, so the request takes the same path (CORS preflight included, then cached).
    const once = async () => {
      const start = performance.now();
      const response = await fetch(url, {
        headers: { Accept: "application/json", "x-ms-client-request-id": crypto.randomUUID(), traceparent: `00-${"1".repeat(32)}-${"2".repeat(16)}-01` },
        credentials: "omit",
      });
      JSON.parse(await response.text());
      return performance.now() - start;
    };
    await once();
    const times: number[] = [];
    for (let i = 0; i < samples; i++) times.push(await once());
    return times;
  },

  async loadAllWhileScrolling(rowsPerSecond: number, timeoutMs: number) {
    const grid = required(host().grid(), "the grid");
    const scroller = required(host().scroller(), "the grid's scroll container");
    const rowHeight = rowHeightOf(grid);
    if (rowHeight <= 0) throw new Error("no order row to measure");
    const pxPerMs = (rowsPerSecond * rowHeight) / 1000;
    const start = performance.now();
    // Written by the per-frame callback; an object keeps TypeScript from narrowing them to their initial values.
    const seen: { loadingRowMs: number; stalledMs: number; completeAt: number | null; frames: number; maxDomRows: number; endAt: number } = {
      loadingRowMs: 0,
      stalledMs: 0,
      completeAt: null,
      frames: 0,
      maxDomRows: 0,
      endAt: 0,
    };
    // The user's scroll speed is steady: each frame moves on from where the view is, so time
    // spent stuck at the bottom of the loaded rows is lost, as it is for a person.
    const reachedEnd = await everyFrame(timeoutMs, (now, dt) => {
      seen.frames++;
      const view = scroller.getBoundingClientRect();
      if (Array.from(grid.querySelectorAll(LOADING_ROW)).some((row) => intersectsView(row, view))) seen.loadingRowMs += dt;
      seen.maxDomRows = Math.max(seen.maxDomRows, grid.querySelectorAll('[role="row"]').length);
      const maxTop = scroller.scrollHeight - scroller.clientHeight;
      const atBottom = scroller.scrollTop >= maxTop - 1;
      const complete = host().isComplete();
      if (complete && seen.completeAt === null) seen.completeAt = now;
      if (complete && atBottom) {
        seen.endAt = now;
        return true;
      }
      if (atBottom) seen.stalledMs += dt;
      scroller.scrollTop = Math.min(maxTop, scroller.scrollTop + pxPerMs * dt);
      return false;
    });
    const end = reachedEnd ? seen.endAt : performance.now();
    const result: LoadAllResult = {
      reachedEnd,
      elapsedMs: end - mountedAt,
      completeMs: seen.completeAt === null ? null : seen.completeAt - mountedAt,
      scrollMs: end - start,
      loadingRowMs: seen.loadingRowMs,
      stalledMs: seen.stalledMs,
      rowHeight,
      frames: seen.frames,
      maxDomRows: seen.maxDomRows,
      loadedRows: host().loadedRows(),
    };
    return result;
  },

  async loadAllAtBottom(timeoutMs: number) {
    const scroller = required(host().scroller(), "the grid's scroll container");
    const start = performance.now();
    const complete = await everyFrame(timeoutMs, () => {
      if (host().isComplete()) return true;
      scroller.scrollTop = scroller.scrollHeight;
      return false;
    });
    return { complete, ms: performance.now() - start, loadedRows: host().loadedRows() };
  },

  async waitComplete(timeoutMs: number) {
    const start = performance.now();
    const complete = await everyFrame(timeoutMs, () => host().isComplete());
    return { complete, ms: performance.now() - start, loadedRows: host().loadedRows() };
  },

  async steadyScroll(durationMs: number) {
    const scroller = required(host().scroller(), "the grid's scroll container");
    scroller.scrollTop = 0;
    await frames(10);
    // Everything is loaded: the scroll range is fixed, so no layout is read while measuring.
    const maxTop = scroller.scrollHeight - scroller.clientHeight;
    const longTasks: { start: number; duration: number }[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longTasks.push({ start: entry.startTime, duration: entry.duration });
    });
    observer.observe({ type: "longtask", buffered: false });
    const deltas: number[] = [];
    const start = await nextFrame();
    let last = start;
    await everyFrame(durationMs * 3, (now) => {
      deltas.push(now - last);
      last = now;
      const top = Math.min(maxTop, (maxTop * (now - start)) / durationMs);
      scroller.scrollTop = top;
      return top >= maxTop;
    });
    const end = performance.now();
    // Long-task entries arrive after the task; give the last ones time to be reported.
    await frames(3);
    await new Promise((resolve) => setTimeout(resolve, 100));
    observer.disconnect();
    const sample: FrameSample = {
      deltas,
      longTasks: longTasks.filter((task) => task.start >= start && task.start <= end).map((task) => task.duration),
      durationMs: end - start,
      distancePx: maxTop,
    };
    return sample;
  },

  async domCounts() {
    const grid = required(host().grid(), "the grid");
    const scroller = required(host().scroller(), "the grid's scroll container");
    const maxTop = scroller.scrollHeight - scroller.clientHeight;
    let most: DomCounts = { rows: 0, nodes: 0 };
    for (const at of [0, 0.25, 0.5, 0.75, 1]) {
      scroller.scrollTop = Math.round(maxTop * at);
      await frames(3);
      const counts = countDom(grid);
      most = { rows: Math.max(most.rows, counts.rows), nodes: Math.max(most.nodes, counts.nodes) };
    }
    return most;
  },

  loadedRows: () => host().loadedRows(),

  dispatchFocus() {
    window.dispatchEvent(new Event("blur"));
    document.dispatchEvent(new Event("visibilitychange"));
    window.dispatchEvent(new Event("focus"));
  },

  update: (changes) => host().update(changes),

  prepareDataset(count, pageSize) {
    const prepare = host().prepareDataset;
    if (!prepare) throw new Error("this page hosts no data-set");
    prepare(count, pageSize);
  },

  async selectAllTimed(samples) {
    const root = required(document.getElementById("root"), "#root");
    const header = () => required(root.querySelector<HTMLInputElement>('[role="columnheader"] input[type="checkbox"]'), "the header checkbox");
    const allShownSelected = () => {
      const rows = root.querySelectorAll(ORDER_ROW);
      return rows.length > 0 && root.querySelectorAll(`${ORDER_ROW}[aria-selected="true"]`).length === rows.length && header().checked;
    };
    const ms: number[] = [];
    for (let i = 0; i < samples; i++) {
      await frames(2);
      const start = performance.now();
      header().click();
      // React renders the click's state change before click() returns; the check is for a control that would not.
      while (!allShownSelected()) await nextFrame();
      await afterNextPaint();
      ms.push(performance.now() - start);
      // Cleared again, untimed, for the next sample.
      header().click();
      while (root.querySelector(`${ORDER_ROW}[aria-selected="true"]`)) await nextFrame();
    }
    header().click();
    while (!allShownSelected()) await nextFrame();
    return { ms, selectedCount: host().selectedCount?.() ?? 0 };
  },

  async timedUpdates(samples) {
    const timed = host().timedUpdate;
    if (!timed) throw new Error("this page cannot time updateView");
    const times: number[] = [];
    for (let i = 0; i < samples; i++) {
      // One per frame, as a host's updateViews come: effects and paints of the last one are done.
      await frames(2);
      times.push(timed());
    }
    return times;
  },

  async sortTimed(label: string, expectedId: string, timeoutMs: number) {
    const grid = required(host().grid(), "the grid");
    const heading = [...grid.querySelectorAll('[role="columnheader"]')].find((cell) => cell.textContent.trim().startsWith(label));
    const button = required(heading?.querySelector<HTMLElement>('[role="button"]') ?? null, `the ${label} header's button`);
    // The first row in view: the sorted view starts at the top. Looked up afresh each time: a new
    // list may come in a new grid element.
    const firstRowId = () => {
      const view = required(host().scroller(), "the grid's scroll container").getBoundingClientRect();
      const row = host().grid()?.querySelector('[aria-rowindex="2"][data-order-id]');
      return row && intersectsView(row, view) ? row.getAttribute("data-order-id") : null;
    };
    await afterNextPaint();
    const start = performance.now();
    button.click();
    const shown = firstRowId() === expectedId || (await everyFrame(timeoutMs, () => firstRowId() === expectedId));
    if (shown) await afterNextPaint();
    const result: SortTiming = { ms: performance.now() - start, firstRowId: firstRowId() };
    return result;
  },

  async quickFind(query: string, pauseMs: number, rounds: number) {
    const input = required(document.querySelector<HTMLInputElement>('#root input[type="search"]'), "the search box");
    // React 16 tracks the value it set: the prototype's setter makes the change one React sees, as typing does.
    // eslint-disable-next-line @typescript-eslint/unbound-method -- called with .call(input) below, its `this` given
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")?.set;
    if (!setValue) throw new Error("no value setter on inputs");
    const enter = (text: string) => {
      setValue.call(input, text);
      input.dispatchEvent(new Event("input", { bubbles: true }));
    };
    input.focus();
    const keystrokesMs: number[][] = [];
    let rowsShown: number[] = [];
    for (let round = 0; round < rounds; round++) {
      // Each round after the first starts from the box cleared, every loaded order shown again.
      if (round > 0) {
        enter("");
        await afterNextPaint();
      }
      await new Promise((resolve) => setTimeout(resolve, pauseMs));
      const times: number[] = [];
      rowsShown = [];
      for (let length = 1; length <= query.length; length++) {
        await afterNextPaint();
        const start = performance.now();
        enter(query.slice(0, length));
        await afterNextPaint();
        times.push(performance.now() - start);
        rowsShown.push(document.querySelectorAll(`#root ${ORDER_ROW}`).length);
      }
      keystrokesMs.push(times);
    }
    const rows = Array.from(document.querySelectorAll(`#root ${ORDER_ROW}`));
    const needle = query.toLowerCase();
    const sample: QuickFindSample = { keystrokesMs, rowsShown, filtered: rows.length > 0 && rows.every((row) => row.textContent.toLowerCase().includes(needle)) };
    return sample;
  },
};

window.benchProbes = probes;
