import type { MouseEvent } from "react";
import type { OrderFormatters } from "../../format/createOrderFormatters";
import type { OrderList } from "../../orders/accumulateOrders";
import type { Order } from "../../orders/Order";
import type { OrderSort, SortColumn } from "../../orders/OrderSort";
import type { Strings } from "../../strings/stringKeys";
import type { Highlight } from "../../view/searchOrders";
import type { SelectionIntent, SelectionMode } from "../../view/selection";
import type { Density } from "../../host/readConfig";
import type { ColumnKey, ColumnWidths, GridLayout, OrderColumn } from "./columns";
import type { ActiveCell } from "./gridKeyboard";

export interface OrdersGridProps {
  /** The rows loaded so far. */
  readonly orders: OrderList;
  /**
   * Placeholder rows shown after the loaded ones while a page loads.
   * @default 0
   */
  readonly pendingRows?: number;
  /** More pages exist: the row count is not known yet (aria-rowcount -1). */
  readonly hasMore: boolean;
  /** The selected orders' ids. */
  readonly selectedIds: ReadonlySet<string>;
  /** @default "Single" */
  readonly selectionMode?: SelectionMode | undefined;
  /** What the user did to the selection, against `orders` (the rows as shown). */
  readonly onSelectionIntent?: ((intent: SelectionIntent, shown: OrderList) => void) | undefined;
  /** The row's invoke: a click (not one that extends or toggles a selection), Enter, Space outside Multiple. */
  readonly onSelect: (order: Order) => void;
  /** Enter or a double-click on a row; the grid does not open anything itself. */
  readonly onOpen?: ((order: Order) => void) | undefined;
  /** Ctrl+C (Cmd+C): `focused` is the focused row's order; `column` the focused cell's column, when a cell (not the row) is focused. */
  readonly onCopy?: ((focused: Order | undefined, shown: OrderList, column: OrderColumn | undefined) => void) | undefined;
  /** Called with the index of the last row in view whenever the visible range changes. */
  readonly onVisibleRangeChange: (lastVisibleIndex: number) => void;
  /**
   * Called with the scroll position in rows (the offset over the row height, so the same for
   * every density and for cards) when the user scrolls, not when the grid scrolls itself;
   * returns the downward scroll speed it estimates, in rows per ms.
   */
  readonly onUserScroll?: ((rows: number) => number) | undefined;
  /** Height of the scrolling body in pixels, header excluded. */
  readonly bodyHeight: number;
  readonly strings: Strings;
  readonly format: OrderFormatters;
  /**
   * The control's width (px) as the host gives it, until the grid has measured its own: it
   * picks the columns and whether rows are cards (gridLayout). Unknown: every column.
   */
  readonly width?: number | undefined;
  /** The sort the rows are in (undefined: as loaded): the headers show it (`aria-sort`, an arrow). */
  readonly sort: OrderSort | undefined;
  /** The user activated a column's header (click, Enter or Space). */
  readonly onSort: (column: SortColumn) => void;
  /**
   * Which list the rows are: a new value is a new list (a Refresh, another source or sort),
   * shown from the top. Rows that change under the same value are that list re-derived (a page
   * merged into a sorted view): the row at the top and the active row stay where they are.
   * @default orders.items
   */
  readonly listIdentity?: unknown;
  /** The quick find match each cell marks; undefined while nothing is searched. */
  readonly highlight?: Highlight | undefined;
  /** The rows' (and the header's) height. @default "Comfortable" */
  readonly density?: Density | undefined;
  /** The widths of the columns the user resized; the others share the rest. @default none */
  readonly columnWidths?: ColumnWidths | undefined;
  /** The user resized a column (clamped to its minimum). Undefined: columns are not resizable. */
  readonly onColumnResize?: ((column: ColumnKey, width: number) => void) | undefined;
  /** The columns to show, in their order, as the app maker chose them. @default ORDER_COLUMNS */
  readonly columns?: readonly OrderColumn[] | undefined;
}

/** What react-window hands each row: shared, so rows re-render only when it changes. */
export interface OrdersGridRowData {
  readonly orders: OrderList;
  readonly selectedIds: ReadonlySet<string>;
  /** Rows show whether they are selected (aria-selected): not in None. */
  readonly selectable: boolean;
  /** Multiple: the check column's label for a row, and what its checkbox does. Stable across pages. */
  readonly check: { readonly label: (order: Order) => string; readonly onToggle: (index: number, shift: boolean) => void } | undefined;
  /** Stable across pages, so a page arriving does not re-render every row. */
  readonly onRowClick: (order: Order, index: number, event: MouseEvent) => void;
  readonly format: OrderFormatters;
  /** The columns shown and whether rows are cards. */
  readonly layout: GridLayout;
  /** The keyboard position, shown only while the grid has focus. */
  readonly active: ActiveCell | null;
  /** Prefix of row and cell ids, unique per grid (aria-activedescendant points at them). */
  readonly idPrefix: string;
  readonly highlight: Highlight | undefined;
}
