import { datasetRecordOf } from "../host/readDataset";
import type { Order } from "../orders/Order";
import { OrdersError } from "../orders/OrdersError";
import type { OrdersPage } from "../orders/OrdersPage";
import type { OrdersSource } from "../orders/OrdersSource";
import { waitForSnapshot, type DatasetFeed, type HostSnapshot } from "./datasetFeed";
import { applyDatasetQuery, datasetHoldsQuery, datasetSearchable, type DatasetQuery, type DatasetQueryPort } from "./datasetQuery";

/** The parts of the bound data-set (PCF's `DataSet`) that page, sort and filter it. */
export interface DatasetPaging extends DatasetQueryPort {
  readonly paging: { setPageSize(pageSize: number): void; loadNextPage(): void };
  refresh(): void;
  /** Model-driven: what the command bar acts on. */
  setSelectedRecordIds?(ids: string[]): void;
  /** The Dataverse table the records are rows of; blank over a canvas app's collection. */
  getTargetEntityType?(): string;
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
  /**
   * The sort and quick-find text, set on the data-set before its first page (not in the canvas
   * bridge: there the app's collection is sorted and searched by the app, on OnSort and OnSearch).
   */
  readonly query?: DatasetQuery | undefined;
}

let sourceInstances = 0;

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
  /**
   * The data-set is one, whatever source reads it: pages in the cache are only true of the
   * source that loaded them, so each source has a key of its own (a source made anew for the
   * same settings, a search cleared, loads its first page and sets the data-set back).
   */
  const instance = ++sourceInstances;
  /** Continuations handed out so far; never reset, so no two pages ever share one. */
  let issued = 0;
  /** What the grid has been given, to tell our own page loads from the app replacing the data. */
  let delivered: Delivered | undefined;
  /** Loads in flight: a cancelled one may still be settling while the grid's next one waits. */
  let loading = 0;
  /**
   * The data-set's next page asked for (loadNextPage) after `from` was delivered, and not in
   * yet: a request the grid gave up and asks again waits for it, instead of asking for
   * another, and its answer arriving meanwhile (`answer`) is the next page, not the app's new
   * list.
   */
  let askedNext: { readonly from: Delivered; readonly pageNumber: number; answer?: Delivered } | undefined;
  let bridge = false;
  /** The last page delivered said there is no more: nobody will ask for rows added after it. */
  let ended = false;
  /** First pages loaded so far: a later one is a Refresh or a Retry, which the data-set must reload for. */
  let firstPages = 0;
  /** The next first page is the start of a list the app replaced: read it as it is. */
  let replacedByApp = false;
  /**
   * The last OnLoadMore: for which continuation, and the nextLink the app had then. The app's
   * Collect and its Set(varNextLink) may reach the control in two updateViews: until the link
   * moves on, a new page is the app's answer still arriving, not a reason to ask again.
   */
  let asked: { readonly continuation: string; readonly nextLink: string | undefined } | undefined;
  const invalidateListeners = new Set<() => void>();
  const invalidate = () => {
    delivered = undefined;
    replacedByApp = true;
    for (const listener of [...invalidateListeners]) listener();
  };

  const settled = (snapshot: HostSnapshot) => !snapshot.dataset.loading;
  /** The host says the page it was asked for could not be loaded: that is the answer too. */
  const failed = (snapshot: HostSnapshot) => settled(snapshot) && snapshot.dataset.errorMessage !== undefined;
  /** The snapshot holds other orders than `given`. */
  const changedFrom = (snapshot: HostSnapshot, given: Delivered) =>
    snapshot.dataset.revision !== given.revision && !(snapshot.dataset.orders.length === given.orders.length && startsWith(snapshot.dataset.orders, given.orders));
  /** Other rows than an extension of `given`: the app's new list (it cleared, re-sorted, re-filtered or re-collected its data). */
  const newList = (snapshot: HostSnapshot, given: Delivered) => changedFrom(snapshot, given) && !startsWith(snapshot.dataset.orders, given.orders);
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
    const { errorMessage } = snapshot.dataset;
    if (errorMessage !== undefined) {
      throw new OrdersError({ kind: "server", code: "DatasetError", message: errorMessage || "The data-set could not be loaded", serviceMessage: errorMessage || undefined });
    }
    delivered = { revision: snapshot.dataset.revision, orders: snapshot.dataset.orders };
    askedNext = undefined;
    const more = snapshot.dataset.hasNextPage || (bridge && snapshot.nextLink !== undefined);
    ended = !more;
    // Unique per page: the continuation is ours, not a link, and must never look like a cycle.
    return { items, nextLink: more ? `dataset:page:${++issued}` : null };
  }

  async function firstPage(signal: AbortSignal): Promise<OrdersPage> {
    let snapshot = await wait(settled, signal);
    bridge = snapshot.nextLink !== undefined;
    const dataset = options.dataset();
    const query = bridge ? undefined : applyDatasetQuery(dataset, snapshot.dataset.columns, options.query ?? {});
    const resize = snapshot.dataset.pageSize !== pageSize;
    const reload = firstPages++ > 0 && !replacedByApp;
    replacedByApp = false;
    asked = undefined;
    askedNext = undefined;
    if (resize) dataset.paging.setPageSize(pageSize);
    if (resize || reload || query?.changed) {
      const before = snapshot;
      dataset.refresh();
      snapshot = await wait((s) => s !== before && settled(s), signal);
    }
    return page(snapshot, snapshot.dataset.orders);
  }

  /** The data-set's own next page: loadNextPage, then the records of a later page. */
  function loadDatasetPage(before: HostSnapshot, given: Delivered, signal: AbortSignal): Promise<HostSnapshot> {
    if (askedNext?.from !== given) {
      askedNext = { from: given, pageNumber: lastPageNumber(before) };
      options.dataset().paging.loadNextPage();
    }
    const { pageNumber } = askedNext;
    return wait((s) => {
      if (s !== before && failed(s)) return true;
      if (!settled(s) || !changedFrom(s, given)) return false;
      // A page that replaces the records (canvas) moves the page number on; one that does not is the app's new list.
      if (!newList(s, given) || lastPageNumber(s) > pageNumber) return true;
      startOver();
      return false;
    }, signal);
  }

  async function nextPage(continuation: string, signal: AbortSignal): Promise<OrdersPage> {
    const before = feed.current();
    const given = delivered;
    if (!before || !given) return firstPage(signal);
    let snapshot = before;
    // Rows the app added on its own since the last page are the next page: no need to ask.
    if (!changedFrom(before, given)) {
      if (before.dataset.hasNextPage) {
        snapshot = await loadDatasetPage(before, given, signal);
      } else if (bridge && before.nextLink === undefined) {
        // The app's nextLink went blank after the page that said there was more: the end.
        return page(before, []);
      } else if (bridge) {
        // A Retry asks again; the next page while the app's last answer is still coming in does not.
        const answering = asked !== undefined && asked.continuation !== continuation && asked.nextLink === before.nextLink;
        if (!answering) {
          asked = { continuation, nextLink: before.nextLink };
          options.requestMore();
        }
        snapshot = await wait(
          (s) => {
            if (s !== before && failed(s)) return true;
            if (!settled(s)) return false;
            // OnLoadMore collects after the rows there are.
            if (newList(s, given)) {
              startOver();
              return false;
            }
            return changedFrom(s, given) || s.nextLink !== before.nextLink || s.dataset.hasNextPage;
          },
          signal,
          "LoadMoreTimeout",
        );
        // The collection grew beyond the data-set's page: page on through the data-set.
        if (!changedFrom(snapshot, given) && snapshot.dataset.hasNextPage) snapshot = await loadDatasetPage(snapshot, given, signal);
      }
    }
    return page(snapshot, newOrders(given.orders, snapshot.dataset.orders));
  }

  const sort = options.query?.sort;
  const searchText = options.query?.search;
  const columns = feed.current()?.dataset.columns;
  return {
    key: `dataset|${instance}|${pageSize}|${timeoutMs}|${JSON.stringify(options.query ?? {})}`,
    // Rows of a Dataverse table come from Dataverse; a canvas collection from whatever the app loads it from.
    service: options.dataset().getTargetEntityType?.() ? "Dataverse" : "App",
    sortedBy: sort && { column: sort.field, direction: sort.direction },
    // The data-set filters its whole view when asked to search (not in the canvas bridge) and it
    // has a text column to search; otherwise the view searches the rows loaded.
    search: searchText !== undefined && columns && datasetSearchable(columns) ? searchText : undefined,
    // The data-set sorts its whole view (Dataverse, a delegable canvas source) when it has a
    // column for the field; the canvas bridge's collection is the app's (OnSort), so the
    // grid sorts what is loaded.
    sortBy(next) {
      const current = feed.current();
      if (!current || bridge || current.nextLink !== undefined || !options.dataset().sorting || !current.dataset.columns[next.column]) return undefined;
      return createDatasetOrdersSource({ ...options, query: { ...options.query, sort: { field: next.column, direction: next.direction } } });
    },
    async loadPage(continuation, signal) {
      loading++;
      try {
        return await (continuation === undefined ? firstPage(signal) : nextPage(continuation, signal));
      } catch (error) {
        // The host failed the page or never answered: a Retry asks it again. A cancelled request's page may still come.
        if (!(error instanceof OrdersError && error.kind === "aborted")) askedNext = undefined;
        throw error;
      } finally {
        loading--;
      }
    },
    onInvalidate(listener) {
      invalidateListeners.add(listener);
      // Back in use after another sort or search had the data-set (a sort turned off): the grid
      // holds this list's pages, the data-set another list's records. Start over, setting it back.
      const current = feed.current();
      if (delivered !== undefined && !bridge && current && !datasetHoldsQuery(options.dataset(), current.dataset.columns, options.query ?? {})) queueMicrotask(invalidate);
      const unsubscribe = feed.subscribe((snapshot) => {
        if (loading > 0 || delivered === undefined || !settled(snapshot)) return;
        // The next page a cancelled request asked for, in with nobody waiting: the grid's next
        // request takes it, and what changes after it is measured against it.
        let given = delivered;
        if (askedNext?.from === delivered) {
          if (!askedNext.answer && lastPageNumber(snapshot) > askedNext.pageNumber) {
            askedNext.answer = { revision: snapshot.dataset.revision, orders: snapshot.dataset.orders };
            return;
          }
          given = askedNext.answer ?? delivered;
        }
        // The list had ended and now there is more to load (the app's Set(varNextLink) after its
        // first ClearCollect, a data-set with a next page): nobody asks for it but a new list.
        if (ended && (snapshot.dataset.hasNextPage || snapshot.nextLink !== undefined)) {
          invalidate();
          return;
        }
        // A change nobody asked for. Rows added after the delivered ones are picked up as the
        // next page, if one is to come; anything else is a new list.
        if (newList(snapshot, given) || (ended && changedFrom(snapshot, given))) invalidate();
      });
      return () => {
        invalidateListeners.delete(listener);
        unsubscribe();
      };
    },
    shareSelection(orderIds) {
      const dataset = options.dataset();
      if (!dataset.setSelectedRecordIds) return;
      const snapshot = feed.current()?.dataset;
      const wanted = new Set(orderIds);
      const held = new Map<string, string>();
      for (const order of snapshot?.orders ?? []) {
        const record = wanted.has(order.id) ? datasetRecordOf(order) : undefined;
        if (record) held.set(order.id, record.getRecordId());
      }
      // An order selected before a sort or a search reloaded the data-set may be off its records
      // now: its record is the one the host still has selected.
      dataset.setSelectedRecordIds(orderIds.flatMap((id) => held.get(id) ?? snapshot?.selectedRecordIds.get(id) ?? []));
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
