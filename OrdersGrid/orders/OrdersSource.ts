import type { OrderSort } from "./OrderSort";
import type { Order } from "./Order";
import type { OrdersPage } from "./OrdersPage";

/**
 * Who answers for a source's orders, as the error messages name it: Dataverse (the Web API, a
 * model-driven data-set) or the canvas app's own data source. Undefined: the Sales API.
 */
export type OrdersService = "Dataverse" | "App";

/**
 * The port every data source implements: the HTTP contract, the Dataverse Web API and the
 * bound data-set all look the same to the query and the view.
 */
export interface OrdersSource {
  /**
   * Identifies what this source returns. Two sources with the same key return the same
   * orders, so the query cache (and the rows a user has loaded) survive a re-render.
   */
  readonly key: string;
  /**
   * Loads one page. `continuation` is undefined for the first page, else the `nextLink`
   * of the previous page, passed back exactly as the source returned it.
   * Rejects with an {@link OrdersError}.
   */
  loadPage(continuation: string | undefined, signal: AbortSignal): Promise<OrdersPage>;
  /** Who answers when a page fails (the notification names it); undefined: the Sales API. */
  readonly service?: OrdersService | undefined;
  /**
   * For sources whose data the host can replace behind the grid's back (a data-set the app
   * re-filtered or re-collected): calls `listener` when the loaded pages no longer match, so
   * the grid reloads from the first page. Returns the unsubscribe function.
   */
  onInvalidate?(listener: () => void): () => void;
  /**
   * A hint from the query: `continuation` is the next page it will ask for, as soon as the
   * page it just loaded is on screen (the user scrolls that fast), and the nextLink has been
   * checked as safe to follow. A source may start loading it now; `loadPage` with that
   * continuation then takes the request in flight.
   */
  prefetch?(continuation: string): void;
  /**
   * The grid stopped reading this source's list (another sort, search or setting took its
   * place, or the control went away): what it loads ahead for nobody is cancelled. The source
   * may be read again later.
   */
  detach?(): void;
  /**
   * For sources that can sort where the data is (the API's sort parameter, `$orderby`): this
   * source's orders in `sort`'s order, from its first page, under a key of their own. Undefined
   * when it cannot sort by that column; the view then sorts the rows loaded so far.
   */
  sortBy?(sort: OrderSort): OrdersSource | undefined;
  /** The order this source's pages come in, when the source sorted them (a source `sortBy` returned). */
  readonly sortedBy?: OrderSort | undefined;
  /**
   * Set by a source that searches where the data is (the API's search parameter, Dataverse's
   * `$filter`): the text its pages are filtered by, "" when none. Undefined for a source that
   * returns every order: the view then searches the rows loaded.
   */
  readonly search?: string | undefined;
  /**
   * For sources whose host acts on a selection (a model-driven data-set's command bar): tells
   * the host which orders the user selected, by the orders' ids.
   */
  shareSelection?(orderIds: readonly string[]): void;
  /**
   * Calls `listener` with the ids of the orders the host marks as selected, each time that
   * changes (a command, a form). Returns the unsubscribe function.
   */
  onHostSelection?(listener: (orderIds: readonly string[]) => void): () => void;
  /**
   * For sources whose orders are records the host can open (Dataverse): opens the order's
   * form. Returns false when this order has no record to open.
   */
  openOrder?(order: Order): boolean;
}
