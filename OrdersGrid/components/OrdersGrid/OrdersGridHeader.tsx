import { mergeClasses, TableHeaderCell, Tooltip, useFluent, useId, type SlotRenderFunction } from "@fluentui/react-components";
import * as React from "react";
import { nextSort, type OrderSort, type SortColumn } from "../../orders/OrderSort";
import { fillTemplate, type Strings } from "../../strings/stringKeys";
import { ColumnResizeHandle } from "./ColumnResizeHandle";
import { columnHeading, columnStyle, rowMinWidth, type GridLayout, type OrderColumn } from "./columns";
import { logicalKey, moveHeading, resizeStep } from "./gridKeyboard";
import { useOrdersGridStyles } from "./OrdersGrid.styles";
import { SelectionCell } from "./SelectionCell";

export interface OrdersGridHeaderProps {
  readonly layout: GridLayout;
  readonly strings: Strings;
  /** The sort the rows are shown in; undefined: as loaded. */
  readonly sort: OrderSort | undefined;
  /** The user activated a column's header (click, Enter or Space). */
  readonly onSort: (column: SortColumn) => void;
  /**
   * Where the focus was when this header went away: a new list (a sort starts one) draws the
   * grid anew, and the heading the user was on takes the focus again. Owned by the grid.
   */
  readonly focusCarryRef: React.MutableRefObject<SortColumn | null>;
  /** Multiple selection: the check column's header checkbox (select all loaded). */
  readonly selectAll?: { readonly checked: boolean | "mixed"; readonly label: string; readonly onToggle: () => void } | undefined;
  /**
   * The user resized a column to `width` px (not clamped yet): by dragging its edge, or with
   * Ctrl+Left / Ctrl+Right on its heading (`byKeyboard`). Undefined, and in cards: no resizing.
   */
  readonly onResize?: ((column: OrderColumn, width: number, byKeyboard: boolean) => void) | undefined;
}

/** What activating a header does next, as its tooltip says. */
function sortHint(sort: OrderSort | undefined, column: SortColumn, strings: Strings): string {
  const next = nextSort(sort, column);
  if (!next) return strings.Sort_Clear;
  return next.direction === "ascending" ? strings.Sort_Ascending : strings.Sort_Descending;
}

/**
 * Renders a heading's button inside a tooltip. The tooltip is only seen: screen readers hear the
 * same words as the button's description, from a hidden element of its own, so no tooltip (and
 * no portal) is rendered until one is shown.
 */
function withTooltip(hint: string, descriptionId: string): SlotRenderFunction<React.HTMLAttributes<HTMLDivElement>> {
  return function HeaderButton(Button, { children, ...props }) {
    // Keyed: the Tooltip renders its trigger in a list beside its portal, and React 16's
    // development build warns about an unkeyed element there. The heading and its arrow may
    // arrive as an array too.
    return (
      <Tooltip content={hint} relationship="inaccessible" withArrow>
        <Button key="button" {...props} aria-describedby={descriptionId}>
          {React.Children.toArray(children)}
        </Button>
      </Tooltip>
    );
  };
}

/**
 * The header row: each heading is Fluent's sortable TableHeaderCell (a button inside the
 * columnheader, `aria-sort`, the arrow), with a tooltip that says what activating it does.
 * The headings are one tab stop, moved between with Left, Right, Home and End, so that Tab
 * goes from the rows to the headings and on out of the grid. (Fluent's arrow navigation group
 * would do it with focusable aria-hidden elements at its edges, which axe reports as serious:
 * https://github.com/microsoft/tabster/issues/288.) Memoized: the grid renders again as it
 * scrolls, the headings only when the sort, the columns or the strings change. Each heading's
 * end edge is a resize handle, and Ctrl+Left / Ctrl+Right on a heading resize its column by
 * RESIZE_STEP (the arrows without Ctrl still move between the headings).
 */
