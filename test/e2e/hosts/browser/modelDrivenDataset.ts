import { orderAt } from "../../../orders-api/orderData";
import { column, hostRecord, type HostColumn, type HostRecord } from "./datasetRecords";
import { hostCurrency, hostDateTime } from "./hostFormat";
import type { RuntimeQueue } from "./runtimeQueue";

/** statuscode's options in the orders table: value and label. */
const STATUS_CODES: Readonly<Record<string, number>> = { Pending: 1, Confirmed: 2, Shipped: 100000000, Delivered: 100000001, Cancelled: 100000002 };

/**
 * The view's columns in the view's order, with Dataverse's names and types; the maker bound the
 * order number, total and customer to the manifest's property-sets (alias), and left created-on
 * and status reason unbound (the control finds them by name).
 */
const VIEW_COLUMNS: readonly HostColumn[] = [
  column("contoso_ordernumber", "Order Number", "SingleLine.Text", "orderId", 0),
  column("contoso_customer", "Customer", "Lookup.Simple", "customer", 1),
  column("statuscode", "Status Reason", "OptionSet", "", 2),
  column("contoso_totalamount", "Total Amount", "Currency", "total", 3),
  column("createdon", "Created On", "DateAndTime.DateAndTime", "", 4),
];

/** A row of the view: Dataverse's raw values (an entity reference, an option value, a Date) and their formatted text. */
interface ViewRow {
  readonly id: string;
  readonly values: Readonly<Record<string, unknown>>;
  readonly formatted: Readonly<Record<string, string>>;
  readonly name: string;
}

function viewRow(index: number): ViewRow {
  const order = orderAt(index, 1);
  const id = `00000000-0000-4000-8000-${String(index + 1).padStart(12, "0")}`;
  return {
    id,
    name: order.id,
    values: {
      contoso_ordernumber: order.id,
      contoso_customer: { id: { guid: `10000000-0000-4000-8000-${String(index + 1).padStart(12, "0")}` }, name: order.customer, etn: "account" },
      statuscode: STATUS_CODES[order.status] ?? 1,
      contoso_totalamount: order.total,
      createdon: new Date(order.date),
    },
    formatted: {
      contoso_customer: order.customer,
      statuscode: order.status,
      contoso_totalamount: hostCurrency(order.total, order.currency),
      createdon: hostDateTime(order.date),
    },
  };
}

/**
 * The `orders` data-set as a model-driven subgrid hands it to a control over a Dataverse view:
 * loadNextPage APPENDS the next page to the records; setPageSize applies from the next load or
 * refresh; refresh reloads the first page; each call sets `loading` and arrives later, through
 * the runtime's queue, with updateView. A load can fail (error, errorMessage; records kept).
 */
export class ModelDrivenDataset {
  loading = false;
  error = false;
  errorMessage = "";
  readonly columns = VIEW_COLUMNS;
  readonly sorting: never[] = [];
  sortedRecordIds: string[] = [];
  records: Record<string, HostRecord> = {};
  readonly calls: string[] = [];
  overlappingCalls = 0;

  private readonly rows: readonly ViewRow[];
  private loaded = 0;
  private requestedSize: number;
  private page = 1;
  private busy = 0;
  private failure: string | undefined;
  /** Loads still to fail with `failure`. */
  private failures = 0;

  constructor(
    private readonly queue: RuntimeQueue,
    count: number,
    pageSize: number,
  ) {
    this.rows = Array.from({ length: count }, (_, index) => viewRow(index));
    this.requestedSize = pageSize;
    this.loaded = Math.min(count, pageSize);
    this.show();
  }

  get paging() {
    return {
      pageSize: this.requestedSize,
      totalResultCount: this.rows.length,
      hasNextPage: this.loaded < this.rows.length,
      hasPreviousPage: false,
      firstPageNumber: 1,
      lastPageNumber: this.page,
      setPageSize: (size: number) => {
        this.calls.push(`setPageSize(${size})`);
        this.requestedSize = size;
      },
      loadNextPage: () => {
        this.calls.push("loadNextPage");
        this.load(() => {
          this.loaded = Math.min(this.rows.length, this.loaded + this.requestedSize);
          this.page++;
        });
      },
      reset: () => this.calls.push("reset"),
    };
  }

  refresh(): void {
    this.calls.push("refresh");
    this.load(() => {
      this.loaded = Math.min(this.rows.length, this.requestedSize);
      this.page = 1;
    });
  }

  getSelectedRecordIds(): string[] {
    return [];
  }
  setSelectedRecordIds(): void {
    // The command bar is not under test here.
  }
  clearSelectedRecordIds(): void {
    // As setSelectedRecordIds.
  }

  /** The next `times` loads (paging calls or refreshes) fail with this errorMessage. */
  failNextLoad(message: string, times = 1): void {
    this.failure = message;
    this.failures = times;
  }

  formattedRow(index: number) {
    const row = this.rows[index];
    if (!row) throw new Error(`the view has no row ${index}`);
    const text = (name: string) => row.formatted[name] ?? "";
    return { id: row.name, total: text("contoso_totalamount"), date: text("createdon"), customer: text("contoso_customer"), status: text("statuscode") };
  }

  private load(change: () => void): void {
    if (this.busy > 0) this.overlappingCalls++;
    this.busy++;
    void this.queue.apply(() => (this.loading = true), ["orders"]);
    void this.queue.apply(() => {
      const failure = this.failures > 0 ? this.failure : undefined;
      this.failures = Math.max(0, this.failures - 1);
      // A failed load leaves the records as they were and says why.
      this.error = failure !== undefined;
      this.errorMessage = failure ?? "";
      if (failure === undefined) change();
      this.show();
      this.loading = false;
      this.busy--;
    }, ["orders"]);
  }

  private show(): void {
    const rows = this.rows.slice(0, this.loaded);
    this.sortedRecordIds = rows.map((row) => row.id);
    this.records = Object.fromEntries(rows.map((row) => [row.id, hostRecord(row.id, row.values, row.formatted, row.name)]));
  }
}
