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
  /** The selected orders' ids as a JSON array of text. */
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
  /**
   * Why the scroll stopped: the list's end, an error notification, the row asked for, or the
   * time it was given; with what the grid showed then, for a failure's message.
   */
  readonly stoppedBy: "end" | "alert" | "stopAtId" | "timeout";
  readonly lastView: string;
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
  /** OnSort and OnSearch formulas whose API call answered, and of those, the ones that filled the collection. */
  sortOrSearchCalls(): { readonly answered: number; readonly filled: number };
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
  /** The host selects these orders itself (by order number) and calls updateView. */
  selectFromHost(orderNumbers: string[]): Promise<void>;
  /** The records opened with openDatasetItem, as `table:order number`, in order. */
  openedRecords(): string[];
  /** The control's events the form received, in order. */
  events(): string[];
}

/**
 * What `context.webAPI` rejects with when Dataverse refuses a request: `errorCode` (a positive
 * decimal, 0x80072321 as 2147951393) and `message`, as the client API documents them; the HTTP
 * status and the request id as far as the host passes them on.
 */
export interface DataverseError {
  readonly errorCode: number;
  readonly message: string;
  readonly status?: number;
  readonly requestId?: string;
}

/** The Dataverse errors a test can inject by name (hosts/browser/dataverseOrders.ts has them). */
export type DataverseFault = "throttled" | "throttledCodeOnly" | "unauthorized";

/** One `retrieveMultipleRecords` call, as the control made it, and what it got back. */
export interface RetrieveMultipleCall {
  readonly entity: string;
  readonly options: string;
  readonly maxPageSize: number | null;
  /** The nextLink returned (null on the last page or a failure). */
  nextLink: string | null;
  /** The errorCode it was rejected with, or null. */
  error: number | null;
}

/** The inputs a maker can change on the form while the control runs (the WebApi host page). */
export interface WebApiInputs {
  readonly columns?: string | null;
  readonly webApiColumns?: string | null;
  readonly openRecords?: boolean;
  readonly selectionMode?: "None" | "Single" | "Multiple";
}

export interface WebApiHostApi extends GridReader {
  outputs(): HostOutputs;
  /** Every retrieveMultipleRecords call, in order. */
  webApiCalls(): RetrieveMultipleCall[];
  /** Every navigation.openForm call's options, in order. */
  openFormCalls(): { readonly entityName: string; readonly entityId: string }[];
  /** The next `times` calls reject with this Dataverse error (0 ends a fault still pending). */
  failNextLoad(fault: DataverseFault, times?: number): void;
  /** The order numbers the table holds under these OData options (`$filter`, `$orderby`), in Dataverse's order. */
  orderNumbers(options?: string): string[];
  /** The primary key (contoso_orderid) of the row with this order number. */
  recordId(orderNumber: string): string | undefined;
  /** Changes inputs as the host does: then updateView with the changed names. */
  setInputs(inputs: WebApiInputs): Promise<void>;
}

declare global {
  interface Window {
    canvasHost?: CanvasHostApi;
    modelDrivenHost?: ModelDrivenHostApi;
    webApiHost?: WebApiHostApi;
  }
}
