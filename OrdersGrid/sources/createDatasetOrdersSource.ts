import { datasetRecordOf } from "../host/readDataset";
import type { Order } from "../orders/Order";
import { OrdersError } from "../orders/OrdersError";
import type { OrdersPage } from "../orders/OrdersPage";
import type { OrdersSource } from "../orders/OrdersSource";
import { waitForSnapshot, type DatasetFeed, type HostSnapshot } from "./datasetFeed";

/** The parts of the bound data-set (PCF's `DataSet`) that page it. */
export interface DatasetPaging {
  readonly paging: { setPageSize(pageSize: number): void; loadNextPage(): void };
  refresh(): void;
  /** Model-driven: what the command bar acts on. */
  setSelectedRecordIds?(ids: string[]): void;
  /** Model-driven: opens the record's form. */
  openDatasetItem?(entityReference: ComponentFramework.EntityReference): void;
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

/** Whether `list` begins with the orders of `prefix`, by id. */
function startsWith(list: readonly Order[], prefix: readonly Order[]): boolean {
  return list.length >= prefix.length && prefix.every((order, i) => list[i]?.id === order.id);
}

/**
 * The orders the new snapshot adds. Model-driven hosts append a page to the records
 * (the old ids are a prefix); canvas hosts replace them with the new page.
 */
export function newOrders(before: readonly Order[], after: readonly Order[]): readonly Order[] {
  return startsWith(after, before) ? after.slice(before.length) : after;
}

/** The data-set's records as the grid was last given them. */
interface Delivered {
  readonly revision: number;
  readonly orders: readonly Order[];
}

/**
 * Orders from the bound `orders` data-set, paged two ways:
 * - data-set paging (model-driven subgrids, delegable canvas sources): `loadNextPage`;
 * - the canvas nextLink bridge: when the app binds `nextLink`, the control first pages
 *   through what the data-set holds (canvas shows a collection in pages of the data-set's
 *   page size), then raises OnLoadMore; the app's page is in when the records or `nextLink`
 *   change, or the data-set has a next page again.
 *
 * Each updateView costs O(1) here while nothing changed: snapshots carry a revision, and
 * records are compared only when it moved.
 */
export function createDatasetOrdersSource(options: DatasetOrdersSourceOptions): OrdersSource {
  const { feed, pageSize, timeoutMs } = options;
  /** Continuations handed out so far; never reset, so no two pages ever share one. */
  let issued = 0;
  /** What the grid has been given, to tell our own page loads from the app replacing the data. */
  let delivered: Delivered | undefined;
  let pending = false;
  let bridge = false;
  /** The last page delivered said there is no more: nobody will ask for rows added after it. */
  let ended = false;
  const invalidateListeners = new Set<() => void>();
  const invalidate = () => {
    delivered = undefined;
    for (const listener of [...invalidateListeners]) listener();
  };

  const settled = (snapshot: HostSnapshot) => !snapshot.dataset.loading;
  /** The snapshot holds other orders than `given`. */
  const changedFrom = (snapshot: HostSnapshot, given: Delivered) =>
    snapshot.dataset.revision !== given.revision && !(snapshot.dataset.orders.length === given.orders.length && startsWith(snapshot.dataset.orders, given.orders));
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
  /** Starts over: reloading cancels the request that saw it (its signal aborts the wait). */
  const startOver = () => queueMicrotask(invalidate);

  function page(snapshot: HostSnapshot, items: readonly Order[]): OrdersPage {
    if (snapshot.dataset.errorMessage) {
      throw new OrdersError({ kind: "server", code: "DatasetError", message: snapshot.dataset.errorMessage });
    }
    delivered = { revision: snapshot.dataset.revision, orders: snapshot.dataset.orders };
    const more = snapshot.dataset.hasNextPage || (bridge && snapshot.nextLink !== undefined);
    ended = !more;
    // Unique per page: the continuation is ours, not a link, and must never look like a cycle.
    return { items, nextLink: more ? `dataset:page:${++issued}` : null };
  }

  async function firstPage(signal: AbortSignal): Promise<OrdersPage> {
    let snapshot = await wait(settled, signal);
    bridge = snapshot.nextLink !== undefined;
    if (snapshot.dataset.pageSize !== pageSize) {
      const before = snapshot;
      options.dataset().paging.setPageSize(pageSize);
      options.dataset().refresh();
      snapshot = await wait((s) => s !== before && settled(s), signal);
    }
    return page(snapshot, snapshot.dataset.orders);
  }

  /** The data-set's own next page: loadNextPage, then the records of a later page. */
  function loadDatasetPage(before: HostSnapshot, given: Delivered, signal: AbortSignal): Promise<HostSnapshot> {
    options.dataset().paging.loadNextPage();
    return wait((s) => {
      if (!settled(s) || !changedFrom(s, given)) return false;
      if (lastPageNumber(s) > lastPageNumber(before) || startsWith(s.dataset.orders, given.orders)) return true;
      // New records while the page number stands still: the app replaced the list, this is no page of it.
      startOver();
      return false;
    }, signal);
  }

  async function nextPage(signal: AbortSignal): Promise<OrdersPage> {
    const before = feed.current();
    const given = delivered;
    if (!before || !given) return firstPage(signal);
    let snapshot = before;
    // Rows the app added on its own since the last page are the next page: no need to ask.
    if (!changedFrom(before, given)) {
      if (before.dataset.hasNextPage) {
        snapshot = await loadDatasetPage(before, given, signal);
      } else if (bridge) {
        options.requestMore();
        snapshot = await wait(
          (s) => settled(s) && (changedFrom(s, given) || s.nextLink !== before.nextLink || s.dataset.hasNextPage),
          signal,
          "LoadMoreTimeout",
        );
        // The collection grew beyond the data-set's page: page on through the data-set.
        if (!changedFrom(snapshot, given) && snapshot.dataset.hasNextPage) snapshot = await loadDatasetPage(snapshot, given, signal);
      }
    }
    return page(snapshot, newOrders(given.orders, snapshot.dataset.orders));
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
        // A change nobody asked for: the app re-filtered, re-sorted, cleared or re-collected its data.
        if (pending || delivered === undefined || !settled(snapshot) || !changedFrom(snapshot, delivered)) return;
        // Rows added after the delivered ones are picked up as the next page, if one is to come;
        // anything else is a new list.
        if (ended || !startsWith(snapshot.dataset.orders, delivered.orders)) invalidate();
      });
      return () => {
        invalidateListeners.delete(listener);
        unsubscribe();
      };
    },
    shareSelection(orderIds) {
      const dataset = options.dataset();
      if (!dataset.setSelectedRecordIds) return;
      const wanted = new Set(orderIds);
      const recordIds: string[] = [];
      for (const order of feed.current()?.dataset.orders ?? []) {
        const record = wanted.has(order.id) ? datasetRecordOf(order) : undefined;
        if (record) recordIds.push(record.getRecordId());
      }
      dataset.setSelectedRecordIds(recordIds);
    },
    onHostSelection(listener) {
      let told: readonly string[] = [];
      const tell = (snapshot: HostSnapshot | undefined) => {
        const ids = snapshot?.dataset.selectedOrderIds;
        // The reader keeps the array while the host's selection stands.
        if (!ids || ids === told) return;
        told = ids;
        listener(ids);
      };
      tell(feed.current());
      return feed.subscribe(tell);
    },
    openOrder(order) {
      // A canvas collection's rows are no Dataverse records: the app navigates in OnSelect.
      const reference = bridge ? undefined : datasetRecordOf(order)?.getNamedReference?.();
      const dataset = options.dataset();
      if (!reference?.etn || !dataset.openDatasetItem) return false;
      dataset.openDatasetItem(reference);
      return true;
    },
  };
}
