import { asText, readTotal } from "../orders/coerce";
import { parseColumnSpec, sourceFields, type ColumnSpec } from "../orders/columnSpec";
import { ORDER_FIELDS, type Order, type OrderField } from "../orders/Order";

/** The parts of a PCF data-set record this reads. */
export interface DatasetRecord {
  getRecordId(): string;
  getValue(column: string): unknown;
  getFormattedValue(column: string): string | null | undefined;
  /** The record's table and id, where it is a Dataverse row (model-driven apps). */
  getNamedReference?(): ComponentFramework.EntityReference;
}

export interface DatasetColumn {
  readonly name: string;
  readonly displayName: string;
  readonly alias: string;
  readonly dataType: string;
  /** Its place in the view (model-driven); negative when the view does not show it. */
  readonly order?: number | undefined;
  /** Its width in the view (px, model-driven). */
  readonly visualSizeFactor?: number | undefined;
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
  /** The records the host marks as selected (model-driven: the command bar's selection). */
  getSelectedRecordIds?(): string[];
  /** The Dataverse table the records are rows of; blank over a canvas collection. */
  getTargetEntityType?(): string;
}

/** The data-set as plain values, after one updateView. */
export interface DatasetSnapshot {
  readonly loading: boolean;
  /** The host says the data-set could not be loaded: its message ("" when it gave none); undefined when it loaded. */
  readonly errorMessage: string | undefined;
  /** The records as orders, in the data-set's order. Records unchanged since the last read keep their Order object. */
  readonly orders: readonly Order[];
  /** Changes whenever `orders` does; an equal revision means the very same orders. */
  readonly revision: number;
  /** The order's fields and the data-set columns they are read from. */
  readonly columns: ColumnMap;
  readonly hasNextPage: boolean;
  readonly pageSize: number;
  /** The last page the records reach; it grows with each page the host loads, not when the data is replaced. */
  readonly lastPageNumber: number | undefined;
  /** The orders the host marks as selected, by order id; the same array while that does not change. */
  readonly selectedOrderIds: readonly string[];
  /** The record id of each of `selectedOrderIds`, by order id (also of those not among the records now). */
  readonly selectedRecordIds: ReadonlyMap<string, string>;
  /** The view's columns of the order's fields, in its order, with its headings and widths; undefined when the host gives no order. The same array while the columns do not change. */
  readonly viewColumns: readonly ColumnSpec[] | undefined;
  /** The data-set columns `columns` names (`customer=accountname`) that the data-set does not have; [] while it has no columns yet. */
  readonly unknownColumns: readonly string[];
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

/**
 * Maps fields to columns: the column the app maker named for it (`columns`, by name or alias),
 * else a bound property-set (its alias), then a column of a familiar name.
 */
export function mapColumns(columns: readonly DatasetColumn[], named: Readonly<Partial<Record<OrderField, string>>> = {}): ColumnMap {
  const map: ColumnMap = {};
  for (const field of ORDER_FIELDS) {
    const names = FIELD_NAMES[field];
    const chosen = named[field];
    // Every name but the property-set's is lower case, and each list has the property-set's in lower case too.
    map[field] =
      (chosen === undefined ? undefined : columns.find((c) => c.name === chosen || c.alias === chosen)) ??
      columns.find((c) => c.alias === names[0]) ??
      columns.find((c) => names.includes(c.name.toLowerCase()) || names.includes(c.displayName.toLowerCase()));
  }
  return map;
}

/**
 * The columns a model-driven view shows for the order's fields: in the view's order, with the
 * view's headings and widths. Undefined when the host gives no order, so the grid's usual
 * columns stand.
 */
export function viewColumns(columns: ColumnMap): ColumnSpec[] | undefined {
  const shown = ORDER_FIELDS.flatMap((field) => {
    const column = columns[field];
    return column?.order !== undefined && column.order >= 0 ? [{ field, column, order: column.order }] : [];
  }).sort((a, b) => a.order - b.order);
  if (shown.length === 0) return undefined;
  return shown.map(({ field, column }) => ({
    field,
    label: column.displayName || undefined,
    width: column.visualSizeFactor !== undefined && column.visualSizeFactor > 1 ? column.visualSizeFactor : undefined,
  }));
}

/**
 * What `columns` asks of the data-set: the column named for a field (`date=createdon`), and
 * the fields it lists; nothing when it lists none or cannot be read.
 */
export function datasetColumnNames(columns: string | undefined): DatasetColumnNames {
  const spec = columns === undefined ? undefined : parseColumnSpec(columns);
  return spec?.ok ? { named: sourceFields(spec.columns), listed: spec.columns.map((column) => column.field) } : NO_COLUMN_NAMES;
}

export interface DatasetColumnNames {
  readonly named: Readonly<Partial<Record<OrderField, string>>>;
  readonly listed: readonly OrderField[];
}

const NO_COLUMN_NAMES: DatasetColumnNames = { named: {}, listed: [] };

function asIsoDate(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString();
  return asText(value);
}

/**
 * One record as an Order, read from the record when a field is read: a cell that is drawn,
 * a sort, a copy. Only the id is read up front (rows are keyed by it). A data-set of 100,000
 * records then costs one small object each instead of a copy of every value, and the mount
 * reads 100,000 ids, not 600,000 values. The host's formatted text is kept where the host
 * formats better than we can.
 */
class DatasetOrder implements Order {
  readonly id: string;

