import { asText, readTotal } from "../orders/coerce";
import { ORDER_FIELDS, type Order, type OrderField } from "../orders/Order";

/** The parts of a PCF data-set record this reads. */
export interface DatasetRecord {
  getRecordId(): string;
  getValue(column: string): unknown;
  getFormattedValue(column: string): string | null | undefined;
}

export interface DatasetColumn {
  readonly name: string;
  readonly displayName: string;
  readonly alias: string;
  readonly dataType: string;
}

/** The parts of `ComponentFramework.PropertyTypes.DataSet` this reads. */
export interface DatasetLike {
  readonly loading: boolean;
  readonly error: boolean;
  readonly errorMessage: string;
  readonly columns: readonly DatasetColumn[];
  readonly sortedRecordIds: readonly string[];
  readonly records: Readonly<Record<string, DatasetRecord>>;
  readonly paging: { readonly hasNextPage: boolean; readonly pageSize: number; readonly lastPageNumber?: number | undefined };
}

/** The data-set as plain values, after one updateView. */
export interface DatasetSnapshot {
  readonly loading: boolean;
  readonly errorMessage: string | undefined;
  readonly orders: readonly Order[];
  readonly hasNextPage: boolean;
  readonly pageSize: number;
  /** The last page the records reach; it grows with each page the host loads, not when the data is replaced. */
  readonly lastPageNumber: number | undefined;
}

/** The manifest's property-set names, then the column names a maker's data commonly uses. */
const FIELD_NAMES: Readonly<Record<OrderField, readonly string[]>> = {
  id: ["orderId", "id", "orderid", "ordernumber", "order"],
  total: ["total", "amount", "totalamount"],
  date: ["orderDate", "date", "orderdate", "createdon"],
  customer: ["customer", "customername", "account"],
  status: ["status", "statuscode", "state"],
  currency: ["currency", "currencycode"],
};

export type ColumnMap = Partial<Record<OrderField, DatasetColumn>>;

/** Maps fields to columns: a bound property-set (its alias) first, then a column of a familiar name. */
export function mapColumns(columns: readonly DatasetColumn[]): ColumnMap {
  const map: ColumnMap = {};
  for (const field of ORDER_FIELDS) {
    const names = FIELD_NAMES[field];
    // Every name but the property-set's is lower case, and each list has the property-set's in lower case too.
    map[field] =
      columns.find((c) => c.alias === names[0]) ??
      columns.find((c) => names.includes(c.name.toLowerCase()) || names.includes(c.displayName.toLowerCase()));
  }
  return map;
}

function asIsoDate(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString();
  return asText(value);
}

/** One record as an Order; the host's formatted text is kept where the host formats better than we can. */
export function recordToOrder(record: DatasetRecord, columns: ColumnMap): Order {
  const raw = (column: DatasetColumn | undefined) => (column ? record.getValue(column.name) : undefined);
  const formatted = (column: DatasetColumn | undefined) => (column ? asText(record.getFormattedValue(column.name)) : undefined);
  const shown = (column: DatasetColumn | undefined) => formatted(column) ?? asText(raw(column));
  const { id, total, date, customer, status, currency } = columns;
  // Some hosts hand totals over as text (a canvas collection of strings, a text column).
  const amount = readTotal(raw(total));
  return {
    id: shown(id) ?? record.getRecordId(),
    total: amount.total,
    currency: asText(raw(currency)),
    date: asIsoDate(raw(date)),
    customer: shown(customer),
    status: shown(status),
    display: {
      total: (total?.dataType.startsWith("Currency") ? formatted(total) : undefined) ?? amount.text,
      date: date?.dataType.startsWith("DateAndTime") ? formatted(date) : undefined,
    },
  };
}

export function readDataset(dataset: DatasetLike): DatasetSnapshot {
  const columns = mapColumns(dataset.columns);
  const orders: Order[] = [];
  for (const id of dataset.sortedRecordIds) {
    const record = dataset.records[id];
    if (record) orders.push(recordToOrder(record, columns));
  }
  return {
    loading: dataset.loading,
    errorMessage: dataset.error ? dataset.errorMessage || "The data-set could not be loaded" : undefined,
    orders,
    hasNextPage: dataset.paging.hasNextPage,
    pageSize: dataset.paging.pageSize,
    lastPageNumber: dataset.paging.lastPageNumber,
  };
}
