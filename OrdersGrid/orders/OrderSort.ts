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

/** The sort as the outputs give it, `sortColumn & " " & sortDirection`: `total Descending`. */
export const sortName = (sort: OrderSort): string => `${sort.column} ${directionName(sort.direction)}`;

export function sameSort(a: OrderSort | undefined, b: OrderSort | undefined): boolean {
  return a?.column === b?.column && a?.direction === b?.direction;
}

/** What activating a column's header does: ascending, then descending, then no sort. */
export function nextSort(current: OrderSort | undefined, column: SortColumn): OrderSort | undefined {
  if (current?.column !== column) return { column, direction: "ascending" };
  return current.direction === "ascending" ? { column, direction: "descending" } : undefined;
}
