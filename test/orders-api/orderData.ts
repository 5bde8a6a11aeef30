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

/** Whether an order's id, customer or status contains `search`, ignoring case. */
export function orderMatches(order: ApiOrder, search: string): boolean {
  const needle = search.toLowerCase();
  return [order.id, order.customer, order.status].some((text) => text.toLowerCase().includes(needle));
}

/** The last search's positions, kept so that paging through its results does not search again. */
let lastSearch: { key: string; positions: number[] } | undefined;

/** The positions (0-based) of the orders that match `search`, in list order. */
export function searchPositions(search: string, count: number, seed: number): number[] {
  const key = `${search.toLowerCase()}|${count}|${seed}`;
  if (lastSearch?.key !== key) {
    const positions: number[] = [];
    for (let i = 0; i < count; i++) if (orderMatches(orderAt(i, seed), search)) positions.push(i);
    lastSearch = { key, positions };
  }
  return lastSearch.positions;
}

/** A page of the orders that match `search`, and how many match in all. */
export function searchPage(search: string, page: number, pageSize: number, count: number, seed: number): { items: ApiOrder[]; total: number } {
  const positions = searchPositions(search, count, seed);
  const start = (page - 1) * pageSize;
  return { items: positions.slice(start, start + pageSize).map((i) => orderAt(i, seed)), total: positions.length };
}
