import { useCallback, useEffect, useRef } from "react";

/**
 * Calls `loadMore` when the last visible row is within `distance` rows of the end, both when
 * the user scrolls and when a page arrives that still leaves the viewport near the end (an
 * empty page with a nextLink, a viewport taller than a page). `loadMore` itself ignores calls
 * while a page is loading, so a page is never requested twice or in parallel.
 */
export function useLoadMoreNearEnd(count: number, distance: number, canLoadMore: boolean, loadMore: () => void) {
  const lastVisible = useRef(-1);
  const check = useCallback(() => {
    if (canLoadMore && count - 1 - lastVisible.current <= distance) loadMore();
  }, [canLoadMore, count, distance, loadMore]);

  useEffect(check, [check]);

  return useCallback(
    (lastVisibleIndex: number) => {
      lastVisible.current = lastVisibleIndex;
      check();
    },
    [check],
  );
}
