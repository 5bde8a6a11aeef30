import type { DatasetColumn, DatasetLike, DatasetRecord } from "../../OrdersGrid/host/readDataset";

export type Row = Readonly<Record<string, string | number | Date | null>>;

export interface MockDatasetOptions {
  /** Every row the data source holds (what paging reveals page by page). */
  rows: Row[];
  /** Columns as the host describes them; alias = the property-set a column is bound to. */
  columns?: DatasetColumn[];
  pageSize?: number;
  /**
   * How loadNextPage behaves: model-driven hosts append the next page to the records,
   * canvas hosts replace the records with it.
   */
  paging?: "append" | "replace";
  /** A host that keeps its own page size whatever the control asks. */
  ignoresPageSize?: boolean;
}

export const ORDER_COLUMNS: DatasetColumn[] = [
  { name: "orderid", displayName: "Order", alias: "orderId", dataType: "SingleLine.Text" },
  { name: "amount", displayName: "Amount", alias: "total", dataType: "Currency" },
  { name: "placed", displayName: "Placed", alias: "orderDate", dataType: "DateAndTime.DateAndTime" },
  { name: "account", displayName: "Account", alias: "customer", dataType: "SingleLine.Text" },
  { name: "state", displayName: "State", alias: "status", dataType: "SingleLine.Text" },
];

export function orderRows(count: number, from = 0): Row[] {
  return Array.from({ length: count }, (_, i) => ({
    orderid: `ORD-${String(from + i + 1).padStart(6, "0")}`,
    amount: 100 + from + i,
    placed: new Date(Date.UTC(2026, 2, 14, 9, 30)),
    account: `Customer ${from + i + 1}`,
    state: "Shipped",
  }));
}

/**
 * A PCF data-set that behaves like a host's: pages through `rows`, appends or replaces on
 * loadNextPage, and reports through `onChange` that the host would now call updateView.
 */
export class MockDataset implements DatasetLike {
  loading = false;
  error = false;
  errorMessage = "";
  columns: DatasetColumn[];
  sortedRecordIds: string[] = [];
  records: Record<string, DatasetRecord> = {};
  readonly calls: string[] = [];
  /** The host's sort: set by the control, applied by refresh() as the server would. */
  sorting: { name: string; sortDirection: -1 | 0 | 1 }[] = [];
  private filter: { filterOperator: 0 | 1; conditions: { attributeName: string; conditionOperator: number; value: string }[] } | null = null;
  readonly filtering = {
    getFilter: () => this.filter,
    setFilter: (expression: NonNullable<MockDataset["filter"]>) => {
      this.calls.push(`setFilter(${expression.conditions.map((c) => `${c.attributeName} like ${c.value}`).join(" or ")})`);
      this.filter = expression;
    },
    clearFilter: () => {
      this.calls.push("clearFilter");
      this.filter = null;
    },
  };
  /** The rows the query gives after the last refresh: filtered and sorted as the server would. */
  private queried: Row[];
  /** getValue and getFormattedValue calls on the records, over all records. */
  valueReads = 0;
  private readonly recordObjects = new WeakMap<Row, DatasetRecord>();
  getTargetEntityType(): string {
    return this.dataverse ? "contoso_order" : "";
  }
  onChange: () => void = () => undefined;
  /** Model-driven: the records the command bar acts on; setting them makes the host call updateView. */
  selectedRecordIds: string[] = [];
  /** The records opened with openDatasetItem, by id. */
  readonly opened: string[] = [];
  /** Whether records are Dataverse rows (model-driven: getNamedReference names their table). @default true */
  dataverse = true;
  private failing: string | undefined;
  private page = 1;
  private size: number;
  private rows: Row[];

  constructor(private readonly options: MockDatasetOptions) {
    this.columns = options.columns ?? ORDER_COLUMNS;
    this.size = options.pageSize ?? 25;
    this.rows = options.rows;
    this.queried = this.rows;
    this.show(this.rows.slice(0, this.size));
  }

  /** Canvas: a count that moves in steps of 500 until the last records are in. */
  get totalResultCount(): number {
    const loaded = this.page * this.size;
    const all = this.queried.length;
    return loaded >= all ? all : Math.min(all, Math.ceil(loaded / 500) * 500);
  }

