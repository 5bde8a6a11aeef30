import { asFiniteNumber, asText, isRecord, readTotal } from "../orders/coerce";
import type { Order } from "../orders/Order";
import { OrdersError } from "../orders/OrdersError";
import { kindForStatus } from "../orders/parseErrorResponse";
import type { OrderSort } from "../orders/OrderSort";
import type { OrdersSource } from "../orders/OrdersSource";
import { likeLiteral } from "./datasetQuery";
import type { WebApiColumns } from "./webApiColumns";

/** `context.webAPI.retrieveMultipleRecords`, as far as this source uses it. */
export interface RetrieveMultiple {
  retrieveMultipleRecords(
    entityLogicalName: string,
    options?: string,
    maxPageSize?: number,
  ): Promise<{ entities: readonly Record<string, unknown>[]; nextLink?: string | undefined }>;
}

/** `context.navigation.openForm`, as far as this source uses it. */
export interface OpenForm {
  openForm(options: { entityName: string; entityId: string }): Promise<unknown>;
}

export interface WebApiOrdersSourceOptions {
  /** Reads the latest context's `webAPI` (the object may change between updateViews). */
  readonly webAPI: () => RetrieveMultiple;
  readonly table: string;
  readonly columns: WebApiColumns;
  readonly pageSize: number;
  /** The order the first page is asked for in (`$orderby`); the nextLink Dataverse returns keeps it. */
  readonly sort?: OrderSort | undefined;
  /** Only rows whose text columns contain it (`$filter` with contains); blank or undefined: every row. */
  readonly search?: string | undefined;
  /** Reads the latest context's `navigation`: Enter and double-click open an order's form. */
  readonly navigation?: (() => OpenForm) | undefined;
}

/**
 * Columns `contains` can read: the id, customer and status columns, except lookups
 * (`_name_value`, a GUID) and the choice columns state and status reason (numbers); Dataverse
 * refuses contains on those.
 */
export function searchableColumns(columns: WebApiColumns): string[] {
  const candidates = [columns.id, columns.customer, columns.status].filter((column): column is string => column !== undefined);
  return [...new Set(candidates)].filter((column) => !/^_.+_value$/.test(column) && column !== "statecode" && column !== "statuscode");
}

/**
 * `$filter` for a search: `contains(column,'text')` over the searchable columns, quotes doubled as
 * OData writes them, and Dataverse's wildcards escaped (it runs contains as a SQL LIKE).
 */
export function searchFilter(columns: WebApiColumns, text: string): string {
  const literal = `'${likeLiteral(text).replace(/'/g, "''")}'`;
  return searchableColumns(columns)
    .map((column) => `contains(${column},${literal})`)
    .join(" or ");
}

const FORMATTED = "@OData.Community.Display.V1.FormattedValue";

/** One Dataverse row as an Order; formatted values (choices, lookups, currency) as Dataverse sends them. */
export function entityToOrder(entity: Readonly<Record<string, unknown>>, columns: WebApiColumns): Order {
  const raw = (column: string | undefined) => (column ? entity[column] : undefined);
  const formatted = (column: string | undefined) => (column ? asText(entity[`${column}${FORMATTED}`]) : undefined);
  const shown = (column: string | undefined) => formatted(column) ?? asText(raw(column));
  // Decimal and money columns arrive as strings when the request asks for IEEE754Compatible numbers.
  const amount = readTotal(raw(columns.total));
  return {
    id: asText(raw(columns.id)) ?? "",
    total: amount.total,
    currency: asText(raw(columns.currency)),
    date: asText(raw(columns.date)),
    customer: shown(columns.customer),
    status: shown(columns.status),
    display: { total: formatted(columns.total) ?? amount.text },
  };
}

/**
 * Dataverse's service protection limits (requests, execution time, concurrent requests): the
 * Web API answers them with 429, but the client API's error documents only errorCode and message.
 */
const SERVICE_PROTECTION_CODES: ReadonlySet<number> = new Set([0x80072322, 0x80072321, 0x80072326]);

/**
 * Turns a Web API rejection into an OrdersError. Dataverse errors carry `errorCode` (a number,
 * shown as 0x…), `message`, sometimes `code` and an HTTP `status`. A rejection with none of
 * these did not come from Dataverse but from the browser or the engine ("Failed to fetch", a
 * TypeError): its message is no words for users, so it gets a client code the view explains.
 */
