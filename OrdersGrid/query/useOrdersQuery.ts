import { useQueryClient, type InfiniteData } from "@tanstack/react-query";
import * as React from "react";
import { createOrdersAccumulator, EMPTY_ORDER_LIST, type OrderList } from "../orders/accumulateOrders";
import { OrdersError, toOrdersError } from "../orders/OrdersError";
import type { OrdersPage } from "../orders/OrdersPage";
import type { OrdersSource } from "../orders/OrdersSource";
import { createContinuationGuard, type NextPage } from "./continuation";
import { callBackTime, MAX_RETRIES, retryDelay } from "./retryPolicy";
import { useInfiniteObserver } from "./useInfiniteObserver";

/** An automatic retry that is waiting or running. */
export interface RetryPlan {
  /** 1 for the first retry. */
  readonly attempt: number;
  readonly of: number;
  readonly error: OrdersError;
  /** When the retry is sent (ms since epoch). */
  readonly at: number;
}

/** When the service asked to be called again (`at`), and when it said so (`failedAt`); ms since epoch. */
export interface CallBack {
  readonly at: number;
  readonly failedAt: number;
}

export interface OrdersQueryState {
  readonly orders: OrderList;
  /** The first page is on its way and nothing is loaded yet. */
  readonly isLoadingFirstPage: boolean;
  readonly isFetchingNextPage: boolean;
  readonly hasMore: boolean;
  /** The failure that stopped loading; rows already loaded stay in `orders`. */
  readonly error: OrdersError | null;
  /** Set while an automatic retry is pending or running. */
  readonly retrying: RetryPlan | null;
  /**
   * Set when the service asked to be called again later than an automatic retry waits:
   * `error` then stays until the user retries or refreshes.
   */
  readonly callBack: CallBack | undefined;
  /**
   * Asks for the next page; ignored while a fetch runs, after an error, or at the end.
   * `ahead`: the user scrolls so fast that the page after it will be wanted as soon as it
   * arrives, so the source may start that one then (see `OrdersSource.prefetch`).
   */
  readonly loadMore: (ahead: boolean) => void;
  /** Requests the page that failed again (the first page if nothing loaded). */
  readonly retry: () => void;
  /** Drops everything and loads from page 1. */
  readonly refresh: () => void;
  /** When the loaded pages last changed (ms since epoch; 0 before the first page). */
  readonly dataUpdatedAt: number;
  /** The last page's round trip as the source measured it, from its request to its arrival. */
  readonly pageRoundTripMs: number | undefined;
  /** Load all is following nextLink to the end (false while it is paused by a failure). */
  readonly loadingAll: boolean;
  /**
   * Follows nextLink to the last page, one request at a time, through the same query (retries,
   * Retry-After and maxPages included). A failure pauses it; `retry` resumes it.
   */
  readonly loadAll: () => void;
  /** Stops Load all; the request in flight is cancelled and the rows loaded stay. */
  readonly cancelLoadAll: () => void;
  /** The item fields `columns` names that none of the first page's orders has (see `OrdersPage.missingFields`). */
  readonly missingFields: readonly string[] | undefined;
}



/** The query of a source's orders: sources with the same key share their loaded pages. */
export function ordersQueryKey(sourceKey: string): string[] {
  return ["orders", sourceKey];
}

/**
 * The infinite query over an OrdersSource: one page at a time, following each page's nextLink,
 * at most `maxPages` pages (@default 10000).
 */
