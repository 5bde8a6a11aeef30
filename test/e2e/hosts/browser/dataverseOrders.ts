import { orderAt } from "../../../orders-api/orderData";
import type { DataverseError, DataverseFault, RetrieveMultipleCall } from "../hostGlobals";
import { hostCurrency, hostDateTime } from "./hostFormat";

/** The orders table: logical name, entity set, primary key, and the organization's Web API address. */
export const ORDERS_TABLE = "contoso_order";
const ENTITY_SET = "contoso_orders";
const PRIMARY_KEY = "contoso_orderid";
const WEB_API = "https://org.crm.dynamics.com/api/data/v9.2";

type ColumnType = "Uniqueidentifier" | "String" | "Lookup" | "Picklist" | "Money" | "DateTime";

/** The table's columns by logical name (a lookup by its `_name_value` property, as the Web API names it). */
const COLUMNS: Readonly<Record<string, ColumnType>> = {
  contoso_orderid: "Uniqueidentifier",
  contoso_ordernumber: "String",
  contoso_customername: "String",
  contoso_currencycode: "String",
  _contoso_customerid_value: "Lookup",
  statuscode: "Picklist",
  contoso_orderstatus: "Picklist",
  contoso_totalamount: "Money",
  createdon: "DateTime",
};

/** statuscode's options in the orders table: value and label. */
const STATUS_CODES: Readonly<Record<string, number>> = { Pending: 1, Confirmed: 2, Shipped: 100000000, Delivered: 100000001, Cancelled: 100000002 };

const FORMATTED = "@OData.Community.Display.V1.FormattedValue";
const LOOKUP_TABLE = "@Microsoft.Dynamics.CRM.lookuplogicalname";

/** One row: the Web API's raw values and the formatted text Dataverse sends beside them. */
interface TableRow {
  readonly values: Readonly<Record<string, string | number>>;
  readonly formatted: Readonly<Record<string, string>>;
}

function guid(prefix: string, index: number): string {
  return `${prefix}-0000-4000-8000-${String(index + 1).padStart(12, "0")}`;
}

function tableRow(index: number): TableRow {
  const order = orderAt(index, 1);
  const status = STATUS_CODES[order.status] ?? 1;
  return {
    values: {
      contoso_orderid: guid("00000000", index),
      contoso_ordernumber: order.id,
      contoso_customername: order.customer,
      contoso_currencycode: order.currency,
      _contoso_customerid_value: guid("10000000", index),
      statuscode: status,
      contoso_orderstatus: status,
      contoso_totalamount: order.total,
      createdon: order.date,
    },
    formatted: {
      _contoso_customerid_value: order.customer,
      statuscode: order.status,
      contoso_orderstatus: order.status,
      contoso_totalamount: hostCurrency(order.total, order.currency),
      createdon: hostDateTime(order.date),
    },
  };
}

/** How Dataverse refuses a query it cannot read (HTTP 400, 0x80060888); the errorCode as the client API passes it, a positive decimal. */
function badQuery(message: string): DataverseError {
  return { errorCode: 0x80060888, message, status: 400 };
}

const unknownProperty = (name: string) => badQuery(`Could not find a property named '${name}' on type 'Microsoft.Dynamics.CRM.${ORDERS_TABLE}'.`);

/** The faults a test injects, by name: a service protection limit (429), and a sign-in that expired (401). The codes and messages are Dataverse's; the 401's code is illustrative. */
export const DATAVERSE_FAULTS: Readonly<Record<DataverseFault, DataverseError>> = {
  throttled: {
    errorCode: 0x80072321,
    message: "Combined execution time of incoming requests exceeded limit of 1,200,000 milliseconds over time window of 300 seconds. Decrease number of concurrent requests or reduce the duration of requests and try again later.",
    status: 429,
    requestId: "7c0f7c3e-5d1b-4c1e-9a0b-3f2a429a0429",
  },
  // The same limit with only what the client API documents for its errors: errorCode and message.
  throttledCodeOnly: {
    errorCode: 0x80072322,
    message: "Number of requests exceeded the limit of 6000 over time window of 300 seconds.",
  },
  unauthorized: {
    errorCode: 0x8004a001,
    message: "The user is not authenticated: the session has expired. Sign in again.",
    status: 401,
    requestId: "1b7e2d44-0a3c-4f55-8e61-6d0c401a0401",
  },
};

/** `$filter` as far as the grid writes it: `contains(column,'text')` terms joined by `or`, quotes doubled. */
function parseFilter(filter: string): { column: string; text: string }[] | DataverseError {
  const terms: { column: string; text: string }[] = [];
  const term = /^\s*contains\(\s*(\w+)\s*,\s*'((?:[^']|'')*)'\s*\)\s*/;
  let rest = filter;
  for (;;) {
    const match = term.exec(rest);
    if (!match?.[1] || match[2] === undefined) return badQuery(`The query parameter $filter has an invalid value: ${filter}`);
    terms.push({ column: match[1], text: match[2].replace(/''/g, "'") });
    rest = rest.slice(match[0].length);
    if (rest === "") return terms;
    const or = /^or\s+/.exec(rest);
    if (!or) return badQuery(`The query parameter $filter has an invalid value: ${filter}`);
    rest = rest.slice(or[0].length);
  }
}

