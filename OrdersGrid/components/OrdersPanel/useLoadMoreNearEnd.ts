import * as React from "react";
import { ROW_HEIGHT } from "../OrdersGrid/OrdersGrid.styles";
import { ASSUMED_PAGE_MS, prefetchDistance } from "./prefetchDistance";

/** How quickly the scroll speed estimate follows changes (0..1, higher = faster). */
const SMOOTHING = 0.3;
/** A scroll older than this is over: the user is reading, not flinging. */
const SCROLL_IDLE_MS = 300;

export interface NearEndCallbacks {
  /** react-window's visible range changed. */
  readonly onVisibleRangeChange: (lastVisibleIndex: number) => void;
  /** The user scrolled to this offset (px); feeds the scroll speed estimate. */
  readonly onUserScroll: (offset: number) => void;
}

/**
 * Calls `loadMore` when the last visible row comes within the prefetch distance of the end:
 * when the user scrolls, and when a page arrives that still leaves the view near the end (an
 * empty page with a nextLink, a fast scroll). The distance grows with the user's scroll speed
 * and the measured page round trip. `loadMore` ignores calls while a page is loading, so a
 * page is never requested twice or in parallel.
 */
export function useLoadMoreNearEnd(count: number, pageSize: number, canLoadMore: boolean, loadMore: () => void): NearEndCallbacks {
  const view = React.useRef({ lastVisible: -1 });
  const scroll = React.useRef({ offset: 0, at: 0, rowsPerMs: 0 });
  const page = React.useRef({ askedAt: 0, count: 0, ms: ASSUMED_PAGE_MS });

  // A page came in: the time since it was asked for is the next round-trip estimate.
  React.useEffect(() => {
    const p = page.current;
    if (count > p.count && p.askedAt > 0) p.ms = Math.max(1, performance.now() - p.askedAt);
    // Fewer rows than before: a new list (Refresh, another source) starts at rest.
    if (count < p.count) {
      scroll.current.rowsPerMs = 0;
      view.current.lastVisible = -1;
    }
    p.askedAt = 0;
    p.count = count;
  }, [count]);

  const check = React.useCallback(() => {
    const s = scroll.current;
    const speed = performance.now() - s.at < SCROLL_IDLE_MS ? s.rowsPerMs : 0;
    if (!canLoadMore || count - 1 - view.current.lastVisible > prefetchDistance(pageSize, speed, page.current.ms)) return;
    if (page.current.askedAt === 0) page.current.askedAt = performance.now();
    loadMore();
  }, [canLoadMore, count, pageSize, loadMore]);

  React.useEffect(check, [check]);

  const onVisibleRangeChange = React.useCallback(
    (lastVisibleIndex: number) => {
      view.current.lastVisible = lastVisibleIndex;
      check();
    },
    [check],
  );

  const onUserScroll = React.useCallback((offset: number) => {
    const s = scroll.current;
    const now = performance.now();
    if (s.at > 0 && now > s.at) {
      const sample = Math.max(0, offset - s.offset) / ROW_HEIGHT / (now - s.at);
      // After a pause, start the estimate afresh rather than from a stale speed.
      s.rowsPerMs = now - s.at > SCROLL_IDLE_MS ? sample : s.rowsPerMs * (1 - SMOOTHING) + sample * SMOOTHING;
    }
    s.offset = offset;
    s.at = now;
  }, []);

  return { onVisibleRangeChange, onUserScroll };
}