export function webApiError(error: unknown): OrdersError {
  const fields = isRecord(error) ? error : {};
  const status = asFiniteNumber(fields.status) ?? asFiniteNumber(fields.statusCode);
  const errorCode = typeof fields.errorCode === "number" ? `0x${(fields.errorCode >>> 0).toString(16)}` : undefined;
  const code = asText(fields.code) ?? errorCode;
  const requestId = asText(fields.requestId) ?? asText(fields.activityId);
  const serviceMessage = asText(fields.message);
  const limited = typeof fields.errorCode === "number" && SERVICE_PROTECTION_CODES.has(fields.errorCode >>> 0);
  if (status === undefined && code === undefined) {
    const message = serviceMessage ?? String(error);
    const network = /network|offline|failed to fetch/i.test(message);
    return new OrdersError({ kind: network ? "network" : "unexpected", code: network ? "NetworkError" : "UnexpectedError", message, requestId });
  }
  return new OrdersError({
    kind: status !== undefined ? kindForStatus(status, undefined) : limited ? "throttled" : "badRequest",
    status,
    code,
    message: serviceMessage ?? `Dataverse error ${code ?? status}`,
    serviceMessage,
    requestId,
  });
}

/** Orders from a Dataverse table through `context.webAPI` (model-driven apps), following its nextLink. */
export function createWebApiOrdersSource(options: WebApiOrdersSourceOptions): OrdersSource {
  const { webAPI, table, columns, pageSize, sort } = options;
  const search = options.search ?? "";
  const searchable = searchableColumns(columns).length > 0;
  const select = [...new Set(Object.values(columns))].join(",");
  const filter = search && searchable ? `&$filter=${encodeURIComponent(searchFilter(columns, search))}` : "";
  const orderBy = sort && `${columns[sort.column] ?? ""} ${sort.direction === "ascending" ? "asc" : "desc"}`;
  const firstOptions = `?$select=${select}${filter}${orderBy ? `&$orderby=${orderBy}` : ""}`;
  // Dataverse returns a table's primary key (`<table>id`, e.g. contoso_orderid; an activity
  // table's, a task or a custom activity, is activityid) whatever $select asks for; the form is
  // opened with it.
  const primaryKey = `${table}id`;
  const recordIds = new Map<string, string>();

  return {
    // Another order or search is another list: it starts over from the first page.
    key: `webapi|${table}|${select}|${pageSize}${filter}${orderBy ? `|${orderBy}` : ""}`,
    service: "Dataverse",
    sortedBy: sort,
    // A column the mapping leaves out has nothing to order by in Dataverse (its cells are blank).
    sortBy: (next) => (columns[next.column] ? createWebApiOrdersSource({ ...options, sort: next }) : undefined),
    // No column contains can read: the view searches the rows loaded instead.
    search: searchable ? search : undefined,
    async loadPage(continuation) {
      let query = firstOptions;
      if (continuation !== undefined) {
        // The next page is asked for with the query part of the nextLink Dataverse returned.
        try {
          query = new URL(continuation).search;
        } catch {
          throw new OrdersError({ kind: "unsafeLink", code: "NextLinkInvalid", message: `nextLink is not a URL: ${continuation}` });
        }
      }
      let result: Awaited<ReturnType<RetrieveMultiple["retrieveMultipleRecords"]>>;
      try {
        result = await webAPI().retrieveMultipleRecords(table, query, pageSize);
      } catch (error) {
        throw webApiError(error);
      }
      const items = result.entities.map((entity) => {
        const order = entityToOrder(entity, columns);
        const recordId = asText(entity[primaryKey] ?? entity.activityid);
        if (recordId) recordIds.set(order.id, recordId);
        return order;
      });
      if (items.some((order) => order.id === "")) {
        throw new OrdersError({ kind: "invalidResponse", code: "InvalidPage", message: `A ${table} row has no value in ${columns.id}` });
      }
      return { items, nextLink: result.nextLink ?? null };
    },
    openOrder(order) {
      const entityId = recordIds.get(order.id);
      const navigation = options.navigation?.();
      if (!entityId || !navigation) return false;
      // A form the user cannot open says so itself; nothing here to recover.
      navigation.openForm({ entityName: table, entityId }).catch(() => undefined);
      return true;
    },
  };
}