  get paging() {
    return {
      hasNextPage: this.page * this.size < this.queried.length,
      pageSize: this.size,
      totalResultCount: this.totalResultCount,
      lastPageNumber: this.page,
      setPageSize: (size: number) => {
        this.calls.push(`setPageSize(${size})`);
        if (!this.options.ignoresPageSize) this.size = size;
      },
      loadNextPage: () => {
        this.calls.push("loadNextPage");
        this.settleLater(() => {
          this.error = this.failing !== undefined;
          this.errorMessage = this.failing ?? "";
          this.failing = undefined;
          if (this.error) return;
          this.page++;
          this.showPage();
        });
      },
    };
  }

  /** The next loadNextPage fails with `message`: the records stay as they are, the host reports the error until a load succeeds. */
  failNextLoad(message: string): void {
    this.failing = message;
  }

  getSelectedRecordIds(): string[] {
    return this.selectedRecordIds;
  }

  setSelectedRecordIds(ids: string[]): void {
    this.calls.push(`setSelectedRecordIds(${ids.length})`);
    this.selectedRecordIds = [...ids];
    this.onChange();
  }

  openDatasetItem(reference: ComponentFramework.EntityReference): void {
    this.opened.push(reference.id.guid);
  }

  refresh(): void {
    this.calls.push("refresh");
    this.settleLater(() => {
      this.page = 1;
      this.queried = this.query(this.rows);
      this.show(this.queried.slice(0, this.size));
    });
  }

  /** The app (canvas) changes its collection: the rows shown become `rows`. */
  replaceRows(rows: Row[]): void {
    this.show(rows);
    this.onChange();
  }

  /**
   * The app's collection changes (Collect, ClearCollect, Clear, a re-sort): the data-set shows
   * the same page of the new collection, as canvas does.
   */
  setCollection(rows: Row[]): void {
    this.rows = rows;
    this.queried = rows;
    this.showPage();
    this.onChange();
  }

  private showPage() {
    const next = this.queried.slice((this.page - 1) * this.size, this.page * this.size);
    this.show(this.options.paging === "replace" ? next : this.queried.slice(0, this.page * this.size));
  }

  /** `like '%text%'` on any condition's column, then the sort: what the server does with them. */
  private query(rows: Row[]): Row[] {
    const filter = this.filter;
    const matches = (row: Row) =>
      !filter?.conditions.length ||
      filter.conditions.some((c) => String(row[c.attributeName] ?? "").toLowerCase().includes(c.value.replace(/^%|%$/g, "").replace(/\[(.)\]/g, "$1").toLowerCase()));
    const sort = this.sorting[0];
    const kept = rows.filter(matches);
    if (!sort || sort.sortDirection === -1) return kept;
    const sign = sort.sortDirection === 1 ? -1 : 1;
    const value = (row: Row) => row[sort.name] ?? "";
    return kept.sort((a, b) => sign * (value(a) < value(b) ? -1 : value(a) > value(b) ? 1 : 0));
  }

  private settleLater(change: () => void) {
    this.loading = true;
    this.onChange();
    setTimeout(() => {
      change();
      this.loading = false;
      this.onChange();
    }, 5);
  }

  private show(rows: Row[]) {
    this.sortedRecordIds = rows.map((row, i) => `rec-${String(row.orderid ?? i)}`);
    this.records = Object.fromEntries(rows.map((row, i) => [this.sortedRecordIds[i] ?? "", this.recordOf(row, this.sortedRecordIds[i] ?? "")]));
  }

  /** A host keeps a record's object while the record stays: the same row gives the same object. */
  private recordOf(row: Row, id: string): DatasetRecord {
    const known = this.recordObjects.get(row);
    if (known?.getRecordId() === id) return known;
    const record: DatasetRecord = {
      getRecordId: () => id,
      getNamedReference: () => ({ id: { guid: id }, etn: this.dataverse ? "contoso_order" : undefined, name: String(row.orderid ?? "") }),
      getValue: (column: string) => {
        this.valueReads++;
        return row[column] ?? null;
      },
      getFormattedValue: (column: string) => {
        this.valueReads++;
        const value = row[column];
        if (value === null || value === undefined) return "";
        if (column === "amount" && typeof value === "number") return `$${value.toFixed(2)}`;
        return value instanceof Date ? value.toISOString() : String(value);
      },
    };
    this.recordObjects.set(row, record);
    return record;
  }
}
