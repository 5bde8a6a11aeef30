import * as React from "react";
import type { OrderList } from "../../orders/accumulateOrders";
import { nextSort, sameSort, type OrderSort, type SortColumn } from "../../orders/OrderSort";
import type { OrdersSource } from "../../orders/OrdersSource";
import { createSortCollator, createSortedView } from "../../view/sortOrders";

export interface SortState {
  /** What the user sorted by; undefined: the rows as loaded. */
  readonly sort: OrderSort | undefined;
  /** The source to load from: the given one sorted where its data is, when it can be. */
  readonly source: OrdersSource;
  /** The sort the loaded rows still need here: the source could not sort by it. */
  readonly localSort: OrderSort | undefined;
  /** A header was activated: the next sort of that column. */
  readonly onSort: (column: SortColumn) => void;
}

/**
 * The user's sort. It lives here, in the view, across new pages, Refresh and a new source (a
 * changed setting); the host hears of each change through `onSortChange`. A source that can
 * sort (`sortBy`) loads its first page again in that order; any other is sorted in the browser.
 */
export function useSort(source: OrdersSource, onSortChange: (sort: OrderSort | undefined) => void): SortState {
  const [sort, setSort] = React.useState<OrderSort>();
  const sorted = React.useMemo(() => (sort && source.sortBy?.(sort)) ?? source, [source, sort]);
  const onSort = React.useCallback(
    (column: SortColumn) => {
      const next = nextSort(sort, column);
      setSort(next);
      onSortChange(next);
    },
    [sort, onSortChange],
  );
  return { sort, source: sorted, localSort: sameSort(sorted.sortedBy, sort) ? undefined : sort, onSort };
}

/** The loaded rows in `sort`'s order, in the user's language's collation; merged into as pages arrive. */
export function useSortedOrders(orders: OrderList, sort: OrderSort | undefined, locale: string): OrderList {
  const view = React.useMemo(() => createSortedView(createSortCollator(locale)), [locale]);
  return React.useMemo(() => view(orders, sort), [view, orders, sort]);
}
