import type { Order } from "./Order";

/** One page of ListOrders: its orders and the opaque link to the next page (null on the last). */
export interface OrdersPage {
  readonly items: readonly Order[];
  readonly nextLink: string | null;
}