/**
 * What `contains(column,'text')` matches: Dataverse runs it as a SQL LIKE, so `%` is any text,
 * `_` any one letter and `[…]` a set (`[%]` the letter itself), case-insensitively.
 */
function likePattern(text: string): RegExp {
  const source = text.replace(/\[([^\]]*)\]|%|_|[.*+?^${}()|\\/]/g, (match, set: string | undefined) => {
    if (set !== undefined) return `[${set.replace(/\\/g, "\\\\")}]`;
    if (match === "%") return ".*";
    if (match === "_") return ".";
    return `\\${match}`;
  });
  return new RegExp(source, "i");
}

/** The paging cookie Dataverse puts in `$skiptoken`: the page number and the last row's primary key. */
function skipToken(page: number, lastId: string): string {
  const inner = encodeURIComponent(encodeURIComponent(`<cookie page="${page}"><${PRIMARY_KEY} last="{${lastId.toUpperCase()}}" /></cookie>`));
  return `<cookie pagenumber="${page + 1}" pagingcookie="${inner}" istracking="False" />`;
}

function readSkipToken(token: string): { page: number; lastId: string } | undefined {
  const page = /pagenumber="(\d+)"/.exec(token)?.[1];
  const cookie = /pagingcookie="([^"]*)"/.exec(token)?.[1];
  const lastId = cookie === undefined ? undefined : /last="\{([^}]+)\}"/.exec(decodeURIComponent(decodeURIComponent(cookie)))?.[1];
  return page && lastId ? { page: Number(page) - 1, lastId: lastId.toLowerCase() } : undefined;
}

const collator = new Intl.Collator("en", { sensitivity: "base" });

/**
 * The orders table behind `context.webAPI.retrieveMultipleRecords`, answering as Dataverse does:
 * the OData options the grid sends (`$select`, `$orderby`, `$filter` with contains), pages of
 * maxPageSize rows (5,000 when none is asked for) and an absolute nextLink carrying a
 * `$skiptoken` paging cookie; formatted values beside choice, lookup, money and date columns.
 * A query it cannot read (an unknown column, contains on a column that is no text) is refused
 * like Dataverse refuses it, and a test can make the next calls fail with a Dataverse error.
 */
export class DataverseOrders {
  readonly calls: RetrieveMultipleCall[] = [];
  private readonly rows: readonly TableRow[];
  private fault: DataverseError | undefined;
  private faults = 0;

  constructor(
    count: number,
    private readonly latencyMs: number,
  ) {
    this.rows = Array.from({ length: count }, (_, index) => tableRow(index));
  }

  /** The next `times` calls reject with this Dataverse error (0 ends a fault still pending). */
  failNextLoad(error: DataverseError, times = 1): void {
    this.fault = error;
    this.faults = times;
  }

  /** The order numbers Dataverse holds, in the order `$orderby` and `$filter` give them (for the spec to compare with). */
  orderNumbers(options = ""): string[] {
    const result = this.query(new URLSearchParams(options.replace(/^\?/, "")));
    if ("errorCode" in result) throw new Error(result.message);
    return result.map((row) => String(row.values.contoso_ordernumber));
  }

  recordId(orderNumber: string): string | undefined {
    const row = this.rows.find((candidate) => candidate.values.contoso_ordernumber === orderNumber);
    return row === undefined ? undefined : String(row.values[PRIMARY_KEY]);
  }

  readonly retrieveMultipleRecords = async (entity: string, options = "", maxPageSize?: number): Promise<{ entities: Record<string, unknown>[]; nextLink?: string }> => {
    const call: RetrieveMultipleCall = { entity, options, maxPageSize: maxPageSize ?? null, nextLink: null, error: null };
    this.calls.push(call);
    await new Promise((resolve) => setTimeout(resolve, this.latencyMs));
    const answer = this.answer(entity, options, maxPageSize);
    if ("errorCode" in answer) {
      call.error = answer.errorCode;
      // eslint-disable-next-line @typescript-eslint/only-throw-error -- the client API rejects with a plain object (errorCode, message), not an Error
      throw { ...answer };
    }
    call.nextLink = answer.nextLink ?? null;
    return answer;
  };

