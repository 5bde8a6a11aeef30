import type { OrdersPage } from "../orders/OrdersPage";
import type { OrdersSource } from "../orders/OrdersSource";

/** How long a page fetched ahead waits to be claimed before it is dropped. */
const CLAIM_WINDOW_MS = 10_000;

interface PageAhead {
  readonly continuation: string | undefined;
  readonly page: Promise<OrdersPage>;
  readonly controller: AbortController;
  readonly timer: ReturnType<typeof setTimeout>;
}

/**
 * Loads a page before the grid asks for it, so that the nextLink chain, not the rendering
 * between its links, sets the pace:
 * - the first page at once (`firstPage`), instead of after the grid's first render and commit;
 * - the next page the query says it will follow (`prefetch`), when the grid asked for each of
 *   the last two pages within a round trip of the one before arriving: the user is scrolling
 *   through pages as fast as they come, and the next request would otherwise wait for a
 *   render. One quick ask is no hurry: a grid whose first page does not fill its prefetch
 *   distance asks for the second at once, before anyone scrolls (and in a canvas app each
 *   page is an OnLoadMore the app pays for).
 *
 * The grid's `loadPage` for that continuation takes the request in flight; any other call (a
 * Refresh, a retry) goes to the source as usual and drops what was loaded ahead. At most one
 * page is ahead of the grid, and none once the user stops scrolling.
 *
 * Every page carries its `roundTripMs` from its own request: a page loaded ahead reaches the
 * grid soon after it asks, but the grid must still plan its prefetch on a full round trip, or
 * it asks later each time until the pages stop being loaded ahead.
 */
export function withReadAhead(source: OrdersSource, options: { readonly firstPage: boolean }): OrdersSource {
  let ahead: PageAhead | undefined;
  /** When the last page the grid asked for reached it, and how long its request took. */
  let lastArrivedAt = -Infinity;
  let lastRoundTripMs = 0;
  /** The grid asked for the last page within a round trip of the page before it arriving. */
  let askedSoon = false;
  /** …and for the one before it too: the next page may be loaded ahead. */
  let hurried = false;

  const drop = () => {
    if (!ahead) return;
    clearTimeout(ahead.timer);
    ahead.controller.abort();
    ahead = undefined;
  };
  const load = (continuation: string | undefined, signal: AbortSignal): Promise<OrdersPage> => {
    const sentAt = performance.now();
    return source.loadPage(continuation, signal).then((page) => ({ ...page, roundTripMs: performance.now() - sentAt }));
  };
  const loadAhead = (continuation: string | undefined) => {
    drop();
    const controller = new AbortController();
    const page = load(continuation, controller.signal);
    // A page nobody claims is not left hanging, nor its failure unhandled.
    page.catch(() => undefined);
    ahead = { continuation, page, controller, timer: setTimeout(drop, CLAIM_WINDOW_MS) };
  };
  if (options.firstPage) loadAhead(undefined);

  return {
    key: source.key,
    onInvalidate: source.onInvalidate?.bind(source),
    async loadPage(continuation, signal) {
      const soon = performance.now() - lastArrivedAt < lastRoundTripMs;
      const soonTwice = soon && askedSoon;
      askedSoon = soon;
      hurried = false;
      let page: Promise<OrdersPage>;
      if (ahead && ahead.continuation === continuation) {
        const claimed = ahead;
        ahead = undefined;
        clearTimeout(claimed.timer);
        if (signal.aborted) claimed.controller.abort();
        else signal.addEventListener("abort", () => claimed.controller.abort());
        page = claimed.page;
      } else {
        drop();
        page = load(continuation, signal);
      }
      const result = await page;
      lastArrivedAt = performance.now();
      lastRoundTripMs = result.roundTripMs ?? 0;
      hurried = soonTwice && !signal.aborted;
      return result;
    },
    prefetch(continuation) {
      if (!hurried) return;
      hurried = false;
      loadAhead(continuation);
    },
  };
}
