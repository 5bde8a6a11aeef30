/** The columns a user can sort by: the column keys the grid shows, as app makers read them in `sortColumn`. */
export const SORT_COLUMNS = ["id", "date", "customer", "status", "total", "currency"] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];

/** As `aria-sort` names them. */
export type SortDirection = "ascending" | "descending";

/** One column and a direction; no sort is `undefined`. */
export interface OrderSort {
  readonly column: SortColumn;
  readonly direction: SortDirection;
}

/** As app makers read it in `sortDirection`. */
export const directionName = (direction: SortDirection): "Ascending" | "Descending" => (direction === "ascending" ? "Ascending" : "Descending");

/**
 * Whether the app's text names `sort`: its column and direction as the outputs give them
 * (`total Descending`), or the direction as a sort parameter writes it (`total desc`), in any case.
 */
export function namesSort(text: string, sort: OrderSort): boolean {
  const [column, direction = "", more] = text.toLowerCase().split(/\s+/);
  // "asc" and "desc" are the directions without their "ending".
  return more === undefined && column === sort.column && (direction === sort.direction || direction === sort.direction.slice(0, -6));
}

export function sameSort(a: OrderSort | undefined, b: OrderSort | undefined): boolean {
  return a?.column === b?.column && a?.direction === b?.direction;
}

/** What activating a column's header does: ascending, then descending, then no sort. */
export function nextSort(current: OrderSort | undefined, column: SortColumn): OrderSort | undefined {
  if (current?.column !== column) return { column, direction: "ascending" };
  return current.direction === "ascending" ? { column, direction: "descending" } : undefined;
}
