/**
 * The `orders` data-set of a model-driven host that has paged to the end of a view of
 * `count` orders: every record is in, `paging.pageSize` is the control's page size, no next
 * page. Each updateView gets a fresh `sortedRecordIds` array and `records` map, as a host that
 * rebuilds them would hand over, with the same record objects, as a host keeps them: the
 * control cannot tell "nothing new" from the identity of the arrays alone.
 */
import { orderAt } from "../../orders-api/orderData";

interface BenchRecord {
  getRecordId(): string;
  getValue(column: string): unknown;
  getFormattedValue(column: string): string;
}

const COLUMNS = [
  { name: "contoso_ordernumber", displayName: "Order", alias: "orderId", dataType: "SingleLine.Text", order: 0 },
  { name: "createdon", displayName: "Created On", alias: "orderDate", dataType: "DateAndTime.DateAndTime", order: 1 },
  { name: "contoso_customer", displayName: "Customer", alias: "customer", dataType: "SingleLine.Text", order: 2 },
  { name: "statuscode", displayName: "Status", alias: "status", dataType: "OptionSet", order: 3 },
  { name: "contoso_totalamount", displayName: "Total", alias: "total", dataType: "Currency", order: 4 },
];

const dateText = new Intl.DateTimeFormat("en-US", { dateStyle: "short", timeStyle: "short", timeZone: "UTC" });

/** One Dataverse row as a host holds it: raw values and the formatted text it shows. */
function benchRecord(index: number): BenchRecord {
  const order = orderAt(index, 1);
  const id = `00000000-0000-0000-0000-${String(index + 1).padStart(12, "0")}`;
  const values: Readonly<Record<string, unknown>> = {
    contoso_ordernumber: order.id,
    createdon: new Date(order.date),
    contoso_customer: order.customer,
    statuscode: order.status,
    contoso_totalamount: order.total,
  };
  const formatted: Readonly<Record<string, string>> = {
    contoso_ordernumber: order.id,
    createdon: dateText.format(new Date(order.date)),
    contoso_customer: order.customer,
    statuscode: order.status,
    contoso_totalamount: `$${order.total.toFixed(2)}`,
  };
  return {
    getRecordId: () => id,
    getValue: (column) => values[column] ?? null,
    getFormattedValue: (column) => formatted[column] ?? "",
  };
}

export interface BenchDataset {
  /** The data-set as the host holds it now (what mount hands over). */
  current(): unknown;
  /** The data-set as the next updateView hands it over; the host then holds this one. */
  next(): unknown;
}

export function createBenchDataset(count: number, pageSize: number): BenchDataset {
  const records = Array.from({ length: count }, (_, i) => benchRecord(i));
  const ids = records.map((record) => record.getRecordId());
  const noop = () => undefined;
  const view = () => ({
    loading: false,
    error: false,
    errorMessage: "",
    columns: COLUMNS,
    sortedRecordIds: ids.slice(),
    records: Object.fromEntries(records.map((record): [string, BenchRecord] => [record.getRecordId(), record])),
    sorting: [] as unknown[],
    filtering: { getFilter: () => null },
    totalResultCount: count,
    paging: { hasNextPage: false, hasPreviousPage: true, pageSize, totalResultCount: count, lastPageNumber: Math.ceil(count / pageSize), setPageSize: noop, loadNextPage: noop, loadExactPage: noop },
    refresh: noop,
    getSelectedRecordIds: () => [],
    setSelectedRecordIds: noop,
  });
  let held = view();
  return {
    current: () => held,
    next: () => (held = view()),
  };
}
