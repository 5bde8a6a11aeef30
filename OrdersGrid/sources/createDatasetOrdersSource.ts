import { hasPrefix } from "../orders/hasPrefix";
import type { Order } from "../orders/Order";
import { OrdersError } from "../orders/OrdersError";
import type { OrdersPage } from "../orders/OrdersPage";
import type { OrdersSource } from "../orders/OrdersSource";
import { waitForSnapshot, type DatasetFeed, type HostSnapshot } from "./datasetFeed";

/** The parts of the bound data-set (PCF's `DataSet`) that page it. */
export interface DatasetPaging {
  readonly paging: { setPageSize(pageSize: number): void; loadNextPage(): void };
  refresh(): void;
}

export interface DatasetOrdersSourceOptions {
  readonly feed: DatasetFeed;
  /** Reads the latest context's `orders` data-set (the object may change between updateViews). */
  readonly dataset: () => DatasetPaging;
  readonly pageSize: number;
  /** How long to wait for the host (or the canvas app) to deliver a page. */
  readonly timeoutMs: number;
  /** Canvas bridge: raises OnLoadMore so the app loads the next page into its collection. */
  readonly requestMore: () => void;
}

const ids = (snapshot: HostSnapshot) => snapshot.dataset.orders.map((o) => o.id);

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && hasPrefix(a, b);
}

/**
 * The orders the new snapshot adds. Model-driven hosts append a page to the records
 * (the old ids are a prefix); canvas hosts replace them with the new page.
 */
export function newOrders(before: readonly string[], after: readonly Order[]): readonly Order[] {
  return hasPrefix(after.map((order) => order.id), before) ? after.slice(before.length) : after;
}

/**
 * Orders from the bound `orders` data-set, paged two ways:
 * - data-set paging (model-driven subgrids, delegable canvas sources): `loadNextPage`;
 * - the canvas nextLink bridge: when the app binds `nextLink`, the control raises OnLoadMore and
 *   the page is in when the collection grows or `nextLink` changes.
 */
export function createDatasetOrdersSource(options: DatasetOrdersSourceOptions): OrdersSource {
  const { feed, pageSize, timeoutMs } = options;
  /** Continuations handed out so far; never reset, so no two pages ever share one. */
  let issued = 0;
  /** What the grid has been given, to tell our own page loads from the app replacing the data. */
  let delivered: readonly string[] | undefined;
  let pending = false;
  let bridge = false;
  const invalidateListeners = new Set<() => void>();
  const invalidate = () => {
    delivered = undefined;
    for (const listener of [...invalidateListeners]) listener();
  };

  const settled = (snapshot: HostSnapshot) => !snapshot.dataset.loading;
  /** The first snapshot `accept` takes; a timeout names the app's OnLoadMore when it is the app that must deliver. */
  const wait = (accept: (snapshot: HostSnapshot) => boolean, signal: AbortSignal, code: "LoadMoreTimeout" | "RequestTimeout" = "RequestTimeout") =>
    waitForSnapshot(feed, accept, signal, timeoutMs, () =>
      new OrdersError({
        kind: "timeout",
        code,
        message: code === "LoadMoreTimeout" ? "The app did not deliver the next page (OnLoadMore)" : "The data-set did not load in time",
      }),
    );
  /** NaN when the host does not say, so that no comparison with it holds. */
  const lastPageNumber = (snapshot: HostSnapshot) => snapshot.dataset.lastPageNumber ?? NaN;

  function page(snapshot: HostSnapshot, items: readonly Order[]): OrdersPage {
    if (snapshot.dataset.errorMessage) {
      throw new OrdersError({ kind: "server", code: "DatasetError", message: snapshot.dataset.errorMessage });
    }
    delivered = ids(snapshot);
    const more = bridge ? snapshot.nextLink !== undefined : snapshot.dataset.hasNextPage;
    // Unique per page: the continuation is ours, not a link, and must never look like a cycle.
    return { items, nextLink: more ? `dataset:page:${++issued}` : null };
  }

  async function firstPage(signal: AbortSignal): Promise<OrdersPage> {
    let snapshot = await wait(settled, signal);
    bridge = snapshot.nextLink !== undefined;
    if (!bridge && snapshot.dataset.pageSize !== pageSize) {
      const before = snapshot;
      options.dataset().paging.setPageSize(pageSize);
      options.dataset().refresh();
      snapshot = await wait((s) => s !== before && settled(s), signal);
    }
    return page(snapshot, snapshot.dataset.orders);
  }

  async function nextPage(signal: AbortSignal): Promise<OrdersPage> {
    const before = feed.current();
    const given = delivered;
    if (!before || !given) return firstPage(signal);
    const changed = (s: HostSnapshot) => settled(s) && (!sameIds(ids(s), given) || (bridge && s.nextLink !== before.nextLink));
    // New records while the page number stands still: the app replaced the list, this is no page of it.
    const replaced = (s: HostSnapshot) => !bridge && lastPageNumber(s) <= lastPageNumber(before);
    // Rows the app added on its own since the last page are the next page: no need to ask.
    if (!changed(before)) {
      if (bridge) options.requestMore();
      else options.dataset().paging.loadNextPage();
    }
    const snapshot = await wait(
      (s) => {
        if (!changed(s)) return false;
        if (!replaced(s)) return true;
        // Start over; reloading cancels this request (its signal aborts the wait).
        queueMicrotask(invalidate);
        return false;
      },
      signal,
      bridge ? "LoadMoreTimeout" : "RequestTimeout",
    );
    return page(snapshot, newOrders(given, snapshot.dataset.orders));
  }

  return {
    key: `dataset|${pageSize}|${timeoutMs}`,
    async loadPage(continuation, signal) {
      pending = true;
      try {
        return await (continuation === undefined ? firstPage(signal) : nextPage(signal));
      } finally {
        pending = false;
      }
    },
    onInvalidate(listener) {
      invalidateListeners.add(listener);
      const unsubscribe = feed.subscribe((snapshot) => {
        // A change nobody asked for: the app re-filtered, re-sorted or re-collected its data.
        if (pending || delivered === undefined || !settled(snapshot)) return;
        // Rows added after the delivered ones are picked up as the next page; anything else is a new list.
        if (!hasPrefix(ids(snapshot), delivered)) invalidate();
      });
      return () => {
        invalidateListeners.delete(listener);
        unsubscribe();
      };
    },
  };
}
