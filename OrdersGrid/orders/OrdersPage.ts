import type { Order } from "./Order";

/** One page of ListOrders: its orders and the opaque link to the next page (null on the last). */
export interface OrdersPage {
  readonly items: readonly Order[];
  readonly nextLink: string | null;
  /** The address this page was loaded from, when the source has one; lets a cycle back to it be seen. */
  readonly link?: string | undefined;
  /**
   * Milliseconds from sending this page's request to having the page, when measured. A page
   * loaded ahead counts from its own request, not from when the grid asked for it.
   */
  readonly roundTripMs?: number | undefined;
  /**
   * The item fields `columns` names (`date=orderDate`) that none of this page's items has, when
   * it has items: a name the API does not use, which would leave its column blank.
   */
  readonly missingFields?: readonly string[] | undefined;
}
