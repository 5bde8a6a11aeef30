import { makeStyles, tokens } from "@fluentui/react-components";
import type { Density } from "../../host/readConfig";
import { visuallyHidden } from "../visuallyHidden";

/**
 * A row's height (px) in each density, the header's too: Comfortable is Fluent's small Table,
 * Compact the Creator Kit's compact list.
 */
export const ROW_HEIGHTS: Readonly<Record<Density, number>> = { Comfortable: 36, Compact: 28 };
export const ROW_HEIGHT = ROW_HEIGHTS.Comfortable;
const COMPACT_ROW_HEIGHT = ROW_HEIGHTS.Compact;
/** The check column's width (px, Multiple selection): Fluent's medium checkbox and its padding. */
export const CHECK_COLUMN_WIDTH = 40;
/** A row drawn as a compact two-line card (a narrow control): two lines of 27.5 px and the border. */
export const CARD_ROW_HEIGHT = 56;
/** The header is a row like the others, on its own background (Comfortable; see GridLayout.headerHeight). */
export const HEADER_HEIGHT = ROW_HEIGHT;
/** A placeholder bar's height (one of SkeletonItem's sizes). */
export const SKELETON_SIZE = 16;

export const useOrdersGridStyles = makeStyles({
  grid: {
    minWidth: "0",
    // The scroll stays in the grid at its ends: a wheel or swipe that reaches the last loaded
    // row would otherwise scroll the host page and carry the grid out of view while the next
    // page loads (the Power Apps grid does the same).
    overscrollBehavior: "contain",
    // The scrollbar's space is kept when no scrollbar shows (a few rows), so the columns that
    // fit do not depend on how many rows are loaded.
    scrollbarGutter: "stable",
    backgroundColor: tokens.colorNeutralBackground1,
    ":focus-visible": { outline: "none" },
  },
  header: {
    position: "sticky",
    top: "0",
    zIndex: 1,
  },
  headerRow: {
    backgroundColor: tokens.colorNeutralBackground2,
  },
  /** A heading: Fluent's TableHeaderCell, on the row's line, its padding the cells'. */
  headerCell: {
    alignItems: "stretch",
    minWidth: "0",
    boxSizing: "border-box",
  },
  headerButton: {
    minWidth: "0",
    minHeight: "0",
  },
  headerButtonNumeric: {
    justifyContent: "flex-end",
  },
  headerLabel: {
    minWidth: "0",
    overflow: "hidden",
    whiteSpace: "nowrap",
    textOverflow: "ellipsis",
  },
  /** Every row, the header's too: the look of Fluent's small Table. */
  row: {
    display: "flex",
    color: tokens.colorNeutralForeground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    height: `${ROW_HEIGHT}px`,
    boxSizing: "border-box",
  },
  /** A row in the Compact density, the header's too. */
  compactRow: {
    height: `${COMPACT_ROW_HEIGHT}px`,
  },
  /** A row with an order: it can be clicked. */
  order: {
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover },
  },
  selected: {
    backgroundColor: tokens.colorBrandBackground2,
    ":hover": { backgroundColor: tokens.colorBrandBackground2Hover },
  },
  /** The keyboard position: the grid keeps DOM focus and points at it with aria-activedescendant. */
  active: {
    outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
    outlineOffset: `calc(-1 * ${tokens.strokeWidthThick})`,
  },
  cell: {
    minWidth: "0",
    // A column's minimum width includes its padding.
    boxSizing: "border-box",
    padding: `0 ${tokens.spacingHorizontalS}`,
    lineHeight: `${ROW_HEIGHT - 1}px`,
    overflow: "hidden",
    whiteSpace: "nowrap",
    textOverflow: "ellipsis",
    // A value reads in its own direction ("Litware, Inc." in a right-to-left grid keeps its
    // period at its end), and stays aligned with its column: "left" and "right" are mirrored
    // with the grid, "start" would follow the value.
    unicodeBidi: "plaintext",
    textAlign: "left",
  },
  compactCell: {
    lineHeight: `${COMPACT_ROW_HEIGHT - 1}px`,
  },
  numeric: {
    textAlign: "right",
    fontVariantNumeric: "tabular-nums",
  },
  /**
   * A quick find match: the theme's yellow under the text colour, and bold, so it shows
   * without colour too; in forced colours (Windows high contrast) the system's own Mark colours.
   */
  match: {
    backgroundColor: tokens.colorPaletteYellowBackground2,
    color: "inherit",
    fontWeight: tokens.fontWeightSemibold,
    borderRadius: tokens.borderRadiusSmall,
    "@media (forced-colors: active)": { backgroundColor: "Mark", color: "MarkText", forcedColorAdjust: "none" },
  },
  /** A placeholder's bar, centred in the cell's line. */
  skeleton: {
    marginTop: `${(ROW_HEIGHT - 1 - SKELETON_SIZE) / 2}px`,
  },
  compactSkeleton: {
    marginTop: `${(COMPACT_ROW_HEIGHT - 1 - SKELETON_SIZE) / 2}px`,
  },
  /**
   * A column's resize handle: inside its heading, its line on the heading's edge (Fluent's
   * straddles the edge, which would make every heading, and the grid at its last column,
   * wider than its box). A touch drag resizes the column rather than scrolling the grid.
   */
  resizeHandle: {
    margin: "0",
    touchAction: "none",
    "::after": { left: "auto", right: "0" },
  },
  /** What the resize announcement says is heard, not seen. */
  announcement: visuallyHidden,
  /** A row as a compact card: its cells one below the other, each on a line of the full width. */
  card: {
    flexDirection: "column",
  },
  /** A card with the check column: its lines start after the checkbox. */
  cardWithCheck: {
    paddingInlineStart: `${CHECK_COLUMN_WIDTH}px`,
  },
  /** The check column's cell in a placeholder row: the columns stay where the rows have them. */
  checkPlaceholder: {
    flex: `0 0 ${CHECK_COLUMN_WIDTH}px`,
  },
  /** The check column's cell (SelectionCell). */
  check: {
    flex: `0 0 ${CHECK_COLUMN_WIDTH}px`,
    display: "flex",
    alignItems: "center",
    justifyContent: "center",
  },
  /** In a card the cells are lines one below the other: the check sits beside them, at the card's start. */
  cardCheck: {
    position: "absolute",
    insetInlineStart: "0",
    top: "0",
    bottom: "0",
  },
  cardCell: {
    lineHeight: `${(CARD_ROW_HEIGHT - 1) / 2}px`,
  },
  cardSkeleton: {
    marginTop: `${((CARD_ROW_HEIGHT - 1) / 2 - SKELETON_SIZE) / 2}px`,
  },
});