export function useOrdersQuery(source: OrdersSource, maxPages?: number): OrdersQueryState {
  const queryClient = useQueryClient();
  const { key } = source;
  const queryKey = ordersQueryKey(key);
  // Held in state, not refs: they are used while rendering and must live as long as the hook.
  const [accumulate] = React.useState(createOrdersAccumulator);
  const [guard] = React.useState(() => createContinuationGuard(maxPages));
  const [retryPlan, setRetryPlan] = React.useState<RetryPlan | null>(null);
  /** The list (source key) Load all was started on, until it ends or is cancelled. */
  const [loadAllKey, setLoadAll] = React.useState<string | null>(null);
  /** What the grid said with its last ask: load the page after the one it asked for, ahead. */
  const readAhead = React.useRef(false);
  // react-query picks the moment of each retry; it is recorded here so the user sees a countdown.
  const scheduleRetry = (failureCount: number, error: unknown) => {
    const delay = retryDelay(failureCount, error);
    setRetryPlan({ attempt: failureCount + 1, of: MAX_RETRIES, error: toOrdersError(error), at: Date.now() + delay });
    return delay;
  };

  const query = useInfiniteObserver({
    queryKey,
    queryFn: async ({ pageParam, signal }) => {
      const next = pageParam as NextPage | undefined;
      if (next && "stop" in next) throw new OrdersError(next.stop);
      let page: OrdersPage;
      try {
        page = await source.loadPage(next?.link, signal ?? new AbortController().signal);
      } catch (error) {
        throw toOrdersError(error);
      }
      // The page after this one, if the grid wants it ahead and it may be followed: the source
      // can start it before the grid renders this one.
      if (readAhead.current) {
        const loaded = next ? (queryClient.getQueryData<InfiniteData<OrdersPage>>(queryKey)?.pages ?? []) : [];
        const following = guard([...loaded, page]);
        if (following && "link" in following) source.prefetch?.(following.link);
      }
      return page;
    },
    getNextPageParam: (_lastPage, allPages) => guard(allPages),
    retryDelay: scheduleRetry,
  });

  const pages = query.data?.pages;
  const callBackAt = query.isError ? callBackTime(query.error, query.errorUpdatedAt) : undefined;
  const orders = React.useMemo(() => (pages ? accumulate(pages) : EMPTY_ORDER_LIST), [pages, accumulate]);

  const { fetchNextPage, refetch, hasNextPage, isFetching, isError } = query;
  const hasData = pages !== undefined;
  const loadMore = React.useCallback(
    (ahead: boolean) => {
      readAhead.current = ahead;
      if (!hasNextPage || isFetching || isError) return;
      void fetchNextPage({ cancelRefetch: false });
    },
    [hasNextPage, isFetching, isError, fetchNextPage],
  );

  // Another list (a new source, a new search) is not loaded to its end on the old one's word;
  // at the last page Load all is over.
  if (loadAllKey !== null && (loadAllKey !== key || (hasData && !hasNextPage))) setLoadAll(null);
  // A settled failure pauses it (react-query keeps reporting the error while a Retry runs);
  // Retry resumes it.
  const loadingAll = loadAllKey === key && hasNextPage === true && !(isError && !isFetching);
  // The loop: the next page as soon as the last one is in. isFetching covers the automatic
  // retries (and their Retry-After), so a page is never asked for twice or in parallel. The
  // pages are a dependency too: a page that starts and arrives between two renders leaves
  // isFetching as it was.
  React.useEffect(() => {
    if (loadingAll && !isFetching && !isError) void fetchNextPage({ cancelRefetch: false });
  }, [loadingAll, isFetching, isError, fetchNextPage, pages]);

  const loadAll = React.useCallback(() => setLoadAll(key), [key]);
  const cancelLoadAll = React.useCallback(() => {
    setLoadAll(null);
    // react-query puts the query back as it was before the page in flight: the rows stay.
    void queryClient.cancelQueries({ queryKey: ordersQueryKey(key), exact: true });
  }, [queryClient, key]);

  const retry = () => {
    if (isFetching) return;
    // fetchNextPage asks getNextPageParam again: the nextLink of the last good page, the one that failed.
    if (hasData) void fetchNextPage({ cancelRefetch: false });
    else void refetch();
  };

  const refresh = React.useCallback(() => {
    const filters = { queryKey: ordersQueryKey(key), exact: true };
    readAhead.current = false;
    setLoadAll(null);
    // Cancel first: a page still on its way must not land in the new list.
    void queryClient.cancelQueries(filters).then(() => queryClient.resetQueries(filters));
  }, [queryClient, key]);

  // A data-set the app replaced behind the grid's back: start over from its first page.
  React.useEffect(() => source.onInvalidate?.(refresh), [source, refresh]);
  // A list the grid no longer shows loads nothing ahead for nobody (a data-set's read-ahead
  // would go on driving the host's paging).
  React.useEffect(() => () => source.detach?.(), [source]);

  return {
    orders,
    isLoadingFirstPage: !hasData && isFetching,
    isFetchingNextPage: query.isFetchingNextPage,
    hasMore: hasNextPage ?? false,
    error: isError ? query.error : null,
    retrying: isFetching && query.failureCount > 0 ? retryPlan : null,
    callBack: callBackAt === undefined ? undefined : { at: callBackAt, failedAt: query.errorUpdatedAt },
    loadMore,
    retry,
    refresh,
    dataUpdatedAt: query.dataUpdatedAt,
    pageRoundTripMs: pages?.[pages.length - 1]?.roundTripMs,
    loadingAll,
    loadAll,
    cancelLoadAll,
    missingFields: pages?.find((page) => page.items.length > 0)?.missingFields,
  };
}
