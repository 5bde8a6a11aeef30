import { mergeClasses, SkeletonItem } from "@fluentui/react-components";
import * as React from "react";
import type { ListChildComponentProps } from "react-window";
import { columnStyle } from "./columns";
import { SKELETON_SIZE, useOrdersGridStyles } from "./OrdersGrid.styles";
import type { OrdersGridRowData } from "./OrdersGrid.types";
import { matchRanges, type Highlight } from "../../view/searchOrders";
import { SelectionCell } from "./SelectionCell";

export const rowId = (prefix: string, index: number) => `${prefix}-r${index}`;
export const cellId = (prefix: string, index: number, col: number) => `${prefix}-r${index}-c${col}`;

type RowProps = ListChildComponentProps<OrdersGridRowData>;

/** The order shown at `index`, or undefined for a placeholder row. */
const orderAt = (data: OrdersGridRowData, index: number) => (index < data.orders.count ? data.orders.items[index] : undefined);
const isSelected = (data: OrdersGridRowData, index: number) => {
  const order = orderAt(data, index);
  return order !== undefined && data.selectedIds.has(order.id);
};
/** The active cell's column in this row: null for the row itself, undefined when it is not the active row. */
const activeColumn = (data: OrdersGridRowData, index: number) => (data.active?.row === index ? data.active.col : undefined);

/**
 * Whether a row would render the same: only what this row shows counts, so a page arriving,
 * a selection or a keyboard move re-renders the rows it changes, not every row in view.
 */
export function sameRow(prev: RowProps, next: RowProps): boolean {
  if (prev.index !== next.index || prev.style !== next.style) return false;
  const a = prev.data;
  const b = next.data;
  const index = next.index;
  return (
    a === b ||
    (a.layout === b.layout &&
      a.format === b.format &&
      a.idPrefix === b.idPrefix &&
      a.onRowClick === b.onRowClick &&
      a.highlight === b.highlight &&
      a.check === b.check &&
      a.selectable === b.selectable &&
      orderAt(a, index) === orderAt(b, index) &&
      isSelected(a, index) === isSelected(b, index) &&
      activeColumn(a, index) === activeColumn(b, index))
  );
}

/**
 * A cell's text, its quick find matches marked. A plain function, not a component: while
 * nothing is searched a cell stays a text node, and a fast scroll renders no extra element.
 */
function cellText(text: string, highlight: Highlight | undefined, markClass: string): React.ReactNode {
  if (!highlight) return text;
  const ranges = matchRanges(text, highlight.query, highlight.fold);
  if (ranges.length === 0) return text;
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(
      <mark key={start} className={markClass}>
        {text.slice(start, end)}
      </mark>,
    );
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}

/**
 * One virtualized row: an order, or a placeholder while its page loads. Plain elements with
 * the Table's look rather than Fluent's TableRow and TableCell: a fast scroll renders every row
 * in view again on each frame, and their hooks were a third of that work. Only the active row
 * or cell has an id (aria-activedescendant's target), so the others write no id per frame.
 */
export const OrdersGridRow = React.memo(function OrdersGridRow({ index, style, data }: RowProps) {
  const styles = useOrdersGridStyles();
  const { layout, idPrefix, onRowClick, check } = data;
  const { columns, stacked } = layout;
  // Row heights come with react-window's style; the line inside a cell follows the density.
  const compact = !stacked && layout.density === "Compact";
  const order = orderAt(data, index);
  const selected = isSelected(data, index);
  // A placeholder is never active (nor selected, nor clickable), even while the grid has focus.
  const activeCol = order && activeColumn(data, index);

  return (
    <div
      role="row"
      id={activeCol === null ? rowId(idPrefix, index) : undefined}
      style={style}
      className={mergeClasses(styles.row, stacked && styles.card, stacked && check && styles.cardWithCheck, order && styles.order, selected && styles.selected, activeCol === null && styles.active)}
      aria-rowindex={index + 2}
      aria-selected={order && data.selectable ? selected : undefined}
      aria-busy={order ? undefined : true}
      data-order-id={order?.id}
      onClick={order && ((event) => onRowClick(order, index, event))}
    >
      {check &&
        (order ? (
          <SelectionCell role="gridcell" checked={selected} label={check.label(order)} onToggle={(shift) => check.onToggle(index, shift)} card={stacked} />
        ) : (
          !stacked && <div role="gridcell" aria-colindex={1} className={styles.checkPlaceholder} />
        ))}
      {columns.map((column, col) => (
        <div
          key={column.key}
          id={activeCol === col ? cellId(idPrefix, index, col) : undefined}
          role="gridcell"
          aria-colindex={col + (check ? 2 : 1)}
          className={mergeClasses(styles.cell, stacked && styles.cardCell, compact && styles.compactCell, column.numeric && styles.numeric, activeCol === col && styles.active)}
          style={stacked ? undefined : columnStyle(column, layout)}
        >
          {order ? cellText(column.text(order, data.format), data.highlight, styles.match) : <SkeletonItem size={SKELETON_SIZE} className={stacked ? styles.cardSkeleton : compact ? styles.compactSkeleton : styles.skeleton} />}
        </div>
      ))}
    </div>
  );
}, sameRow);
