/**
 * What the canvas and model-driven host pages (hosts/browser/*) expose on `window` to the specs:
 * one typed surface that both sides import, so a spec cannot ask a page for what it lacks.
 */

/** The control's outputs as the host last read them with getOutputs() after notifyOutputChanged. */
export interface HostOutputs {
  readonly loadedCount?: number;
  readonly hasMore?: boolean;
  readonly errorCode?: string;
  readonly errorMessage?: string;
  readonly requestId?: string;
  readonly selectedOrderId?: string;
  readonly selectedOrderIds?: string;
  readonly selectedCount?: number;
  readonly sortColumn?: string;
  readonly sortDirection?: string;
  readonly searchText?: string;
}

/** What the grid showed while it was scrolled from the top to the end of its list. */
export interface ScrolledList {
  /** Order ids by row position (aria-rowindex order), every row that was rendered on the way. */
  readonly ids: readonly string[];
  /** Row positions that never rendered an order (a gap in what the user could see). */
  readonly gaps: readonly number[];
  /** The footer's text when the end was reached. */
  readonly footer: string;
}

export interface GridReader {
  /**
   * Scrolls the grid from its first row down a screenful at a time, as a user reading the list does, waiting on the
   * DOM (rows, footer) after each step, until the footer says the list ended or `stop` ids show.
   */
  scrollToEnd(options?: { readonly stopAtId?: string; readonly timeoutMs?: number }): Promise<ScrolledList>;
  /** Order ids of the rows in the DOM now, top first. */
  renderedIds(): string[];
}

/** A change the app makes to its own collection, as a behaviour formula would. */
export type CollectionChange =
  | { readonly kind: "sort"; readonly column: "total" | "date" | "customer"; readonly order: "Ascending" | "Descending" }
  | { readonly kind: "filter"; readonly status: string }
  | { readonly kind: "clear" }
  | { readonly kind: "restart" };

export interface CanvasHostApi extends GridReader {
  outputs(): HostOutputs;
  /** colOrders' order ids, in the collection's order. */
  collectionIds(): string[];
  varNextLink(): string | null;
  /** What OnSelect's `Set(varSelected, OrdersGrid1.selectedOrderId)` read when the event ran. */
  varSelected(): string | null;
  /** Every custom event the control raised, in order. */
  events(): string[];
  /** OnLoadMore raised while the app's previous OnLoadMore was still running. */
  overlappingLoadMore(): number;
  /** The data-set paging calls the control made (setPageSize(n), loadNextPage, refresh), in order. */
  datasetCalls(): string[];
  /** Paging calls made while an earlier one was still being applied (the platform never runs them in parallel). */
  overlappingPagingCalls(): number;
  /** What the app's Notify showed (its IfError branches). */
  notifications(): string[];
  /** The data-set as the control last saw it. */
  dataset(): { readonly pageSize: number; readonly lastPageNumber: number; readonly hasNextPage: boolean; readonly totalResultCount: number; readonly records: number };
  change(change: CollectionChange): Promise<void>;
}

export interface ModelDrivenHostApi extends GridReader {
  outputs(): HostOutputs;
  /** The data-set paging calls the control made (setPageSize(n), loadNextPage, refresh), in order. */
  datasetCalls(): string[];
  overlappingPagingCalls(): number;
  /** The view's formatted values of the row at `index`, as the host shows them. */
  formattedRow(index: number): { readonly id: string; readonly total: string; readonly date: string; readonly customer: string; readonly status: string };
  /** The next paging call or refresh fails with this message (error: true, errorMessage), records kept. */
  failNextLoad(message: string, times?: number): void;
  /** How many records the data-set holds now. */
  recordCount(): number;
  /** The order numbers of the records the data-set has selected (setSelectedRecordIds: what the command bar acts on), in its order. */
  datasetSelection(): string[];
}

declare global {
  interface Window {
    canvasHost?: CanvasHostApi;
    modelDrivenHost?: ModelDrivenHostApi;
  }
}
