import { hasPrefix } from "./hasPrefix";
import type { Order } from "./Order";
import type { OrdersPage } from "./OrdersPage";

/**
 * The rows loaded so far, in page order, one per id. `items` is shared between snapshots and
 * only grows (it is copied when a later page replaces a row); read it up to `count`. A new
 * snapshot object is made for every change, so React sees the change by identity.
 */
export interface OrderList {
  readonly items: readonly Order[];
  readonly count: number;
}

export const EMPTY_ORDER_LIST: OrderList = { items: [], count: 0 };

/**
 * Flattens pages into rows incrementally: a new page costs O(its items), not O(all rows).
 * An id seen on an earlier page keeps its position and takes the later copy's values, so
 * React keys never collide when data shifts between pages.
 */
export function createOrdersAccumulator(): (pages: readonly OrdersPage[]) => OrderList {
  let seen: readonly OrdersPage[] = [];
  let items: Order[] = [];
  let indexById = new Map<string, number>();
  let snapshot: OrderList = EMPTY_ORDER_LIST;

  return (pages) => {
    const extendsSeen = hasPrefix(pages, seen);
    if (extendsSeen && pages.length === seen.length) return snapshot;
    if (!extendsSeen) {
      items = [];
      indexById = new Map();
      seen = [];
    }
    let copied = false;
    for (const page of pages.slice(seen.length)) {
      for (const order of page.items) {
        const existing = indexById.get(order.id);
        if (existing === undefined) {
          indexById.set(order.id, items.length);
          items.push(order);
        } else {
          // Copy before replacing (rare): earlier snapshots keep what they showed, so a row
          // can tell that its order changed.
          if (!copied) items = items.slice();
          copied = true;
          items[existing] = order;
        }
      }
    }
    seen = pages;
    snapshot = { items, count: items.length };
    return snapshot;
  };
}
