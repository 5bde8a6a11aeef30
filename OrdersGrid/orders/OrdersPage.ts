import type { Order } from "./Order";

/** One page of ListOrders: its orders and the opaque link to the next page (null on the last). */
export interface OrdersPage {
  readonly items: readonly Order[];
  readonly nextLink: string | null;
  /** The address this page was loaded from, when the source has one; lets a cycle back to it be seen. */
  readonly link?: string | undefined;
}
