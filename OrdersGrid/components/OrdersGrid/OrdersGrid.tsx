import { Table, TableBody, TableHeader, TableHeaderCell, TableRow, mergeClasses } from "@fluentui/react-components";
import * as React from "react";
import { FixedSizeList, type ListOnItemsRenderedProps } from "react-window";
import { ORDER_COLUMNS } from "./columns";
import { ROW_HEIGHT, useOrdersGridStyles } from "./OrdersGrid.styles";
import type { OrdersGridProps, OrdersGridRowData } from "./OrdersGrid.types";
import { OrdersGridRow } from "./OrdersGridRow";

/** Rows rendered beyond each edge of the viewport, so a fast scroll shows no blank band. */
export const OVERSCAN_ROWS = 6;

function rowKey(index: number, data: OrdersGridRowData): string {
  return index < data.orders.count ? (data.orders.items[index]?.id ?? `row-${index}`) : `pending-${index}`;
}

/**
 * The orders as an ARIA grid. Only the rows in view (plus a small overscan) are in the DOM,
 * whether 100 or 100,000 orders are loaded.
 */
export function OrdersGrid(props: OrdersGridProps): React.ReactElement {
  const { orders, pendingRows = 0, hasMore, selectedId, onSelect, onVisibleRangeChange, bodyHeight, strings, format } = props;
  const columns = props.columns ?? ORDER_COLUMNS;
  const styles = useOrdersGridStyles();

  // A new list (a Refresh, another source) starts at the top, not where the old one was scrolled.
  const listRef = React.useRef<FixedSizeList<OrdersGridRowData>>(null);
  React.useEffect(() => {
    listRef.current?.scrollTo(0);
  }, [orders.items]);

  const itemData = React.useMemo<OrdersGridRowData>(
    () => ({ orders, selectedId, onSelect, format, columns }),
    [orders, selectedId, onSelect, format, columns],
  );
  const onItemsRendered = React.useCallback(
    ({ visibleStopIndex }: ListOnItemsRenderedProps) => onVisibleRangeChange(visibleStopIndex),
    [onVisibleRangeChange],
  );

  return (
    <Table
      role="grid"
      noNativeElements
      size="small"
      aria-label={strings.Grid_Label}
      aria-rowcount={hasMore ? -1 : orders.count + 1}
      className={styles.table}
    >
      <TableHeader>
        <TableRow className={styles.headerRow} aria-rowindex={1}>
          {columns.map((column) => (
            <TableHeaderCell
              key={column.key}
              className={mergeClasses(column.numeric && styles.numeric)}
              style={{ flex: `${column.grow} 1 0px`, minWidth: column.minWidth }}
            >
              {strings[column.label]}
            </TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        <FixedSizeList<OrdersGridRowData>
          ref={listRef}
          height={bodyHeight}
          width="100%"
          itemCount={orders.count + pendingRows}
          itemSize={ROW_HEIGHT}
          itemData={itemData}
          itemKey={rowKey}
          overscanCount={OVERSCAN_ROWS}
          onItemsRendered={onItemsRendered}
        >
          {OrdersGridRow}
        </FixedSizeList>
      </TableBody>
    </Table>
  );
}
