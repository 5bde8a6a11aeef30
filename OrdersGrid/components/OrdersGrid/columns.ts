import type { OrderFormatters } from "../../format/createOrderFormatters";
import type { Order } from "../../orders/Order";
import type { StringKey } from "../../strings/stringKeys";

export interface OrderColumn {
  readonly key: "id" | "date" | "customer" | "status" | "total";
  readonly label: StringKey;
  /** Flex grow factor; columns share the width in this ratio. */
  readonly grow: number;
  readonly minWidth: number;
  readonly numeric?: boolean;
  readonly text: (order: Order, format: OrderFormatters) => string;
}

export const ORDER_COLUMNS: readonly OrderColumn[] = [
  { key: "id", label: "Column_Id", grow: 1, minWidth: 96, text: (order) => order.id },
  { key: "date", label: "Column_Date", grow: 1.4, minWidth: 120, text: (order, format) => format.date(order.date) },
  { key: "customer", label: "Column_Customer", grow: 2, minWidth: 140, text: (order) => order.customer ?? "" },
  { key: "status", label: "Column_Status", grow: 1, minWidth: 96, text: (order) => order.status ?? "" },
  { key: "total", label: "Column_Total", grow: 1.2, minWidth: 110, numeric: true, text: (order, format) => format.total(order) },
];
