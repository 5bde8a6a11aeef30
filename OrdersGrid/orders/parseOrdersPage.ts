import { asText, isRecord, readTotal } from "./coerce";
import type { Order } from "./Order";
import type { OrdersPage } from "./OrdersPage";

/** Why a body is not a valid PagedOrders page; the caller wraps it as `invalidResponse`, so it never escapes. */
export class PageFormatError extends Error {}

/** Reads one item of `items`; an item without a usable `id` makes the whole page invalid. */
export function parseOrder(value: unknown, index: number): Order {
  if (!isRecord(value)) throw new PageFormatError(`items[${index}] is not an object`);
  const id = asText(value.id);
  if (!id?.trim()) throw new PageFormatError(`items[${index}] has no id`);
  const { total, text } = readTotal(value.total);
  // A blank optional field reads as missing: the grid shows a blank cell either way.
  return {
    id,
    total,
    currency: asText(value.currency),
    date: asText(value.date),
    customer: asText(value.customer),
    status: asText(value.status),
    ...(text === undefined ? {} : { display: { total: text } }),
  };
}

/** Validates a parsed ListOrders body: `{ items: Order[], nextLink?: string | null }`. */
export function parseOrdersPage(body: unknown): OrdersPage {
  if (!isRecord(body)) throw new PageFormatError("the page is not a JSON object");
  const { items, nextLink } = body;
  if (!Array.isArray(items)) throw new PageFormatError("the page has no items array");
  if (nextLink !== undefined && nextLink !== null && typeof nextLink !== "string") {
    throw new PageFormatError("nextLink is not a string");
  }
  return {
    items: items.map(parseOrder),
    nextLink: asText(nextLink) ?? null,
  };
}
