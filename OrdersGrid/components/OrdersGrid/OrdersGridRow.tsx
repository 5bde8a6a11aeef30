import { mergeClasses, SkeletonItem, TableCell, TableRow } from "@fluentui/react-components";
import * as React from "react";
import { areEqual, type ListChildComponentProps } from "react-window";
import { useOrdersGridStyles } from "./OrdersGrid.styles";
import type { OrdersGridRowData } from "./OrdersGrid.types";

const columnStyle = (grow: number, minWidth: number): React.CSSProperties => ({ flex: `${grow} 1 0px`, minWidth });

/** One virtualized row: an order, or a placeholder while its page loads. */
export const OrdersGridRow = React.memo(function OrdersGridRow({ index, style, data }: ListChildComponentProps<OrdersGridRowData>) {
  const styles = useOrdersGridStyles();
  const order = index < data.orders.count ? data.orders.items[index] : undefined;
  const selected = order !== undefined && order.id === data.selectedId;
  const { onSelect } = data;

  const onClick = React.useCallback(() => {
    if (order) onSelect(order);
  }, [order, onSelect]);
  const onKeyDown = React.useCallback(
    (event: React.KeyboardEvent) => {
      if (order && (event.key === "Enter" || event.key === " ")) {
        event.preventDefault();
        onSelect(order);
      }
    },
    [order, onSelect],
  );

  if (!order) {
    return (
      <TableRow style={style} className={mergeClasses(styles.row, styles.pending)} aria-rowindex={index + 2} aria-busy>
        {data.columns.map((column) => (
          <TableCell key={column.key} role="gridcell" style={columnStyle(column.grow, column.minWidth)}>
            <SkeletonItem size={16} />
          </TableCell>
        ))}
      </TableRow>
    );
  }

  return (
    <TableRow
      style={style}
      className={mergeClasses(styles.row, selected && styles.selected)}
      aria-rowindex={index + 2}
      aria-selected={selected}
      data-order-id={order.id}
      tabIndex={selected || (data.selectedId === undefined && index === 0) ? 0 : -1}
      onClick={onClick}
      onKeyDown={onKeyDown}
    >
      {data.columns.map((column) => (
        <TableCell
          key={column.key}
          role="gridcell"
          className={mergeClasses(styles.cell, column.numeric && styles.numeric)}
          style={columnStyle(column.grow, column.minWidth)}
        >
          {column.text(order, data.format)}
        </TableCell>
      ))}
    </TableRow>
  );
}, areEqual);
