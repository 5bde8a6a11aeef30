import { orderAt } from "../../../orders-api/orderData";
import { column, hostRecord, type HostColumn, type HostRecord } from "./datasetRecords";
import { hostCurrency, hostDateTime } from "./hostFormat";
import type { RuntimeQueue } from "./runtimeQueue";

/** statuscode's options in the orders table: value and label. */
const STATUS_CODES: Readonly<Record<string, number>> = { Pending: 1, Confirmed: 2, Shipped: 100000000, Delivered: 100000001, Cancelled: 100000002 };

/**
 * The view's columns in the view's order and widths, with Dataverse's names and types; the maker bound the
 * order number, total and customer to the manifest's property-sets (alias), and left created-on
 * and status reason unbound (the control finds them by name).
 */
const VIEW_COLUMNS: readonly HostColumn[] = [
  column("contoso_ordernumber", "Order Number", "SingleLine.Text", "orderId", 0, 150),
  column("contoso_customer", "Customer", "Lookup.Simple", "customer", 1, 200),
  column("statuscode", "Status Reason", "OptionSet", "", 2, 120),
  column("contoso_totalamount", "Total Amount", "Currency", "total", 3, 130),
  column("createdon", "Created On", "DateAndTime.DateAndTime", "", 4, 180),
];

/** The top-most filter the control sets (PCF's FilterExpression, the parts used here). */
interface ViewFilter {
  readonly filterOperator: 0 | 1;
  readonly conditions: readonly { readonly attributeName: string; readonly conditionOperator: number; readonly value: string }[];
}

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
  /** The control's sort: applied by the next refresh, as Dataverse does, to the whole view. */
  readonly sorting: { name: string; sortDirection: -1 | 0 | 1 }[] = [];
  readonly filtering = {
    getFilter: () => this.filter,
    setFilter: (expression: ViewFilter) => {
      this.calls.push(`setFilter(${expression.conditions.map((c) => `${c.attributeName} ${c.conditionOperator} ${c.value}`).join(expression.filterOperator === 1 ? " or " : " and ")})`);
      this.filter = expression;
    },
    clearFilter: () => {
      this.calls.push("clearFilter");
      this.filter = null;
    },
  };
  sortedRecordIds: string[] = [];
  records: Record<string, HostRecord> = {};
  readonly calls: string[] = [];
  overlappingCalls = 0;

  private readonly rows: readonly ViewRow[];
  /** The view's rows under the sort and filter of the last refresh. */
  private queried: readonly ViewRow[];
  private filter: ViewFilter | null = null;
  private loaded = 0;
  private requestedSize: number;
  private page = 1;
  private busy = 0;
  private failure: string | undefined;
  /** Loads still to fail with `failure`. */
  private failures = 0;
  private selected: string[] = [];

  constructor(
    private readonly queue: RuntimeQueue,
    count: number,
    pageSize: number,
  ) {
    this.rows = Array.from({ length: count }, (_, index) => viewRow(index));
    this.queried = this.rows;
    this.requestedSize = pageSize;
    this.loaded = Math.min(count, pageSize);
    this.show();
  }

  get paging() {
    return {
      pageSize: this.requestedSize,
      totalResultCount: this.queried.length,
      hasNextPage: this.loaded < this.queried.length,
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
          this.loaded = Math.min(this.queried.length, this.loaded + this.requestedSize);
          this.page++;
        });
      },
      reset: () => this.calls.push("reset"),
    };
  }

  refresh(): void {
    this.calls.push("refresh");
    this.load(() => {
      this.queried = this.query();
      this.loaded = Math.min(this.queried.length, this.requestedSize);
      this.page = 1;
    });
  }

  getTargetEntityType(): string {
    return "contoso_order";
  }

  /** What the command bar acts on: the records the control selected, kept through paging, sorting and refresh. */
  getSelectedRecordIds(): string[] {
    return [...this.selected];
  }
  setSelectedRecordIds(ids: string[]): void {
    this.selected = [...ids];
  }
  clearSelectedRecordIds(): void {
    this.selected = [];
  }

  /** The records the control opened (openDatasetItem: the host opens the record's form), by order number. */
  readonly opened: string[] = [];
  openDatasetItem(reference: { readonly id: { readonly guid: string }; readonly etn?: string }): void {
    const number = this.rows.find((row) => row.id === reference.id.guid)?.name ?? reference.id.guid;
    this.opened.push(`${reference.etn ?? "?"}:${number}`);
  }

  /** The host selects these records itself (the command bar, a form script), then calls updateView. */
  selectFromHost(orderNumbers: readonly string[]): Promise<void> {
    return this.queue.apply(() => {
      this.selected = orderNumbers.map((number) => this.rows.find((row) => row.name === number)?.id ?? number);
    }, ["orders"]);
  }

  /** The order numbers of the selected records, in the host's order. */
  selectedOrderNumbers(): string[] {
    return this.selected.map((id) => this.rows.find((row) => row.id === id)?.name ?? id);
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
      let failure = this.failures > 0 ? this.failure : undefined;
      this.failures = Math.max(0, this.failures - 1);
      if (failure === undefined) {
        try {
          change();
        } catch (refused) {
          failure = refused instanceof Error ? refused.message : String(refused);
        }
      }
      // A failed load leaves the records as they were and says why.
      this.error = failure !== undefined;
      this.errorMessage = failure ?? "";
      this.show();
      this.loading = false;
      this.busy--;
    }, ["orders"]);
  }

  /**
   * Dataverse's answer to the view with the control's filter and sort: `like` (6) on a text
   * column, its `%` and `[x]` escapes read as FetchXML does, any case; a refused condition (like on
   * a choice or lookup) fails the load as Dataverse would; the sort by the raw value, a lookup by
   * its name, equal values in view order.
   */
  private query(): readonly ViewRow[] {
    const conditions = this.filter?.conditions ?? [];
    for (const condition of conditions) {
      const type = VIEW_COLUMNS.find((c) => c.name === condition.attributeName)?.dataType ?? "";
      if (condition.conditionOperator !== 6 || !type.startsWith("SingleLine")) throw new Error(`like is not valid on ${condition.attributeName} (${type})`);
    }
    const needle = (value: string) => value.replace(/^%|%$/g, "").replace(/\[(.)\]/g, "$1").toLowerCase();
    // Only text columns reach here: their value is the text.
    const text = (row: ViewRow, name: string) => {
      const value = row.values[name];
      return (typeof value === "string" ? value : "").toLowerCase();
    };
    const kept = conditions.length === 0 ? [...this.rows] : this.rows.filter((row) => conditions.some((c) => text(row, c.attributeName).includes(needle(c.value))));
    const sort = this.sorting[0];
    if (!sort || sort.sortDirection === -1) return kept;
    const key = (row: ViewRow): number | string => {
      const value = row.values[sort.name];
      if (value instanceof Date) return value.getTime();
      if (typeof value === "number") return value;
      if (typeof value === "object" && value !== null && "name" in value && typeof value.name === "string") return value.name;
      return typeof value === "string" ? value : "";
    };
    const sign = sort.sortDirection === 1 ? -1 : 1;
    return kept.sort((a, b) => {
      const x = key(a);
      const y = key(b);
      return sign * (x < y ? -1 : x > y ? 1 : 0);
    });
  }

  private show(): void {
    const rows = this.queried.slice(0, this.loaded);
    this.sortedRecordIds = rows.map((row) => row.id);
    this.records = Object.fromEntries(rows.map((row) => [row.id, hostRecord(row.id, row.values, row.formatted, row.name, this.getTargetEntityType())]));
  }
}
