import { useInfiniteQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useMemo, useState } from "react";
import { createOrdersAccumulator, EMPTY_ORDER_LIST, type OrderList } from "../orders/accumulateOrders";
import { toOrdersError, type OrdersError } from "../orders/OrdersError";
import type { OrdersPage } from "../orders/OrdersPage";
import type { OrdersSource } from "../orders/OrdersSource";
import { MAX_RETRIES } from "./retryPolicy";

export interface OrdersQueryState {
  readonly orders: OrderList;
  /** The first page is on its way and nothing is loaded yet. */
  readonly isLoadingFirstPage: boolean;
  readonly isFetchingNextPage: boolean;
  readonly hasMore: boolean;
  /** The failure that stopped loading; rows already loaded stay in `orders`. */
  readonly error: OrdersError | null;
  /** Set while an automatic retry is pending or running. */
  readonly retrying: { readonly attempt: number; readonly of: number; readonly error: OrdersError } | null;
  /** Asks for the next page; ignored while a fetch runs, after an error, or at the end. */
  readonly loadMore: () => void;
  /** Requests the page that failed again (the first page if nothing loaded). */
  readonly retry: () => void;
  /** Drops everything and loads from page 1. */
  readonly refresh: () => void;
}

export function ordersQueryKey(source: OrdersSource | undefined): readonly unknown[] {
  return ["orders", source?.key ?? null];
}

/** The infinite query over an OrdersSource: one page at a time, following each page's nextLink. */
export function useOrdersQuery(source: OrdersSource | undefined): OrdersQueryState {
  const queryClient = useQueryClient();
  const queryKey = ordersQueryKey(source);
  const query = useInfiniteQuery<OrdersPage, OrdersError>({
    queryKey,
    enabled: source !== undefined,
    queryFn: ({ pageParam, signal }) => {
      if (!source) throw new Error("no source");
      const continuation = typeof pageParam === "string" ? pageParam : undefined;
      return source.loadPage(continuation, signal ?? new AbortController().signal).catch((error: unknown) => {
        throw toOrdersError(error);
      });
    },
    getNextPageParam: (lastPage) => lastPage.nextLink ?? undefined,
  });

  // Held in state, not a ref: it is read while rendering, and it must live as long as the hook.
  const [accumulate] = useState(createOrdersAccumulator);
  const pages = query.data?.pages;
  const orders = useMemo(() => (pages ? accumulate(pages) : EMPTY_ORDER_LIST), [pages, accumulate]);

  const { fetchNextPage, refetch, hasNextPage, isFetching, isError } = query;
  const hasData = pages !== undefined;
  const loadMore = useCallback(() => {
    if (!hasNextPage || isFetching || isError) return;
    void fetchNextPage({ cancelRefetch: false });
  }, [hasNextPage, isFetching, isError, fetchNextPage]);

  const retry = useCallback(() => {
    if (isFetching) return;
    // fetchNextPage asks getNextPageParam again: the nextLink of the last good page, the one that failed.
    if (hasData) void fetchNextPage({ cancelRefetch: false });
    else void refetch();
  }, [isFetching, hasData, fetchNextPage, refetch]);

  const keyHash = JSON.stringify(queryKey);
  const refresh = useCallback(() => {
    void queryClient.resetQueries({ queryKey: JSON.parse(keyHash) as unknown[], exact: true });
  }, [queryClient, keyHash]);

  const failure = query.failureReason;
  const retrying =
    query.isFetching && query.failureCount > 0 && failure
      ? { attempt: query.failureCount, of: MAX_RETRIES, error: failure }
      : null;

  return {
    orders,
    isLoadingFirstPage: source !== undefined && !hasData && query.isFetching,
    isFetchingNextPage: query.isFetchingNextPage,
    hasMore: query.hasNextPage ?? false,
    error: query.isError ? query.error : null,
    retrying,
    loadMore,
    retry,
    refresh,
  };
}