  private answer(entity: string, options: string, maxPageSize: number | undefined): DataverseError | { entities: Record<string, unknown>[]; nextLink?: string } {
    if (this.faults > 0 && this.fault) {
      this.faults--;
      return this.fault;
    }
    if (entity !== ORDERS_TABLE) return { errorCode: 0x80040217, message: `The entity with a name = '${entity}' with namemapping = 'Logical' was not found in the MetadataCache.`, status: 404 };
    if (options !== "" && !options.startsWith("?")) return badQuery(`The query options must start with '?': ${options}`);
    if (maxPageSize !== undefined && (!Number.isInteger(maxPageSize) || maxPageSize <= 0)) return badQuery(`maxPageSize must be a positive number: ${maxPageSize}`);
    const parameters = new URLSearchParams(options.slice(1));
    const unsupported = [...parameters.keys()].find((key) => !["$select", "$filter", "$orderby", "$skiptoken"].includes(key));
    if (unsupported) return badQuery(`The query parameter ${unsupported} is not supported`);
    const select = parameters.get("$select")?.split(",") ?? Object.keys(COLUMNS);
    const unknown = select.find((column) => !(column in COLUMNS));
    if (unknown !== undefined) return unknownProperty(unknown);
    const queried = this.query(parameters);
    if ("errorCode" in queried) return queried;

    const pageSize = maxPageSize ?? 5000;
    const token = parameters.get("$skiptoken");
    const cookie = token === null ? { page: 0, lastId: "" } : readSkipToken(token);
    if (!cookie) return badQuery(`The $skiptoken is not a paging cookie: ${token ?? ""}`);
    const start = cookie.lastId === "" ? 0 : queried.findIndex((row) => row.values[PRIMARY_KEY] === cookie.lastId) + 1;
    const page = queried.slice(start, start + pageSize);
    const entities = page.map((row) => this.entity(row, select));
    const last = page.at(-1);
    if (start + pageSize >= queried.length || !last) return { entities };
    // The nextLink repeats the request's options as sent, with the next page's cookie.
    const query = options.replace(/&\$skiptoken=[^&]*/, "");
    const nextLink = new URL(`${WEB_API}/${ENTITY_SET}${query}&$skiptoken=${encodeURIComponent(skipToken(cookie.page + 1, String(last.values[PRIMARY_KEY])))}`).href;
    return { entities, nextLink };
  }

  /** The table's rows under `$filter` and `$orderby`; equal values in the table's order. */
  private query(parameters: URLSearchParams): readonly TableRow[] | DataverseError {
    let rows = this.rows;
    const filter = parameters.get("$filter");
    if (filter !== null) {
      const terms = parseFilter(filter);
      if (!Array.isArray(terms)) return terms;
      for (const { column } of terms) {
        const type = COLUMNS[column];
        if (!type) return unknownProperty(column);
        if (type !== "String") return badQuery(`The function 'contains' is not supported on the attribute '${column}' of type '${type}'.`);
      }
      const patterns = terms.map(({ column, text }) => ({ column, pattern: likePattern(text) }));
      rows = rows.filter((row) => patterns.some(({ column, pattern }) => pattern.test(String(row.values[column]))));
    }
    const orderBy = parameters.get("$orderby");
    if (orderBy === null) return rows;
    const keys: { column: string; sign: number }[] = [];
    for (const part of orderBy.split(",")) {
      const [column = "", direction = "asc", ...rest] = part.trim().split(/\s+/);
      if (!(column in COLUMNS)) return unknownProperty(column);
      if (rest.length > 0 || (direction !== "asc" && direction !== "desc")) return badQuery(`The query parameter $orderby has an invalid value: ${orderBy}`);
      keys.push({ column, sign: direction === "desc" ? -1 : 1 });
    }
    // A lookup orders by the related row's name, a choice by its value, as Dataverse does.
    const key = (row: TableRow, column: string) => (COLUMNS[column] === "Lookup" ? (row.formatted[column] ?? "") : (row.values[column] ?? ""));
    const compare = (a: string | number, b: string | number) => (typeof a === "number" && typeof b === "number" ? a - b : collator.compare(String(a), String(b)));
    return [...rows].sort((a, b) => {
      for (const { column, sign } of keys) {
        const order = compare(key(a, column), key(b, column));
        if (order !== 0) return sign * order;
      }
      return 0;
    });
  }

  /** A row as the Web API returns it: the selected columns, the primary key, the ETag and the annotations. */
  private entity(row: TableRow, select: readonly string[]): Record<string, unknown> {
    const entity: Record<string, unknown> = { "@odata.etag": `W/"${String(row.values.contoso_ordernumber).replace(/\D/g, "")}"` };
    for (const column of new Set([...select, PRIMARY_KEY])) {
      entity[column] = row.values[column];
      const formatted = row.formatted[column];
      if (formatted !== undefined) entity[`${column}${FORMATTED}`] = formatted;
      if (COLUMNS[column] === "Lookup") entity[`${column}${LOOKUP_TABLE}`] = "account";
    }
    return entity;
  }
}
