import { Table, TableBody, TableHeader, TableHeaderCell, TableRow, mergeClasses, useId } from "@fluentui/react-components";
import * as React from "react";
import { FixedSizeList, type ListOnItemsRenderedProps } from "react-window";
import { ORDER_COLUMNS } from "./columns";
import { moveActive, type ActiveCell } from "./gridKeyboard";
import { ROW_HEIGHT, useOrdersGridStyles } from "./OrdersGrid.styles";
import type { OrdersGridProps, OrdersGridRowData } from "./OrdersGrid.types";
import { cellId, OrdersGridRow, rowId } from "./OrdersGridRow";

/** Rows rendered beyond each edge of the viewport, so a fast scroll shows no blank band. */
export const OVERSCAN_ROWS = 6;

function rowKey(index: number, data: OrdersGridRowData): string {
  return index < data.orders.count ? (data.orders.items[index]?.id ?? `row-${index}`) : `pending-${index}`;
}

/**
 * The orders as an ARIA grid. Only the rows in view (plus a small overscan) are in the DOM,
 * whether 100 or 100,000 orders are loaded. The grid itself holds keyboard focus and points
 * at the active row or cell with aria-activedescendant, so focus survives rows scrolling out
 * of the DOM and pages being added.
 */
export function OrdersGrid(props: OrdersGridProps): React.ReactElement {
  const { orders, pendingRows = 0, hasMore, selectedId, onSelect, onVisibleRangeChange, bodyHeight, strings, format } = props;
  const columns = props.columns ?? ORDER_COLUMNS;
  const styles = useOrdersGridStyles();
  const idPrefix = useId("orders-grid");

  const listRef = React.useRef<FixedSizeList<OrdersGridRowData>>(null);
  const [position, setPosition] = React.useState<ActiveCell>({ row: 0, col: null });
  const [focused, setFocused] = React.useState(false);
  // A new list (a Refresh, another source) starts at the top, not where the old one was scrolled.
  const [list, setList] = React.useState(orders.items);
  if (list !== orders.items) {
    setList(orders.items);
    setPosition({ row: 0, col: null });
  }
  React.useEffect(() => {
    listRef.current?.scrollTo(0);
  }, [list]);

  const count = orders.count;
  const activeRow = Math.min(position.row, Math.max(0, count - 1));
  const activeCol = position.col === null ? null : Math.min(position.col, columns.length - 1);
  const active: ActiveCell = { row: activeRow, col: activeCol };

  const onRowClick = React.useCallback(
    (index: number) => {
      const order = orders.items[index];
      if (!order) return;
      setPosition({ row: index, col: null });
      onSelect(order);
    },
    [orders, onSelect],
  );

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (count === 0) return;
    if (event.key === "Enter" || event.key === " ") {
      const order = orders.items[active.row];
      if (order) onSelect(order);
      event.preventDefault();
      return;
    }
    const next = moveActive(active, event.key, { rows: count, cols: columns.length, page: Math.max(1, Math.floor(bodyHeight / ROW_HEIGHT) - 1) }, event.ctrlKey);
    if (!next) return;
    event.preventDefault();
    setPosition(next);
    listRef.current?.scrollToItem(next.row, "smart");
  };

  const itemData = React.useMemo<OrdersGridRowData>(
    () => ({ orders, selectedId, onRowClick, format, columns, active: focused ? { row: activeRow, col: activeCol } : null, idPrefix }),
    [orders, selectedId, onRowClick, format, columns, focused, activeRow, activeCol, idPrefix],
  );
  const onItemsRendered = React.useCallback(
    ({ visibleStopIndex }: ListOnItemsRenderedProps) => onVisibleRangeChange(visibleStopIndex),
    [onVisibleRangeChange],
  );

  const activeDescendant = count === 0 ? undefined : active.col === null ? rowId(idPrefix, active.row) : cellId(idPrefix, active.row, active.col);

  return (
    <Table
      role="grid"
      noNativeElements
      size="small"
      tabIndex={0}
      aria-label={strings.Grid_Label}
      aria-rowcount={hasMore ? -1 : count + 1}
      aria-colcount={columns.length}
      aria-activedescendant={focused ? activeDescendant : undefined}
      className={styles.table}
      onKeyDown={onKeyDown}
      onFocus={() => setFocused(true)}
      onBlur={() => setFocused(false)}
    >
      <TableHeader>
        <TableRow className={styles.headerRow} aria-rowindex={1}>
          {columns.map((column, col) => (
            <TableHeaderCell
              key={column.key}
              aria-colindex={col + 1}
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
          itemCount={count + pendingRows}
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
