import { asText, isRecord, readTotal } from "./coerce";
import type { Order, OrderField } from "./Order";

/** The item fields an API names otherwise (`columns`' `date=orderDate`), by order field. */
export type ItemFields = Readonly<Partial<Record<OrderField, string>>>;
import type { OrdersPage } from "./OrdersPage";

/** Why a body is not a valid PagedOrders page; the caller wraps it as `invalidResponse`, so it never escapes. */
export class PageFormatError extends Error {}

/** Reads one item of `items`; an item without a usable `id` makes the whole page invalid. */
export function parseOrder(value: unknown, index: number, fields: ItemFields = {}): Order {
  if (!isRecord(value)) throw new PageFormatError(`items[${index}] is not an object`);
  const read = (field: OrderField) => value[fields[field] ?? field];
  const id = asText(read("id"));
  if (!id?.trim()) throw new PageFormatError(`items[${index}] has no ${fields.id ?? "id"}`);
  const { total, text } = readTotal(read("total"));
  // A blank optional field reads as missing: the grid shows a blank cell either way.
  return {
    id,
    total,
    currency: asText(read("currency")),
    date: asText(read("date")),
    customer: asText(read("customer")),
    status: asText(read("status")),
    ...(text === undefined ? {} : { display: { total: text } }),
  };
}

/** Validates a parsed ListOrders body: `{ items: Order[], nextLink?: string | null }`. */
export function parseOrdersPage(body: unknown, fields: ItemFields = {}): OrdersPage {
  if (!isRecord(body)) throw new PageFormatError("the page is not a JSON object");
  const { items, nextLink } = body;
  if (!Array.isArray(items)) throw new PageFormatError("the page has no items array");
  if (nextLink !== undefined && nextLink !== null && typeof nextLink !== "string") {
    throw new PageFormatError("nextLink is not a string");
  }
  // An id field is checked on every item above; an optional field may be absent from some items, not from all.
  const named = Object.entries(fields).flatMap(([field, name]) => (field === "id" ? [] : [name]));
  const missingFields = items.length > 0 ? named.filter((name) => !items.some((item) => isRecord(item) && name in item)) : [];
  return {
    items: items.map((item, index) => parseOrder(item, index, fields)),
    nextLink: asText(nextLink) ?? null,
    ...(missingFields.length > 0 ? { missingFields } : {}),
  };
}
