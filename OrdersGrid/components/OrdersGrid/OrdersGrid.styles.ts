import { makeStyles, tokens } from "@fluentui/react-components";

export const ROW_HEIGHT = 36;
export const HEADER_HEIGHT = 36;

export const useOrdersGridStyles = makeStyles({
  grid: {
    minWidth: "0",
    backgroundColor: tokens.colorNeutralBackground1,
    ":focus-visible": { outline: "none" },
  },
  header: {
    position: "sticky",
    top: "0",
    zIndex: 1,
  },
  headerRow: {
    height: `${HEADER_HEIGHT}px`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  row: {
    display: "flex",
    color: tokens.colorNeutralForeground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover },
    height: `${ROW_HEIGHT}px`,
    cursor: "pointer",
    boxSizing: "border-box",
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
    padding: `0 ${tokens.spacingHorizontalS}`,
    lineHeight: `${ROW_HEIGHT - 1}px`,
    overflow: "hidden",
    whiteSpace: "nowrap",
    textOverflow: "ellipsis",
  },
  numeric: {
    justifyContent: "flex-end",
    textAlign: "end",
    fontVariantNumeric: "tabular-nums",
  },
  /** A placeholder's bar, centred in the cell's line. */
  skeleton: {
    marginTop: `${(ROW_HEIGHT - 1 - 16) / 2}px`,
  },
  pending: {
    cursor: "default",
  },
});
