import { mergeClasses, SkeletonItem, TableCell, TableRow } from "@fluentui/react-components";
import * as React from "react";
import { areEqual, type ListChildComponentProps } from "react-window";
import { useOrdersGridStyles } from "./OrdersGrid.styles";
import type { OrdersGridRowData } from "./OrdersGrid.types";

const columnStyle = (grow: number, minWidth: number): React.CSSProperties => ({ flex: `${grow} 1 0px`, minWidth });

export const rowId = (prefix: string, index: number) => `${prefix}-r${index}`;
export const cellId = (prefix: string, index: number, col: number) => `${prefix}-r${index}-c${col}`;

/** One virtualized row: an order, or a placeholder while its page loads. */
export const OrdersGridRow = React.memo(function OrdersGridRow({ index, style, data }: ListChildComponentProps<OrdersGridRowData>) {
  const styles = useOrdersGridStyles();
  const { orders, columns, active, idPrefix, onRowClick } = data;
  const order = index < orders.count ? orders.items[index] : undefined;
  const selected = order !== undefined && order.id === data.selectedId;
  const activeHere = active?.row === index;
  const onClick = React.useCallback(() => onRowClick(index), [onRowClick, index]);

  if (!order) {
    return (
      <TableRow style={style} className={mergeClasses(styles.row, styles.pending)} aria-rowindex={index + 2} aria-busy>
        {columns.map((column, col) => (
          <TableCell key={column.key} role="gridcell" aria-colindex={col + 1} style={columnStyle(column.grow, column.minWidth)}>
            <SkeletonItem size={16} />
          </TableCell>
        ))}
      </TableRow>
    );
  }

  return (
    <TableRow
      id={rowId(idPrefix, index)}
      style={style}
      className={mergeClasses(styles.row, selected && styles.selected, activeHere && active.col === null && styles.active)}
      aria-rowindex={index + 2}
      aria-selected={selected}
      data-order-id={order.id}
      onClick={onClick}
    >
      {columns.map((column, col) => (
        <TableCell
          key={column.key}
          id={cellId(idPrefix, index, col)}
          role="gridcell"
          aria-colindex={col + 1}
          className={mergeClasses(styles.cell, column.numeric && styles.numeric, activeHere && active.col === col && styles.active)}
          style={columnStyle(column.grow, column.minWidth)}
        >
          {column.text(order, data.format)}
        </TableCell>
      ))}
    </TableRow>
  );
}, areEqual);
