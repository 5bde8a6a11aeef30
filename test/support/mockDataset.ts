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
  /** getValue and getFormattedValue calls on the records, over all records. */
  valueReads = 0;
  private readonly recordObjects = new WeakMap<Row, DatasetRecord>();
  onChange: () => void = () => undefined;
  /** Model-driven: the records the command bar acts on; setting them makes the host call updateView. */
  selectedRecordIds: string[] = [];
  /** The records opened with openDatasetItem, by id. */
  readonly opened: string[] = [];
  /** Whether records are Dataverse rows (model-driven: getNamedReference names their table). @default true */
  dataverse = true;
  private page = 1;
  private size: number;
  private rows: Row[];

  constructor(private readonly options: MockDatasetOptions) {
    this.columns = options.columns ?? ORDER_COLUMNS;
    this.size = options.pageSize ?? 25;
    this.rows = options.rows;
    this.show(this.rows.slice(0, this.size));
  }

  /** Canvas: a count that moves in steps of 500 until the last records are in. */
  get totalResultCount(): number {
    const loaded = this.page * this.size;
    return loaded >= this.rows.length ? this.rows.length : Math.min(this.rows.length, Math.ceil(loaded / 500) * 500);
  }

  get paging() {
    return {
      hasNextPage: this.page * this.size < this.rows.length,
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
          this.page++;
          this.showPage();
        });
      },
    };
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
      this.show(this.rows.slice(0, this.size));
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
    this.showPage();
    this.onChange();
  }

  private showPage() {
    const next = this.rows.slice((this.page - 1) * this.size, this.page * this.size);
    this.show(this.options.paging === "replace" ? next : this.rows.slice(0, this.page * this.size));
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