  constructor(
    private readonly record: DatasetRecord,
    private readonly columns: ColumnMap,
  ) {
    this.id = this.shown(columns.id) ?? record.getRecordId();
  }

  /** The record an order was read from: what the host selects and opens. */
  static recordOf(order: Order): DatasetRecord | undefined {
    return order instanceof DatasetOrder ? order.record : undefined;
  }

  get total(): number | undefined {
    return this.amount().total;
  }

  get currency(): string | undefined {
    return asText(this.raw(this.columns.currency));
  }

  get date(): string | undefined {
    return asIsoDate(this.raw(this.columns.date));
  }

  get customer(): string | undefined {
    return this.shown(this.columns.customer);
  }

  get status(): string | undefined {
    return this.shown(this.columns.status);
  }

  get display(): Order["display"] {
    const { total, date } = this.columns;
    return {
      total: (total?.dataType.startsWith("Currency") ? this.formatted(total) : undefined) ?? this.amount().text,
      date: date?.dataType.startsWith("DateAndTime") ? this.formatted(date) : undefined,
    };
  }

  private raw(column: DatasetColumn | undefined): unknown {
    return column ? this.record.getValue(column.name) : undefined;
  }

  private formatted(column: DatasetColumn | undefined): string | undefined {
    return column ? asText(this.record.getFormattedValue(column.name)) : undefined;
  }

  private shown(column: DatasetColumn | undefined): string | undefined {
    return this.formatted(column) ?? asText(this.raw(column));
  }

