import type { OrdersPage } from "../orders/OrdersPage";
import type { OrdersSource } from "../orders/OrdersSource";

interface PageAhead {
  readonly continuation: string | undefined;
  readonly page: Promise<OrdersPage>;
  readonly controller: AbortController;
}

/**
 * Loads a page before the grid asks for it, so that the nextLink chain, not the rendering
 * between its links, sets the pace:
 * - the first page at once (`firstPage`), instead of after the grid's first render and commit;
 * - the page the query asks it to (`prefetch`): the next one, when the user scrolls so fast
 *   that the grid will want it as soon as the page before arrives. Whether to is the grid's
 *   call (it knows the scroll speed); this only keeps the request in flight meanwhile.
 *
 * The grid's `loadPage` for that continuation takes the request in flight, or its page, however
 * late: a data-set's page is the host's, which moved on to it, and cannot be asked for again.
 * Any other call (a Refresh, a retry) goes to the source as usual and drops what was loaded
 * ahead, as does `detach` (the grid reads another list). At most one page is ahead of the grid.
 *
 * Every page carries its `roundTripMs` from its own request: a page loaded ahead reaches the
 * grid soon after it asks, but the grid must still plan its prefetch on a full round trip, or
 * it asks later each time until the pages stop being loaded ahead.
 */
export function withReadAhead(source: OrdersSource, options: { readonly firstPage: boolean }): OrdersSource {
  let ahead: PageAhead | undefined;

  const drop = () => {
    if (!ahead) return;
    ahead.controller.abort();
    ahead = undefined;
  };
  const load = (continuation: string | undefined, signal: AbortSignal): Promise<OrdersPage> => {
    const sentAt = performance.now();
    return source.loadPage(continuation, signal).then((page) => ({ ...page, roundTripMs: performance.now() - sentAt }));
  };
  const prefetch = (continuation: string | undefined) => {
    drop();
    const controller = new AbortController();
    const page = load(continuation, controller.signal);
    // A page nobody claims leaves no unhandled failure.
    page.catch(() => undefined);
    ahead = { continuation, page, controller };
  };
  if (options.firstPage) prefetch(undefined);

  const sortBy = source.sortBy?.bind(source);
  return {
    key: source.key,
    service: source.service,
    search: source.search,
    onInvalidate: source.onInvalidate?.bind(source),
    sortedBy: source.sortedBy,
    // A sorted list is asked for when the user sorts, after the grid is on screen: no first page to start early.
    sortBy:
      sortBy &&
      ((sort) => {
        const sorted = sortBy(sort);
        return sorted && withReadAhead(sorted, { firstPage: false });
      }),
    shareSelection: source.shareSelection?.bind(source),
    onHostSelection: source.onHostSelection?.bind(source),
    openOrder: source.openOrder?.bind(source),
    loadPage(continuation, signal) {
      if (!ahead || ahead.continuation !== continuation) {
        drop();
        return load(continuation, signal);
      }
      const claimed = ahead;
      ahead = undefined;
      if (signal.aborted) claimed.controller.abort();
      else signal.addEventListener("abort", () => claimed.controller.abort());
      return claimed.page;
    },
    prefetch,
    detach: () => {
      drop();
      source.detach?.();
    },
  };
}
