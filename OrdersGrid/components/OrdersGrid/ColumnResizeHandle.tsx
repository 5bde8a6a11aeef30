import { TableResizeHandle, useFluent } from "@fluentui/react-components";
import * as React from "react";
import { useOrdersGridStyles } from "./OrdersGrid.styles";

export interface ColumnResizeHandleProps {
  /**
   * The width (px) asked for: by a drag, the heading's width when the drag began plus how far
   * it went; by a double-click, the width that shows the heading and the values in view in full.
   */
  readonly onResize: (width: number) => void;
}

/** The width (px) of the text inside `element` on one line, however wide its box is drawn. */
function textWidth(element: Element): number {
  const range = element.ownerDocument.createRange();
  range.selectNodeContents(element);
  return range.getBoundingClientRect().width;
}

/**
 * The width (px) the heading's column needs to show its heading and each value in the rows in
 * the DOM (the rows in view and the few drawn around them) without cutting one.
 */
function widthToFit(heading: HTMLElement): number {
  // The heading at the width of its content (label, sort arrow, padding, edge), for one layout.
  const drawn = heading.style.cssText;
  Object.assign(heading.style, { flex: "0 0 auto", width: "max-content", minWidth: "0" });
  let widest = heading.getBoundingClientRect().width;
  heading.style.cssText = drawn;
  // The rows of orders: a loading row's placeholder fills its cell, whatever the width.
  const cells = [...(heading.closest('[role="grid"]')?.querySelectorAll<HTMLElement>(`[data-order-id] > [role="gridcell"][aria-colindex="${heading.getAttribute("aria-colindex") ?? ""}"]`) ?? [])];
  const first = cells[0];
  if (!first) return Math.ceil(widest);
  // The cells of a column share their padding and borders.
  const style = getComputedStyle(first);
  const chrome = first.offsetWidth - first.clientWidth + parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
  for (const cell of cells) widest = Math.max(widest, chrome + textWidth(cell));
  return Math.ceil(widest);
}

/**
 * Fluent's resize handle on a heading's end edge, dragged with a mouse, pen or finger. The
 * pointer is captured while it is down, so the drag goes on outside the handle and ends when
 * the button is released anywhere; a double-click fits the column to its heading and values.
 * Hidden from screen readers: the heading itself resizes its column from the keyboard
 * (Ctrl+Left, Ctrl+Right), and the headings stay one tab stop.
 */
export function ColumnResizeHandle({ onResize }: ColumnResizeHandleProps): React.ReactElement {
  const styles = useOrdersGridStyles();
  const drag = React.useRef<{ readonly x: number; readonly width: number } | null>(null);
  // The end edge is on the left in a right-to-left layout: moving it left widens the column.
  const outward = useFluent().dir === "rtl" ? -1 : 1;
  return (
    <TableResizeHandle
      aria-hidden
      className={styles.resizeHandle}
      onPointerDown={(event) => {
        const heading = event.currentTarget.closest('[role="columnheader"]');
        if (event.button !== 0 || !heading) return;
        // No text selection and no focus move while dragging.
        event.preventDefault();
        event.currentTarget.setPointerCapture(event.pointerId);
        drag.current = { x: event.clientX, width: heading.getBoundingClientRect().width };
      }}
      onPointerMove={(event) => {
        const start = drag.current;
        if (start) onResize(start.width + outward * (event.clientX - start.x));
      }}
      onLostPointerCapture={() => {
        drag.current = null;
      }}
      onDoubleClick={(event) => {
        const heading = event.currentTarget.closest<HTMLElement>('[role="columnheader"]');
        if (heading) onResize(widthToFit(heading));
      }}
    />
  );
}
