/** The grid's active position: a row, or one cell of it (`col` null = the whole row). */
export interface ActiveCell {
  readonly row: number;
  readonly col: number | null;
}

export interface GridBounds {
  readonly rows: number;
  readonly cols: number;
  /** Rows in one screenful, for PageUp/PageDown. */
  readonly page: number;
}

/**
 * The key as it reads in a left-to-right layout: in a right-to-left one (`userSettings.isRTL`)
 * the columns run from the right, and Left and Right move the other way, as the eye goes.
 */
export function logicalKey(key: string, dir: "ltr" | "rtl"): string {
  if (dir === "ltr") return key;
  return key === "ArrowLeft" ? "ArrowRight" : key === "ArrowRight" ? "ArrowLeft" : key;
}

/**
 * Where a key moves the active position in the ARIA grid pattern: Up/Down between rows,
 * Left/Right from the row into its cells and back, Home/End to the first/last row (with
 * Ctrl, in a cell: first/last cell), PageUp/PageDown by a screenful. Returns null for keys
 * the grid does not handle.
 */
export function moveActive(active: ActiveCell, key: string, bounds: GridBounds, ctrl = false): ActiveCell | null {
  const lastRow = Math.max(0, bounds.rows - 1);
  const clampRow = (row: number) => Math.min(lastRow, Math.max(0, row));
  const { row, col } = active;
  switch (key) {
    case "ArrowDown":
      return { row: clampRow(row + 1), col };
    case "ArrowUp":
      return { row: clampRow(row - 1), col };
    case "PageDown":
      return { row: clampRow(row + bounds.page), col };
    case "PageUp":
      return { row: clampRow(row - bounds.page), col };
    case "ArrowRight":
      return { row, col: col === null ? 0 : Math.min(bounds.cols - 1, col + 1) };
    case "ArrowLeft":
      return { row, col: col === null || col === 0 ? null : col - 1 };
    case "Home":
      return col !== null && !ctrl ? { row, col: 0 } : { row: 0, col };
    case "End":
      return col !== null && !ctrl ? { row, col: bounds.cols - 1 } : { row: lastRow, col };
    default:
      return null;
  }
}

/**
 * Where a key moves the focus among the `count` headings (one tab stop, as the row's cells are):
 * Left/Right to the neighbour, Home/End to the first/last. Null for keys the headings leave alone.
 */
export function moveHeading(index: number, key: string, count: number): number | null {
  switch (key) {
    case "ArrowRight":
      return Math.min(count - 1, index + 1);
    case "ArrowLeft":
      return Math.max(0, index - 1);
    case "Home":
      return 0;
    case "End":
      return count - 1;
    default:
      return null;
  }
}

/** How much (px) Ctrl+Left / Ctrl+Right make the focused heading's column narrower / wider. */
export const RESIZE_STEP = 16;

/**
 * How much a key on a heading resizes its column (px, negative: narrower): Ctrl+Left and
 * Ctrl+Right. Checked before moveHeading, which takes Left and Right with or without Ctrl.
 * Null for other keys.
 */
export function resizeStep(key: string, ctrl: boolean): number | null {
  if (!ctrl) return null;
  if (key === "ArrowRight") return RESIZE_STEP;
  if (key === "ArrowLeft") return -RESIZE_STEP;
  return null;
}