export const OrdersGridHeader = React.memo(function OrdersGridHeader({ layout, strings, sort, onSort, focusCarryRef, selectAll, onResize }: OrdersGridHeaderProps): React.ReactElement {
  const styles = useOrdersGridStyles();
  const hintId = useId("sort-hint");
  const rowGroup = React.useRef<HTMLDivElement>(null);
  // The heading in the tab order: the one last focused (the focus carried over counts).
  const [tabStop, setTabStop] = React.useState(0);
  const resize = layout.stacked ? undefined : onResize;
  const { dir } = useFluent();
  const onKeyDown = (event: React.KeyboardEvent<HTMLDivElement>) => {
    const buttons = [...event.currentTarget.querySelectorAll<HTMLElement>('[role="button"]')];
    const at = buttons.findIndex((button) => button === event.target);
    const column = layout.columns[at];
    const step = resizeStep(event.key, event.ctrlKey);
    if (resize && column && step !== null) {
      event.preventDefault();
      // From the width the column is drawn with; a resized one's own width, so steps add up exactly.
      const drawn = layout.widths[column.key] ?? buttons[at]?.closest('[role="columnheader"]')?.getBoundingClientRect().width ?? column.minWidth;
      resize(column, drawn + step, true);
      return;
    }
    const next = at < 0 ? null : moveHeading(at, logicalKey(event.key, dir), buttons.length);
    if (next === null) return;
    event.preventDefault();
    setTabStop(next);
    buttons[next]?.focus();
  };
  React.useLayoutEffect(() => {
    const element = rowGroup.current;
    const buttons = () => [...(element?.querySelectorAll<HTMLElement>('[role="button"]') ?? [])];
    const carried = layout.columns.findIndex((column) => column.key === focusCarryRef.current);
    focusCarryRef.current = null;
    if (carried >= 0) buttons()[carried]?.focus();
    return () => {
      // Still in the document here: the grid's elements are removed after this runs.
      const focused = buttons().findIndex((button) => button === button.ownerDocument.activeElement);
      focusCarryRef.current = layout.columns[focused]?.key ?? null;
    };
  }, [focusCarryRef, layout]);
  return (
    <div role="rowgroup" className={styles.header} ref={rowGroup} style={{ minWidth: rowMinWidth(layout, selectAll !== undefined) }}>
      <div role="row" className={mergeClasses(styles.row, styles.headerRow, layout.density === "Compact" && styles.compactRow)} aria-rowindex={1} onKeyDown={onKeyDown}>
        {selectAll && <SelectionCell role="columnheader" checked={selectAll.checked} label={selectAll.label} onToggle={selectAll.onToggle} />}
        {layout.columns.map((column, col) => {
          const direction = sort?.column === column.key ? sort.direction : undefined;
          return (
            <TableHeaderCell
              key={column.key}
              as="div"
              sortable
              sortDirection={direction}
              aria-colindex={col + (selectAll ? 2 : 1)}
              className={styles.headerCell}
              style={columnStyle(column, layout)}
              button={{
                className: mergeClasses(styles.headerButton, column.numeric && styles.headerButtonNumeric),
                onClick: () => onSort(column.key),
                onFocus: () => setTabStop(col),
                tabIndex: col === Math.min(tabStop, layout.columns.length - 1) ? 0 : -1,
                children: withTooltip(sortHint(sort, column.key, strings), `${hintId}-${column.key}`),
              }}
              aside={resize && <ColumnResizeHandle onResize={(width) => resize(column, width, false)} />}
            >
              <span className={styles.headerLabel}>{columnHeading(column, strings)}</span>
            </TableHeaderCell>
          );
        })}
      </div>
      {/* The headings' descriptions (what the tooltips say, and the resize keys, which a pointer user does not need), outside the headings so that their text stays the label alone. */}
      <div hidden>
        {layout.columns.map((column) => (
          <span key={column.key} id={`${hintId}-${column.key}`}>
            {resize ? fillTemplate(strings.Column_ResizeDescription, sortHint(sort, column.key, strings)) : sortHint(sort, column.key, strings)}
          </span>
        ))}
      </div>
    </div>
  );
});
