import type { CSSProperties } from "react";
import type { OrderFormatters } from "../../format/createOrderFormatters";
import type { ColumnSpec } from "../../orders/columnSpec";
import type { Order, OrderField } from "../../orders/Order";
import type { Density } from "../../host/readConfig";
import type { Strings, StringKey } from "../../strings/stringKeys";
import { CARD_ROW_HEIGHT, CHECK_COLUMN_WIDTH, ROW_HEIGHTS } from "./OrdersGrid.styles";

export type ColumnKey = OrderField;

export interface OrderColumn {
  readonly key: ColumnKey;
  readonly label: StringKey;
  /** The app maker's heading (`columns`), shown instead of the translated one. */
  readonly title?: string | undefined;
  /** Flex grow factor; columns share the width beyond their minimums in this ratio. */
  readonly grow: number;
  /**
   * The narrowest the column gets (px, its padding included): its longest content in the four
   * languages and the widest fonts a host may fall back to, so no value is cut at that width.
   */
  readonly minWidth: number;
  /** 0 is always shown; higher numbers are dropped first when the control is narrow. */
  readonly priority: number;
  readonly numeric?: boolean;
  readonly text: (order: Order, format: OrderFormatters) => string;
}

// Minimum widths measured in Chromium with DejaVu Sans at 14 px (what Linux falls back to for
// Segoe UI; wider than Segoe UI), padding 2 × 8 px included, rounded up with a few px to spare:
// id "ORD-000001" 82.5 px; date "May 11, 2026, 12:58 PM" 152.5 px (en-US, the longest of the
// four languages); customer "Contoso Pharmaceuticals" 159.5 px; status "Confirmed" 64.6 px;
// total "12 345,67 £GB" 92.3 px (fr-FR; de-DE "12.345,67 €" is 74 px); currency: its heading
// "Währung" with the sort arrow, 84 px.
export const ALL_COLUMNS: readonly OrderColumn[] = [
  { key: "id", label: "Column_Id", grow: 1, minWidth: 104, priority: 0, text: (order) => order.id },
  { key: "date", label: "Column_Date", grow: 1.4, minWidth: 180, priority: 2, text: (order, format) => order.display?.date ?? format.date(order.date) },
  { key: "customer", label: "Column_Customer", grow: 2, minWidth: 180, priority: 1, text: (order) => order.customer ?? "" },
  { key: "status", label: "Column_Status", grow: 1, minWidth: 100, priority: 3, text: (order) => order.status ?? "" },
  { key: "total", label: "Column_Total", grow: 1.2, minWidth: 112, priority: 0, numeric: true, text: (order, format) => order.display?.total ?? format.total(order) },
  { key: "currency", label: "Column_Currency", grow: 0.6, minWidth: 96, priority: 4, text: (order) => order.currency ?? "" },
];

/** The columns without a `columns` input: all but the currency, which the total shows. */
export const ORDER_COLUMNS: readonly OrderColumn[] = ALL_COLUMNS.filter((column) => column.key !== "currency");

/** The column's heading: the app maker's, or the translated one. */
export const columnHeading = (column: OrderColumn, strings: Strings): string => column.title ?? strings[column.label];

/** The columns `columns` names, in its order, with their headings; the usual ones when it names none. */
export function columnsFromSpec(spec: readonly ColumnSpec[] | undefined): readonly OrderColumn[] {
  if (!spec?.length) return ORDER_COLUMNS;
  return spec.flatMap((entry) => {
    const column = ALL_COLUMNS.find((known) => known.key === entry.field);
    return column ? [{ ...column, title: entry.label }] : [];
  });
}

/** The starting widths `columns` gives, never under a column's minimum. */
export function widthsFromSpec(spec: readonly ColumnSpec[] | undefined): ColumnWidths {
  const widths: Partial<Record<ColumnKey, number>> = {};
  for (const entry of spec ?? []) {
    const column = ALL_COLUMNS.find((known) => known.key === entry.field);
    if (column && entry.width !== undefined) widths[entry.field] = Math.max(column.minWidth, entry.width);
  }
  return widths;
}

/**
 * Width (px) the columns never count on: the vertical scrollbar (17 px on Windows, 15 on
 * Linux; the grid keeps its gutter even when no scrollbar shows), a host's border inside the
 * width it allocates (the test harness draws 1 px on each side) and sub-pixel rounding.
 */
export const WIDTH_ALLOWANCE = 24;

/**
 * Columns the user resized, with their widths (px, padding included); the other columns share
 * what is left by their `grow`. The one place widths live: resizing sets them, and so will a
 * starting width an app maker gives.
 */
