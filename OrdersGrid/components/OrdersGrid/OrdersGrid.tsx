import { useFluent, useId } from "@fluentui/react-components";
import * as React from "react";
import { FixedSizeList, type ListOnItemsRenderedProps } from "react-window";
import { fillTemplate } from "../../strings/stringKeys";
import { allState, type SelectionIntent } from "../../view/selection";
import { columnHeading, columnsWidth, gridLayout, resizedWidth, rowMinWidth, type OrderColumn } from "./columns";
import { logicalKey, moveActive, type ActiveCell } from "./gridKeyboard";
import { ROW_HEIGHT, useOrdersGridStyles } from "./OrdersGrid.styles";
import { useElementWidth } from "./useElementWidth";
import type { Order } from "../../orders/Order";
import type { SortColumn } from "../../orders/OrderSort";
import type { OrdersGridProps, OrdersGridRowData } from "./OrdersGrid.types";
import { OrdersGridHeader } from "./OrdersGridHeader";
import { cellId, OrdersGridRow, rowId } from "./OrdersGridRow";

/**
 * Rows rendered beyond each edge of the viewport: the browser may scroll a frame ahead of
 * the rows being rendered, and these cover that frame's scroll instead of a blank band.
 */
export const OVERSCAN_ROWS = 6;
/** A 60 Hz frame (ms). */
const FRAME_MS = 1000 / 60;

/** What the grid element around react-window's rows needs; react-window passes only its own props. */
interface GridChrome {
  readonly gridProps: React.HTMLAttributes<HTMLDivElement>;
  readonly header: React.ReactNode;
  /** The rows' least width (px; rowMinWidth): wider than the grid, the rows scroll sideways. */
  readonly rowWidth?: number | undefined;
}
const GridChromeContext = React.createContext<GridChrome>({ gridProps: {}, header: null });

/**
 * react-window's scroll container is the grid itself: one element that scrolls, takes keyboard
 * focus (a scrollable region must) and owns aria-activedescendant; the header row group sticks
 * to its top.
 */
const GridElement = React.forwardRef<HTMLDivElement, React.HTMLAttributes<HTMLDivElement>>(function GridElement({ children, ...scrollProps }, ref) {
  const { gridProps, header } = React.useContext(GridChromeContext);
  return (
    <div ref={ref} {...scrollProps} {...gridProps}>
      {header}
      {children}
    </div>
  );
});

/**
 * The body row group: react-window's absolutely positioned rows, placed from its own top
 * (below the sticky header), not from the grid's.
 */
const RowGroup = React.forwardRef<HTMLDivElement, React.HTMLAttributes<HTMLDivElement>>(function RowGroup({ style, ...props }, ref) {
  const { rowWidth } = React.useContext(GridChromeContext);
  return <div ref={ref} role="rowgroup" {...props} style={{ ...style, position: "relative", minWidth: rowWidth }} />;
});

/** The scroll offset that brings row `index` fully into view below the header, moving as little as possible. */
export function offsetToShow(index: number, scrollTop: number, bodyHeight: number, rowHeight = ROW_HEIGHT): number {
  const top = index * rowHeight;
  if (top < scrollTop) return top;
  if (top + rowHeight > scrollTop + bodyHeight) return top + rowHeight - bodyHeight;
  return scrollTop;
}

/**
 * The orders as an ARIA grid. Only the rows in view (plus a small overscan) are in the DOM,
 * whether 100 or 100,000 orders are loaded. The grid holds keyboard focus and points at the
 * active row or cell with aria-activedescendant, so focus survives rows scrolling out of the
 * DOM and pages being added.
 */