  /** Some hosts hand totals over as text (a canvas collection of strings, a text column). */
  private amount(): ReturnType<typeof readTotal> {
    return readTotal(this.raw(this.columns.total));
  }
}

/** One record as an Order (see DatasetOrder). */
export function recordToOrder(record: DatasetRecord, columns: ColumnMap): Order {
  return new DatasetOrder(record, columns);
}

/** The data-set record an order of the Dataset source was read from; undefined for other orders. */
export const datasetRecordOf = (order: Order): DatasetRecord | undefined => DatasetOrder.recordOf(order);

/** What a column map depends on: the columns' names, bindings and types. */
const columnsKey = (columns: readonly DatasetColumn[]) => columns.map((c) => `${c.name}\u0000${c.alias}\u0000${c.dataType}`).join("\u0001");

/**
 * Reads the data-set of each updateView, converting only the records it has not seen. Hosts
 * call updateView for any change (a resize, an output the app read), and a data-set may hold
 * 100,000 records: reading them all each time would cost more than a frame. A record is known
 * by its position, id and object; a host that appends a page keeps the ones before it.
 */
export function createDatasetReader(): (dataset: DatasetLike, asked?: DatasetColumnNames) => DatasetSnapshot {
  let key: string | undefined;
  let columns: ColumnMap = {};
  let shownColumns: readonly ColumnSpec[] | undefined;
  let unknownColumns: readonly string[] = [];
  /** Per order: the id and record it was read from. */
  let ids: string[] = [];
  let records: DatasetRecord[] = [];
  let orders: Order[] = [];
  let revision = 0;
  let selectedKey = "";
  let selectedOrderIds: readonly string[] = [];
  let selectedRecordIds = new Map<string, string>();

  /** The host's selection as order ids, converted again only when the host selects other records. */
  function readSelection(dataset: DatasetLike): void {
    const recordIds = dataset.getSelectedRecordIds?.() ?? [];
    const nextKey = recordIds.join("\n");
    if (nextKey === selectedKey) return;
    selectedKey = nextKey;
    const orderOf = new Map([...selectedRecordIds].map(([orderId, recordId]) => [recordId, orderId]));
    const next = new Map<string, string>();
    selectedOrderIds = recordIds.flatMap((id) => {
      const record = dataset.records[id];
      // A record selected before a sort or a search reloaded the data-set may be off its records now, and still selected.
      const orderId = record ? recordToOrder(record, columns).id : orderOf.get(id);
      if (orderId === undefined) return [];
      next.set(orderId, id);
      return [orderId];
    });
    selectedRecordIds = next;
  }

  /** The order read last time at position `i`, when it was read from this id and record object. */
  const known = (i: number, id: string, record: DatasetRecord) => (ids[i] === id && records[i] === record ? orders[i] : undefined);
  const copyOf = (count: number) => ({ ids: ids.slice(0, count), records: records.slice(0, count), orders: orders.slice(0, count) });

  function readRecords(dataset: DatasetLike): void {
    const { sortedRecordIds, records: byId } = dataset;
    // Walk without allocating while the records are the ones read last time (the common case:
    // an updateView for a resize or an output); copy only from the first that is not.
    let kept = 0;
    let next: ReturnType<typeof copyOf> | undefined;
    for (const id of sortedRecordIds) {
      const record = byId[id];
      if (!record) continue;
      if (!next && known(kept, id, record)) {
        kept++;
        continue;
      }
      next ??= copyOf(kept);
      const i = next.orders.length;
      next.ids.push(id);
      next.records.push(record);
      next.orders.push(known(i, id, record) ?? recordToOrder(record, columns));
    }
    if (!next && kept === orders.length) return;
    ({ ids, records, orders } = next ?? copyOf(kept));
    revision++;
  }

  return (dataset, { named, listed } = NO_COLUMN_NAMES) => {
    const nextKey = `${columnsKey(dataset.columns)}\u0002${JSON.stringify(named)}\u0002${listed.join()}`;
    if (nextKey !== key) {
      key = nextKey;
      columns = mapColumns(dataset.columns, named);
      // A Dataverse view's columns (a canvas collection's are its fields, named as in code).
      shownColumns = dataset.getTargetEntityType?.() ? viewColumns(columns) : undefined;
      // A name the data-set lacks would quietly show another column (or none), and a field listed
      // with no column of its own a blank one: the maker is told. (An order without an id
      // column is known by its record id.)
      const names = dataset.columns.flatMap((column) => [column.name, column.alias]);
      const unmapped = listed.filter((field) => field !== "id" && named[field] === undefined && !columns[field]);
      unknownColumns = names.length === 0 ? [] : [...Object.values(named).filter((name) => !names.includes(name)), ...unmapped];
      ids = [];
      records = [];
    }
    readRecords(dataset);
    readSelection(dataset);
    return {
      loading: dataset.loading,
      errorMessage: dataset.error ? dataset.errorMessage : undefined,
      orders,
      revision,
      columns,
      hasNextPage: dataset.paging.hasNextPage,
      pageSize: dataset.paging.pageSize,
      lastPageNumber: dataset.paging.lastPageNumber,
      selectedOrderIds,
      selectedRecordIds,
      viewColumns: shownColumns,
      unknownColumns,
    };
  };
}