export type ColumnWidths = Readonly<Partial<Record<ColumnKey, number>>>;

const NO_WIDTHS: ColumnWidths = {};

export interface GridLayout {
  /** The columns shown, in column order. */
  readonly columns: readonly OrderColumn[];
  /**
   * Each row is a compact card, its cells one below the other: the control is too narrow for
   * the always-shown columns side by side. The header still names them on one line.
   */
  readonly stacked: boolean;
  /** A row's height (px): what the rows are drawn with and what virtualization and the keyboard count in. */
  readonly rowHeight: number;
  /** The header row's height (px): a row of the density's height, also above cards. */
  readonly headerHeight: number;
  readonly density: Density;
  /** The resized columns' widths; none in cards, where columns are not resized. */
  readonly widths: ColumnWidths;
  /**
   * The least width (px) a row of these columns takes: the resized columns' widths and the
   * others' minimums. A grid narrower than that scrolls sideways rather than cut values.
   * Undefined for cards, which fit any width.
   */
  readonly rowWidth: number | undefined;
}

export interface LayoutOptions {
  /** @default ORDER_COLUMNS */
  readonly columns?: readonly OrderColumn[] | undefined;
  /** @default no column resized */
  readonly widths?: ColumnWidths | undefined;
  /** @default "Comfortable" */
  readonly density?: Density | undefined;
}

/** The control width (px) the columns need side by side. */
export function widthNeeded(columns: readonly OrderColumn[]): number {
  return columns.reduce((sum, column) => sum + column.minWidth, 0) + WIDTH_ALLOWANCE;
}

/** The width the columns share in a grid `width` px wide: the check column (Multiple selection) takes its own first (at least 1 px is left: 0 would mean "unknown"). */
export function columnsWidth(width: number | undefined, withCheck: boolean): number | undefined {
  return withCheck && width !== undefined && width > 0 ? Math.max(1, width - CHECK_COLUMN_WIDTH) : width;
}

/**
 * The layout for a control `width` px wide: the columns that fit side by side, dropping the
 * highest priority number first (Status, then Date, then Customer); below the width the
 * always-shown columns need, those as a two-line card. All columns when the width is unknown.
 * Which columns show depends on their minimum widths only: widening one never hides another
 * (the grid scrolls sideways instead), and the widths README gives hold whatever was resized.
 */
export function gridLayout(width: number | undefined, options: LayoutOptions = {}): GridLayout {
  const { columns = ORDER_COLUMNS, widths = NO_WIDTHS, density = "Comfortable" } = options;
  const headerHeight = ROW_HEIGHTS[density];
  const byDropOrder = [...columns].sort((a, b) => b.priority - a.priority);
  // The always-shown columns: Order and Total, or the most important ones the app maker chose
  // when `columns` names neither (a grid is never left without a column).
  const alwaysShown = Math.min(...columns.map((column) => column.priority));
  let kept = columns;
  for (const dropped of byDropOrder) {
    if (width === undefined || width <= 0 || widthNeeded(kept) <= width) break;
    if (dropped.priority === alwaysShown) return { columns: kept, stacked: true, rowHeight: CARD_ROW_HEIGHT, headerHeight, density, widths: NO_WIDTHS, rowWidth: undefined };
    kept = kept.filter((column) => column !== dropped);
  }
  const rowWidth = kept.reduce((sum, column) => sum + (widths[column.key] ?? column.minWidth), 0);
  return { columns: kept, stacked: false, rowHeight: headerHeight, headerHeight, density, widths, rowWidth };
}

/**
 * A column's share of the row's width, the same in the header and in every row: a resized
 * column its own width, the others the rest by their `grow`. In a card the header's headings
 * share its line equally, above the card's lines.
 */
export function columnStyle(column: OrderColumn, layout: Pick<GridLayout, "stacked" | "widths">): CSSProperties {
  if (layout.stacked) return { flex: "1 1 0px" };
  const width = layout.widths[column.key];
  return width === undefined ? { flex: `${column.grow} 1 0px`, minWidth: column.minWidth } : { flex: `0 0 ${width}px` };
}

/** The least width (px) of a row, the check column included (Multiple); undefined for cards. */
export function rowMinWidth(layout: GridLayout, withCheck: boolean): number | undefined {
  return layout.rowWidth === undefined ? undefined : layout.rowWidth + (withCheck ? CHECK_COLUMN_WIDTH : 0);
}

/** The width (px) a column gets when the user asks for `width`: whole pixels, never under its minimum. */
export function resizedWidth(column: OrderColumn, width: number): number {
  return Math.max(column.minWidth, Math.round(width));
}
