import * as React from "react";
import { ASSUMED_PAGE_MS, prefetchDistance } from "./prefetchDistance";

/** How quickly the scroll speed estimate follows changes (0..1, higher = faster). */
const SMOOTHING = 0.3;
/** A scroll older than this is over: the user is reading, not flinging. */
const SCROLL_IDLE_MS = 300;

export interface NearEndCallbacks {
  /** react-window's visible range changed. */
  readonly onVisibleRangeChange: (lastVisibleIndex: number) => void;
  /** The user scrolled to this position (in rows); feeds the (downward) scroll speed estimate, which it returns (rows/ms). */
  readonly onUserScroll: (rows: number) => number;
}

/**
 * Calls `loadMore` when the last visible row comes within the prefetch distance of the end:
 * when the user scrolls, and when a page arrives that still leaves the view near the end (an
 * empty page with a nextLink, a fast scroll). The distance grows with the user's scroll speed
 * and the page round trip the source measured (`pageRoundTripMs`; assumed slow until one is
 * known). `loadMore` ignores calls while a page is loading, so a page is never requested
 * twice or in parallel; each call says whether the user scrolls fast enough to want the page
 * after it as soon as it arrives (`ahead`), which is when the source reads ahead.
 */
export function useLoadMoreNearEnd(
  count: number,
  pageSize: number,
  pageRoundTripMs: number | undefined,
  canLoadMore: boolean,
  loadMore: (ahead: boolean) => void,
): NearEndCallbacks {
  /** What the callbacks share between renders: the view and the user's scrolling. */
  const tracked = React.useRef({ lastVisible: -1, count: 0, scrolledRows: 0, scrolledAt: 0, rowsPerMs: 0 });

  const check = React.useCallback(() => {
    const t = tracked.current;
    // Fewer rows than before: a new list (Refresh, another source) starts at rest. Checked
    // here, not in an effect: the new list reports its visible rows before effects run.
    if (count < t.count) t.rowsPerMs = 0;
    t.count = count;
    const speed = performance.now() - t.scrolledAt < SCROLL_IDLE_MS ? t.rowsPerMs : 0;
    const distance = prefetchDistance(pageSize, speed, pageRoundTripMs ?? ASSUMED_PAGE_MS);
    if (canLoadMore && count - 1 - t.lastVisible <= distance.rows) loadMore(distance.ahead);
  }, [canLoadMore, count, pageSize, pageRoundTripMs, loadMore]);

  React.useEffect(check, [check]);

  // Plain functions: the grid calls them from its own handlers and keeps no reference.
  const onVisibleRangeChange = (lastVisibleIndex: number) => {
    tracked.current.lastVisible = lastVisibleIndex;
    check();
  };

  // In rows, not px: the prefetch distance counts rows, whatever their height (a density, cards).
  const onUserScroll = (rows: number) => {
    const t = tracked.current;
    const now = performance.now();
    // react-window also reports where the list starts: no movement, no scroll.
    if (rows === t.scrolledRows) return 0;
    if (t.scrolledAt > 0 && now > t.scrolledAt) {
      const sample = Math.max(0, rows - t.scrolledRows) / (now - t.scrolledAt);
      // From rest or after a pause, the first sample is the estimate, not a stale or zero speed.
      t.rowsPerMs = now - t.scrolledAt > SCROLL_IDLE_MS || !t.rowsPerMs ? sample : t.rowsPerMs * (1 - SMOOTHING) + sample * SMOOTHING;
    }
    t.scrolledRows = rows;
    t.scrolledAt = now;
    return t.rowsPerMs;
  };

  return { onVisibleRangeChange, onUserScroll };
}
