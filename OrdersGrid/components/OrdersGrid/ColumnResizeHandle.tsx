import { TableResizeHandle } from "@fluentui/react-components";
import * as React from "react";
import { useOrdersGridStyles } from "./OrdersGrid.styles";

export interface ColumnResizeHandleProps {
  /** The width (px) the drag asks for: the heading's width when the drag began plus how far it went. */
  readonly onResize: (width: number) => void;
}

/**
 * Fluent's resize handle on a heading's end edge, dragged with a mouse, pen or finger. The
 * pointer is captured while it is down, so the drag goes on outside the handle and ends when
 * the button is released anywhere. Hidden from screen readers: the heading itself resizes its
 * column from the keyboard (Ctrl+Left, Ctrl+Right), and the headings stay one tab stop.
 */
export function ColumnResizeHandle({ onResize }: ColumnResizeHandleProps): React.ReactElement {
  const styles = useOrdersGridStyles();
  const drag = React.useRef<{ readonly x: number; readonly width: number } | null>(null);
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
        if (start) onResize(start.width + event.clientX - start.x);
      }}
      onLostPointerCapture={() => {
        drag.current = null;
      }}
    />
  );
}
