import type { CSSProperties } from "react";
import type { OrderFormatters } from "../../format/createOrderFormatters";
import type { Order } from "../../orders/Order";
import type { StringKey } from "../../strings/stringKeys";

export interface OrderColumn {
  readonly key: "id" | "date" | "customer" | "status" | "total";
  readonly label: StringKey;
  /** Flex grow factor; columns share the width in this ratio. */
  readonly grow: number;
  readonly minWidth: number;
  /** 0 is always shown; higher numbers are dropped first when the control is narrow. */
  readonly priority: number;
  readonly numeric?: boolean;
  readonly text: (order: Order, format: OrderFormatters) => string;
}

export const ORDER_COLUMNS: readonly OrderColumn[] = [
  { key: "id", label: "Column_Id", grow: 1, minWidth: 96, priority: 0, text: (order) => order.id },
  { key: "date", label: "Column_Date", grow: 1.4, minWidth: 120, priority: 2, text: (order, format) => order.display?.date ?? format.date(order.date) },
  { key: "customer", label: "Column_Customer", grow: 2, minWidth: 140, priority: 1, text: (order) => order.customer ?? "" },
  { key: "status", label: "Column_Status", grow: 1, minWidth: 96, priority: 3, text: (order) => order.status ?? "" },
  { key: "total", label: "Column_Total", grow: 1.2, minWidth: 110, priority: 0, numeric: true, text: (order, format) => order.display?.total ?? format.total(order) },
];

/** A column's share of the row's width, the same in the header and in every row. */
export function columnStyle(column: OrderColumn): CSSProperties {
  return { flex: `${column.grow} 1 0px`, minWidth: column.minWidth };
}

/**
 * The columns that fit `width` without squeezing below their minimum widths, dropping the
 * lowest priority first; all of them when the width is unknown.
 */
export function visibleColumns(width: number | undefined, columns: readonly OrderColumn[] = ORDER_COLUMNS): readonly OrderColumn[] {
  if (width === undefined || width <= 0) return columns;
  // Taken in priority order while their minimum widths fit; shown in column order.
  let used = 0;
  const kept = [...columns]
    .sort((a, b) => a.priority - b.priority)
    .filter((column) => {
      if (column.priority > 0 && used + column.minWidth > width) return false;
      used += column.minWidth;
      return true;
    });
  return columns.filter((column) => kept.includes(column));
}
