import type { ApiOrder } from "../../../orders-api/orderData";
import { column, hostRecord, type HostColumn, type HostRecord } from "./datasetRecords";
import { hostDateTime } from "./hostFormat";
import type { RuntimeQueue } from "./runtimeQueue";

/** The canvas runtime reads a data source in chunks of this many rows: totalResultCount moves in these steps. */
const READ_STEP = 500;

/** The collection's columns, in the collection's order; the maker bound each to its property-set. */
const COLUMNS: readonly HostColumn[] = [
  column("id", "id", "SingleLine.Text", "orderId", 0),
  column("total", "total", "Decimal", "total", 1),
  column("currency", "currency", "SingleLine.Text", "", 2),
  column("date", "date", "DateAndTime.DateAndTime", "orderDate", 3),
  column("customer", "customer", "SingleLine.Text", "customer", 4),
  column("status", "status", "SingleLine.Text", "status", 5),
];

/** How a collection changed: rows added at its end (Collect), or a new collection (ClearCollect, Clear). */
export type CollectionUpdate = "append" | "replace";

export interface CanvasDatasetState {
  readonly pageSize: number;
  readonly lastPageNumber: number;
  readonly hasNextPage: boolean;
  readonly totalResultCount: number;
  readonly records: number;
}

/**
 * The `orders` data-set as the canvas runtime hands it to a control over a collection: a view
 * of `pageSize` rows of the collection. loadNextPage REPLACES the records with the next slice
 * (lastPageNumber grows); setPageSize applies from the next load or refresh; refresh goes back to
 * the first slice; totalResultCount counts the rows read so far, in steps of 500 up to the last
 * ones. Each call sets `loading`, and the change arrives later, through the runtime's queue,
 * with updateView. A collection that grows at its end keeps the slice in view (the new rows
 * show as hasNextPage, or fill a short last slice); a replaced collection starts from its first
 * slice again.
 */
export class CanvasDataset {
  loading = false;
  readonly error = false;
  readonly errorMessage = "";
  readonly columns = COLUMNS;
  readonly sorting: never[] = [];
  sortedRecordIds: string[] = [];
  records: Record<string, HostRecord> = {};
  /** The paging calls the control made, for the specs. */
  readonly calls: string[] = [];
  overlappingCalls = 0;

  /** The collection the view shows, and the one the app holds now (ahead of it until the runtime applies the change). */
  private collection: readonly { readonly key: string; readonly order: ApiOrder }[] = [];
  private latest: readonly { readonly key: string; readonly order: ApiOrder }[] = [];
  private nextKey = 0;
  private offset = 0;
  private sliceSize: number;
  private requestedSize: number;
  private page = 1;
  private busy = 0;

  constructor(
    private readonly queue: RuntimeQueue,
    pageSize: number,
  ) {
    this.sliceSize = pageSize;
    this.requestedSize = pageSize;
  }

  get paging() {
    return {
      pageSize: this.requestedSize,
      totalResultCount: this.totalResultCount(),
      hasNextPage: this.offset + this.sliceSize < this.collection.length,
      hasPreviousPage: this.page > 1,
      firstPageNumber: 1,
      lastPageNumber: this.page,
      setPageSize: (size: number) => {
        this.calls.push(`setPageSize(${size})`);
        this.requestedSize = size;
      },
      loadNextPage: () => {
        this.calls.push("loadNextPage");
        this.load(() => {
          // The next slice starts after the records in view, in the page size asked for last.
          this.offset += this.sortedRecordIds.length;
          this.sliceSize = this.requestedSize;
          this.page++;
        });
      },
      loadPreviousPage: () => {
        this.calls.push("loadPreviousPage");
        this.load(() => {
          this.sliceSize = this.requestedSize;
          this.offset = Math.max(0, this.offset - this.sliceSize);
          this.page = Math.max(1, this.page - 1);
        });
      },
      reset: () => this.calls.push("reset"),
    };
  }

  refresh(): void {
    this.calls.push("refresh");
    this.load(() => {
      this.offset = 0;
      this.sliceSize = this.requestedSize;
      this.page = 1;
    });
  }

  // Selection and navigation are not used by the grid's paging; present as the platform has them.
  getSelectedRecordIds(): string[] {
    return [];
  }
  setSelectedRecordIds(): void {
    // Nothing selected in the host: selection is not under test here.
  }
  clearSelectedRecordIds(): void {
    // As setSelectedRecordIds.
  }

  state(): CanvasDatasetState {
    const paging = this.paging;
    return { pageSize: paging.pageSize, lastPageNumber: paging.lastPageNumber, hasNextPage: paging.hasNextPage, totalResultCount: paging.totalResultCount, records: this.sortedRecordIds.length };
  }

  /** The app changed its collection (Collect, ClearCollect, Clear): the view follows through the queue. */
  updateCollection(orders: readonly ApiOrder[], update: CollectionUpdate): Promise<void> {
    const kept = update === "append" ? this.latest : [];
    const collection = [...kept, ...orders.slice(kept.length).map((order) => ({ key: `rec-${++this.nextKey}`, order }))];
    this.latest = collection;
    return this.queue.apply(() => {
      this.collection = collection;
      if (update === "replace") {
        this.offset = 0;
        this.page = 1;
      }
      this.show();
    }, ["orders"]);
  }

  private totalResultCount(): number {
    const read = Math.max(READ_STEP, Math.ceil((this.offset + this.sliceSize) / READ_STEP) * READ_STEP);
    return Math.min(this.collection.length, read);
  }

  private load(change: () => void): void {
    // The platform runs one paging call at a time; a control that asks again before the last is in breaks that.
    if (this.busy > 0) this.overlappingCalls++;
    this.busy++;
    void this.queue.apply(() => (this.loading = true), ["orders"]);
    void this.queue.apply(() => {
      change();
      this.show();
      this.loading = false;
      this.busy--;
    }, ["orders"]);
  }

  private show(): void {
    const slice = this.collection.slice(this.offset, this.offset + this.sliceSize);
    this.sortedRecordIds = slice.map((entry) => entry.key);
    this.records = Object.fromEntries(
      slice.map(({ key, order }) => [
        key,
        hostRecord(key, { ...order, date: new Date(order.date) }, { date: hostDateTime(order.date) }, order.id),
      ]),
    );
  }
}