export function OrdersGrid(props: OrdersGridProps): React.ReactElement {
  const { orders, pendingRows = 0, hasMore, selectedIds, onSelect, onVisibleRangeChange, onUserScroll, bodyHeight, strings, format, onSort, highlight } = props;
  const { selectionMode = "Single", onSelectionIntent, onOpen, onCopy, columnWidths, onColumnResize, density } = props;
  const multiple = selectionMode === "Multiple";
  const styles = useOrdersGridStyles();
  const idPrefix = useId("orders-grid");

  const listRef = React.useRef<FixedSizeList<OrdersGridRowData>>(null);
  const scrollTop = React.useRef(0);
  // The grid's own width when the browser can measure it: a host's allocated width may be
  // unknown (-1) or include the host's borders. A new list is a new grid element.
  const [gridElement, setGridElement] = React.useState<HTMLDivElement | null>(null);
  // The same element, for what the grid does to it (its sideways scroll).
  const scroller = React.useRef<HTMLDivElement | null>(null);
  const outerRef = React.useCallback((element: HTMLDivElement | null) => {
    scroller.current = element;
    setGridElement(element);
  }, []);
  const measuredWidth = useElementWidth(gridElement);
  const width = measuredWidth ?? props.width;
  const layout = React.useMemo(() => gridLayout(columnsWidth(width, multiple), { widths: columnWidths, density, columns: props.columns }), [multiple, width, columnWidths, density, props.columns]);
  const { columns, rowHeight, headerHeight } = layout;
  // A new row height (a card, or back) keeps the row at the top where it was.
  const shownRowHeight = React.useRef(rowHeight);
  React.useLayoutEffect(() => {
    if (shownRowHeight.current === rowHeight) return;
    listRef.current?.scrollTo((scrollTop.current / shownRowHeight.current) * rowHeight);
    shownRowHeight.current = rowHeight;
  }, [rowHeight]);
  const [position, setPosition] = React.useState<ActiveCell>({ row: 0, col: null });
  /** The heading that had the focus when the header was last drawn anew (OrdersGridHeader). */
  const headerFocus = React.useRef<SortColumn | null>(null);
  const [focused, setFocused] = React.useState(false);
  // Scrolling down more than twice the overscan a frame: the overscan would cover less than
  // half of a frame's scroll, yet be rendered anew every frame, so only the rows in view (and
  // one more) are rendered. It lasts until the next scroll, which is measured afresh after a
  // pause (useLoadMoreNearEnd): the overscan is back for the frame it is there for.
  const [flinging, setFlinging] = React.useState(false);
  // A new list (a Refresh, another source or sort) starts at the top, not where the old one was
  // scrolled: a new react-window instance, so no range is ever computed from the old offset.
  const identity = props.listIdentity ?? orders.items;
  const [list, setList] = React.useState({ identity, version: 0 });
  if (list.identity !== identity) {
    setList({ identity, version: list.version + 1 });
    setPosition({ row: 0, col: null });
  }
  React.useEffect(() => {
    scrollTop.current = 0;
  }, [list.version]);
  // The same list re-derived (a page merged into a sorted view): the row at the top of the view
  // and the active row stay the same orders, wherever they moved to.
  const drawn = React.useRef({ items: orders.items, version: list.version });
  React.useLayoutEffect(() => {
    const before = drawn.current;
    drawn.current = { items: orders.items, version: list.version };
    if (before.version !== list.version || before.items === orders.items) return;
    const movedTo = (index: number) => {
      const order = before.items[index];
      const at = order ? orders.items.indexOf(order) : -1;
      return at < 0 ? index : at;
    };
    const top = Math.floor(scrollTop.current / rowHeight);
    const within = scrollTop.current - top * rowHeight;
    const newTop = movedTo(top);
    if (newTop !== top) listRef.current?.scrollTo(newTop * rowHeight + within);
    setPosition((current) => ({ row: movedTo(current.row), col: current.col }));
  }, [orders.items, list.version, rowHeight]);

  const count = orders.count;
  const activeRow = Math.min(position.row, Math.max(0, count - 1));
  const activeCol = position.col === null ? null : Math.min(position.col, columns.length - 1);

  // The rows as shown when a row's handler runs: the handlers stay the same object across pages.
  const shown = React.useRef(orders);
  React.useLayoutEffect(() => {
    shown.current = orders;
  }, [orders]);
  const intend = React.useCallback((intent: SelectionIntent) => onSelectionIntent?.(intent, shown.current), [onSelectionIntent]);

  const onRowClick = React.useCallback(
    (order: Order, index: number, event: React.MouseEvent) => {
      setPosition({ row: index, col: null });
      const toggle = event.ctrlKey || event.metaKey;
      intend({ kind: "click", index, shift: event.shiftKey, toggle });
      // A click that extends or toggles a selection is no invoke.
      if (!multiple || !(event.shiftKey || toggle)) onSelect(order);
    },
    [onSelect, intend, multiple],
  );
  const check = React.useMemo<OrdersGridRowData["check"]>(
    () =>
      multiple
        ? {
            label: (order) => fillTemplate(strings.Select_Row, order.id),
            onToggle: (index, shift) => {
              setPosition({ row: index, col: null });
              intend({ kind: "check", index, shift });
            },
          }
        : undefined,
    [multiple, strings, intend],
  );

  const { dir } = useFluent();
  const onKeyDown = (event: React.KeyboardEvent) => {
    // Keys on a header's button or checkbox are the header's (Enter and Space sort, Left and Right move between headings).
    if (event.target !== event.currentTarget) return;
    const command = event.ctrlKey || event.metaKey;
    const letter = event.key.toLowerCase();
    // Ctrl+A selects the orders in Multiple; in Single and None, nothing, as in a list with one
    // selection (not the browser's: the text of the whole app), with no rows too.
    if (command && letter === "a") {
      if (multiple && count > 0) intend({ kind: "all" });
      event.preventDefault();
      return;
    }
    if (count === 0) return;
    const order = orders.items[activeRow];
    if (command && letter === "c") {
      onCopy?.(order, orders, activeCol === null ? undefined : columns[activeCol]);
      event.preventDefault();
      return;
    }
    if (event.key === "Enter" || event.key === " ") {
      if (order && event.key === " " && multiple) intend({ kind: "space", index: activeRow });
      else if (order) {
        // Enter in Multiple invokes the focused row and leaves the selection as it is.
        if (!multiple) intend({ kind: "click", index: activeRow, shift: false, toggle: false });
        onSelect(order);
        if (event.key === "Enter") onOpen?.(order);
      }
      event.preventDefault();
      return;
    }
    const page = Math.max(1, Math.floor(bodyHeight / rowHeight) - 1);
    const next = moveActive({ row: activeRow, col: activeCol }, logicalKey(event.key, dir), { rows: count, cols: columns.length, page }, event.ctrlKey);
    if (!next) return;
    event.preventDefault();
    setPosition(next);
    if (multiple && next.row !== activeRow) intend(event.shiftKey ? { kind: "extend", from: activeRow, index: next.row } : { kind: "move", index: next.row });
    listRef.current?.scrollTo(offsetToShow(next.row, scrollTop.current, bodyHeight, rowHeight));
  };

  const itemData = React.useMemo<OrdersGridRowData>(
    () => ({
      orders,
      selectedIds,
      selectable: selectionMode !== "None",
      check,
      onRowClick,
      format,
      layout,
      active: focused ? { row: activeRow, col: activeCol } : null,
      idPrefix,
      highlight,
    }),
    [orders, selectedIds, selectionMode, check, onRowClick, format, layout, focused, activeRow, activeCol, idPrefix, highlight],
  );

  // Rows are keyed by slot, not by order: react-window renders at most `slots` consecutive
  // rows (the view, one partly shown, the overscan on both sides), so a row scrolled out hands
  // its elements to the row scrolled in, and a fast scroll updates text instead of building
  // and tearing down every row it passes.
  const slots = Math.ceil((bodyHeight + headerHeight) / rowHeight) + 1 + 2 * OVERSCAN_ROWS;

  const headerChecked = React.useMemo(() => (multiple ? allState(selectedIds, orders) : false), [multiple, selectedIds, orders]);
  const selectAllLabel = fillTemplate(hasMore ? strings.Select_AllLoaded : strings.Select_All, format.count(count));
  // The header's checkbox: its props change only with what it says, so the header stays memoized.
  const selectAll = React.useMemo(
    () => (multiple ? { checked: headerChecked, label: selectAllLabel, onToggle: () => intend({ kind: "header" }) } : undefined),
    [multiple, headerChecked, selectAllLabel, intend],
  );
  const firstCol = multiple ? 2 : 1;

  // The width a keyboard resize gave its column, for the polite live region below the grid.
  // Each press is a new node in the live region, so a screen reader says the same width again
  // (at the minimum, where a press changes nothing, text alone would not change).
  const [announcement, setAnnouncement] = React.useState({ text: "", press: 0 });
  const onResize = React.useMemo(
    () =>
      onColumnResize &&
      ((column: OrderColumn, requested: number, byKeyboard: boolean) => {
        const resized = resizedWidth(column, requested);
        onColumnResize(column.key, resized);
        // A drag is seen as it goes; a key press is told, the minimum too (where a press changes nothing).
        if (byKeyboard) {
          const text = fillTemplate(resized === column.minWidth ? strings.Column_WidthMinimum : strings.Column_Width, columnHeading(column, strings), format.count(resized));
          setAnnouncement(({ press }) => ({ text, press: press + 1 }));
        }
      }),
    [onColumnResize, strings, format],
  );

  const activeDescendant = count === 0 ? undefined : activeCol === null ? rowId(idPrefix, activeRow) : cellId(idPrefix, activeRow, activeCol);
  // Columns resized wider than the control scroll sideways: the active cell is brought into view
  // as the keyboard moves to it, as the rows are vertically (focus stays on the grid, so the
  // browser does not do it).
  React.useLayoutEffect(() => {
    const element = scroller.current;
    if (!focused || activeCol === null || !element) return;
    const cell = element.ownerDocument.getElementById(cellId(idPrefix, activeRow, activeCol));
    if (!cell) return;
    const left = cell.getBoundingClientRect().left - element.getBoundingClientRect().left - element.clientLeft;
    const right = left + cell.offsetWidth;
    if (left < 0) element.scrollLeft += left;
    else if (right > element.clientWidth) element.scrollLeft += right - element.clientWidth;
  }, [focused, activeRow, activeCol, idPrefix]);
  const chrome: GridChrome = {
    gridProps: {
      role: "grid",
      tabIndex: 0,
      "aria-label": strings.Grid_Label,
      "aria-rowcount": hasMore ? -1 : count + 1,
      "aria-colcount": columns.length + firstCol - 1,
      "aria-multiselectable": multiple || undefined,
      "aria-activedescendant": focused ? activeDescendant : undefined,
      className: styles.grid,
      onKeyDown,
      // Focus on a header's button is not on the rows: no active row is shown then.
      onFocus: (event) => {
        if (event.target === event.currentTarget) setFocused(true);
      },
      onBlur: (event) => {
        if (event.target === event.currentTarget) setFocused(false);
      },
      onDoubleClick: onOpen && ((event) => {
        const row = event.target instanceof Element ? event.target.closest<HTMLElement>("[data-order-id]") : null;
        const order = row && orders.items[Number(row.getAttribute("aria-rowindex")) - 2];
        if (order) onOpen(order);
      }),
    },
    header: <OrdersGridHeader layout={layout} strings={strings} sort={props.sort} onSort={onSort} focusCarryRef={headerFocus} selectAll={selectAll} onResize={onResize} />,
    rowWidth: rowMinWidth(layout, multiple),
  };

  return (
    <>
      <GridChromeContext.Provider value={chrome}>
        <FixedSizeList<OrdersGridRowData>
          key={list.version}
          ref={listRef}
          outerRef={outerRef}
          height={bodyHeight + headerHeight}
          width="100%"
          direction={dir}
          itemCount={count + pendingRows}
          itemSize={rowHeight}
          itemData={itemData}
          itemKey={(index: number) => index % slots}
          overscanCount={flinging ? 1 : OVERSCAN_ROWS}
          outerElementType={GridElement}
          innerElementType={RowGroup}
          onItemsRendered={({ visibleStopIndex }: ListOnItemsRenderedProps) => onVisibleRangeChange(visibleStopIndex)}
          onScroll={({ scrollOffset, scrollUpdateWasRequested }) => {
            scrollTop.current = scrollOffset;
            // The speed estimate counts in rows, whatever their height (a density, cards).
            if (!scrollUpdateWasRequested) setFlinging((onUserScroll?.(scrollOffset / rowHeight) ?? 0) * FRAME_MS > 2 * OVERSCAN_ROWS);
          }}
        >
          {OrdersGridRow}
        </FixedSizeList>
      </GridChromeContext.Provider>
      <div role="status" aria-live="polite" className={styles.announcement} data-testid="resize-announcer">
        <span key={announcement.press}>{announcement.text}</span>
      </div>
    </>
  );
}
