/** Rows ahead of the view at which the next page is asked for, however slowly the user scrolls. */
export const MIN_PREFETCH_ROWS = 20;
/** A page's round trip before one has been measured. */
export const ASSUMED_PAGE_MS = 400;
/** Margin over "rows scrolled during one round trip". */
const SAFETY = 1.5;

/**
 * How far from the end to ask for the next page: half a page at rest, and while the user
 * scrolls, at least the rows they will pass before the page can arrive (speed × round trip),
 * so that no loading row shows at a steady scroll. `ahead` when the scroll speed, not the
 * resting distance, sets it: the user will want the page after that one too as soon as it comes.
 */
export function prefetchDistance(pageSize: number, rowsPerMs: number, pageMs: number): { rows: number; ahead: boolean } {
  const rest = Math.max(MIN_PREFETCH_ROWS, Math.ceil(pageSize / 2));
  const moving = Math.ceil(Math.max(0, rowsPerMs) * pageMs * SAFETY);
  return { rows: Math.max(rest, moving), ahead: moving > rest };
}
