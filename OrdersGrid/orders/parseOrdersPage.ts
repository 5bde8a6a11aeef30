import type { Order } from "./Order";
import type { OrdersPage } from "./OrdersPage";

/** Why a body is not a valid PagedOrders page; the caller wraps it as `invalidResponse`. */
export class PageFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PageFormatError";
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function optionalString(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return undefined;
}

function optionalNumber(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

/** Reads one item of `items`; an item without a usable `id` makes the whole page invalid. */
export function parseOrder(value: unknown, index: number): Order {
  if (!isRecord(value)) throw new PageFormatError(`items[${index}] is not an object`);
  const id = value.id;
  if (!((typeof id === "string" && id.trim() !== "") || (typeof id === "number" && Number.isFinite(id)))) {
    throw new PageFormatError(`items[${index}] has no id`);
  }
  return {
    id: String(id),
    total: optionalNumber(value.total),
    currency: optionalString(value.currency),
    date: optionalString(value.date),
    customer: optionalString(value.customer),
    status: optionalString(value.status),
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
    nextLink: typeof nextLink === "string" && nextLink !== "" ? nextLink : null,
  };
}
