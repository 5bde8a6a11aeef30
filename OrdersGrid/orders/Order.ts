/** The fields a data source maps to its own columns (data-set columns, Dataverse columns). */
export const ORDER_FIELDS = ["id", "total", "date", "customer", "status", "currency"] as const;
export type OrderField = (typeof ORDER_FIELDS)[number];

/**
 * One order as the grid shows it. Only `id` is required by the ListOrders contract;
 * every other field may be missing and the grid shows a blank cell for it.
 */
export interface Order {
  readonly id: string;
  /** The order total, read from a number or an invariant numeric string; formatted for the user's locale by the view. */
  readonly total: number | undefined;
  /** ISO 4217 code of `total`, e.g. "EUR". */
  readonly currency: string | undefined;
  /** ISO 8601 date or date-time. */
  readonly date: string | undefined;
  readonly customer: string | undefined;
  readonly status: string | undefined;
  /**
   * Text shown as it is instead of formatting `total` and `date` here: what the host already
   * formatted for the user (a Dataverse currency or date column), or a total sent as text that
   * is no number ("n/a"), which the user should see rather than a blank cell.
   */
  readonly display?: { readonly total?: string | undefined; readonly date?: string | undefined } | undefined;
}
