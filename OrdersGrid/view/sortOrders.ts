import { parseIsoDate } from "../format/createOrderFormatters";
import type { OrderList } from "../orders/accumulateOrders";
import type { Order } from "../orders/Order";
import { sameSort, type OrderSort, type SortColumn } from "../orders/OrderSort";

/** What a row is compared by: a number (totals, dates as instants), text, or nothing (a blank cell). */
export type SortKey = number | string | undefined;

/**
 * The value a column is sorted by: the total as a number, the date as its instant (a total sent
 * as text that is no number, or a date that is not ISO 8601, has no place among the values and
 * goes with the blanks), the rest as text.
 */
export function sortKey(order: Order, column: SortColumn): SortKey {
  switch (column) {
    case "total":
      return order.total !== undefined && Number.isFinite(order.total) ? order.total : undefined;
    case "date":
      return order.date === undefined ? undefined : parseIsoDate(order.date);
    default: {
      const text = order[column];
      return text === undefined || text.trim() === "" ? undefined : text;
    }
  }
}

/** Text as the user's language orders it; numbers inside text by value ("ORD-9" before "ORD-10"). */
export function createSortCollator(locale: string): Intl.Collator {
  return new Intl.Collator(locale, { numeric: true });
}

/** Compares two keys in `direction`; blanks come last in both directions. */
export function compareKeys(a: SortKey, b: SortKey, descending: boolean, collator: Intl.Collator): number {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? 1 : -1;
  const order = typeof a === "number" && typeof b === "number" ? a - b : collator.compare(String(a), String(b));
  return descending ? -order : order;
}

interface Keyed {
  readonly order: Order;
  readonly key: SortKey;
}

const keyed = (orders: readonly Order[], column: SortColumn): Keyed[] => orders.map((order) => ({ order, key: sortKey(order, column) }));

function sortKeyed(rows: Keyed[], sort: OrderSort, collator: Intl.Collator): Keyed[] {
  const descending = sort.direction === "descending";
  // Array.prototype.sort is stable: equal keys keep the order they were loaded in, in both directions.
  return rows.sort((a, b) => compareKeys(a.key, b.key, descending, collator));
}

/** Merges rows sorted by `sort` into rows sorted by it; of equal keys, the earlier ones (`sorted`) come first. */
function mergeKeyed(sorted: readonly Keyed[], added: readonly Keyed[], sort: OrderSort, collator: Intl.Collator): Keyed[] {
  const descending = sort.direction === "descending";
  const merged: Keyed[] = [];
  let i = 0;
  for (const row of added) {
    let next = sorted[i];
    while (next !== undefined && compareKeys(row.key, next.key, descending, collator) >= 0) {
      merged.push(next);
      next = sorted[++i];
    }
    merged.push(row);
  }
  return merged.concat(sorted.slice(i));
}

/** `orders` in `sort`'s order, stable (equal values keep their loaded order); a new array. */
export function sortOrders(orders: readonly Order[], sort: OrderSort, collator: Intl.Collator): Order[] {
  return sortKeyed(keyed(orders, sort.column), sort, collator).map((row) => row.order);
}

/**
 * The loaded rows in a sort's order, re-derived as pages arrive: a page that extends the rows
 * already sorted is sorted on its own and merged in (O(rows) rather than a sort of them all),
 * so its rows fall into place among the ones on screen. Anything else (another sort, a new
 * list, a row replaced by a later page) is sorted afresh. No sort: the rows as loaded.
 */
export function createSortedView(collator: Intl.Collator): (list: OrderList, sort: OrderSort | undefined) => OrderList {
  let source: OrderList["items"] | undefined;
  let sortedFor: OrderSort | undefined;
  let rows: Keyed[] = [];
  let snapshot: OrderList | undefined;

  return (list, sort) => {
    if (!sort) return list;
    const grows = snapshot !== undefined && source === list.items && sameSort(sortedFor, sort) && list.count >= rows.length;
    if (snapshot && grows && list.count === rows.length) return snapshot;
    const start = grows ? rows.length : 0;
    const added = sortKeyed(keyed(list.items.slice(start, list.count), sort.column), sort, collator);
    rows = grows ? mergeKeyed(rows, added, sort, collator) : added;
    source = list.items;
    sortedFor = sort;
    snapshot = { items: rows.map((row) => row.order), count: rows.length };
    return snapshot;
  };
}
