/** Deterministic orders: the same seed and index always give the same order, at any count. */
export interface ApiOrder {
  id: string;
  total: number;
  currency: string;
  date: string;
  customer: string;
  status: string;
}

const CUSTOMERS = [
  "Adatum Corporation", "Alpine Ski House", "Bellows College", "Best For You Organics", "Contoso Pharmaceuticals",
  "Datum Corporation", "Fabrikam Residences", "Fourth Coffee", "Graphic Design Institute", "Humongous Insurance",
  "Litware, Inc.", "Lucerne Publishing", "Margie's Travel", "Northwind Traders", "Proseware, Inc.",
  "Relecloud", "School of Fine Art", "Southridge Video", "Tailspin Toys", "Trey Research",
  "VanArsdel, Ltd.", "Wide World Importers", "Wingtip Toys", "Woodgrove Bank", "Coho Winery",
];
const STATUSES = ["Pending", "Confirmed", "Shipped", "Delivered", "Cancelled"];
const CURRENCIES = ["USD", "EUR", "GBP"];
const NEWEST_DATE = Date.UTC(2026, 5, 30, 18, 0, 0);

/** mulberry32: a tiny, well-known 32-bit PRNG; good enough for test data. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function orderIdAt(index: number): string {
  return `ORD-${String(index + 1).padStart(6, "0")}`;
}

/** The order at a 0-based position in the list. */
export function orderAt(index: number, seed: number): ApiOrder {
  const next = random(seed * 1_000_003 + index);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  return {
    id: orderIdAt(index),
    total: Math.round((5 + next() * 4995) * 100) / 100,
    currency: pick(CURRENCIES),
    // Newest first: one order roughly every 37 minutes, going back in time.
    date: new Date(NEWEST_DATE - index * 37 * 60_000 - Math.floor(next() * 600) * 1000).toISOString().replace(/\.\d{3}Z$/, "Z"),
    customer: pick(CUSTOMERS),
    status: pick(STATUSES),
  };
}

export function ordersPage(page: number, pageSize: number, count: number, seed: number): ApiOrder[] {
  const start = (page - 1) * pageSize;
  const end = Math.min(count, start + pageSize);
  const items: ApiOrder[] = [];
  for (let i = start; i < end; i++) items.push(orderAt(i, seed));
  return items;
}

/** The fields ListOrders can sort by (`orderBy`), and a direction. */
export const ORDER_BY_FIELDS = ["id", "date", "customer", "status", "total", "currency"] as const;
export type OrderByField = (typeof ORDER_BY_FIELDS)[number];
export interface OrderBy {
  readonly field: OrderByField;
  readonly descending: boolean;
}

/** Reads `orderBy` (`total desc`, `date asc`, `customer`): a field, then `asc` (the default) or `desc`; undefined when it can't. */
export function parseOrderBy(text: string): OrderBy | undefined {
  const match = /^\s*(\w+)(?:\s+(asc|desc))?\s*$/i.exec(text);
  const field = ORDER_BY_FIELDS.find((name) => name === match?.[1]);
  if (!match || !field) return undefined;
  return { field, descending: match[2]?.toLowerCase() === "desc" };
}

const collator = new Intl.Collator("en", { numeric: true });
let sortedCache: { key: string; orders: ApiOrder[] } | undefined;

/** The whole list in `orderBy`'s order (equal values in list order), computed once per list and order. */
function sortedList(count: number, seed: number, orderBy: OrderBy): ApiOrder[] {
  const key = `${count}|${seed}|${orderBy.field}|${orderBy.descending}`;
  if (sortedCache?.key === key) return sortedCache.orders;
  const { field, descending } = orderBy;
  const orders = Array.from({ length: count }, (_, i) => orderAt(i, seed));
  orders.sort((a, b) => {
    const x = a[field];
    const y = b[field];
    const order = typeof x === "number" && typeof y === "number" ? x - y : field === "date" ? Date.parse(String(x)) - Date.parse(String(y)) : collator.compare(String(x), String(y));
    return descending ? -order : order;
  });
  sortedCache = { key, orders };
  return orders;
}

/** One page of the list sorted by `orderBy`. */
export function sortedOrdersPage(page: number, pageSize: number, count: number, seed: number, orderBy: OrderBy): ApiOrder[] {
  const start = (page - 1) * pageSize;
  return sortedList(count, seed, orderBy).slice(start, Math.min(count, start + pageSize));
}

/** Whether an order's id, customer or status contains `search`, ignoring case. */
export function orderMatches(order: ApiOrder, search: string): boolean {
  const needle = search.toLowerCase();
  return [order.id, order.customer, order.status].some((text) => text.toLowerCase().includes(needle));
}

/** The last search's orders, kept so that paging through its results does not search again. */
let lastSearch: { key: string; orders: ApiOrder[] } | undefined;

/** The orders that match `search`, in list order or `orderBy`'s. */
function searchList(search: string, count: number, seed: number, orderBy: OrderBy | undefined): ApiOrder[] {
  const key = `${search.toLowerCase()}|${count}|${seed}|${orderBy ? `${orderBy.field}|${orderBy.descending}` : ""}`;
  if (lastSearch?.key !== key) {
    const all = orderBy ? sortedList(count, seed, orderBy) : Array.from({ length: count }, (_, i) => orderAt(i, seed));
    lastSearch = { key, orders: all.filter((order) => orderMatches(order, search)) };
  }
  return lastSearch.orders;
}

/** A page of the orders that match `search` (in `orderBy`'s order, if given), and how many match in all. */
export function searchPage(search: string, page: number, pageSize: number, count: number, seed: number, orderBy?: OrderBy): { items: ApiOrder[]; total: number } {
  const found = searchList(search, count, seed, orderBy);
  const start = (page - 1) * pageSize;
  return { items: found.slice(start, start + pageSize), total: found.length };
}
