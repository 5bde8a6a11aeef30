import {
  InfiniteQueryObserver,
  notifyManager,
  useQueryClient,
  type InfiniteQueryObserverResult,
  type UseInfiniteQueryOptions,
} from "@tanstack/react-query";
import * as React from "react";
import type { OrdersError } from "../orders/OrdersError";
import type { OrdersPage } from "../orders/OrdersPage";

/**
 * react-query v4's `useInfiniteQuery` without its one flaw under React 16: it hands the
 * observer a listener wrapped in `notifyManager.batchCalls`, which runs it a timer tick later,
 * even when the component unmounted (and unsubscribed) in between — a page that started or
 * arrived just before the host removed the control. Under React 16 that call is a state update
 * on an unmounted component, and React warns. Here the listener is dropped with the
 * subscription. The rest is what `useBaseQuery` does for us (no suspense, error boundaries or
 * hydration, which the control does not use): optimistic results, tracked properties.
 */
export function useInfiniteObserver(options: UseInfiniteQueryOptions<OrdersPage, OrdersError>): InfiniteQueryObserverResult<OrdersPage, OrdersError> {
  const queryClient = useQueryClient();
  const defaulted = queryClient.defaultQueryOptions(options);
  defaulted._optimisticResults = "optimistic";
  const [observer] = React.useState(() => new InfiniteQueryObserver<OrdersPage, OrdersError>(queryClient, defaulted));
  const [, rerender] = React.useReducer((renders: number) => renders + 1, 0);

  React.useEffect(() => {
    let subscribed = true;
    const unsubscribe = observer.subscribe(
      notifyManager.batchCalls(() => {
        if (subscribed) rerender();
      }),
    );
    // Whatever changed between the render and the subscription is notified now.
    observer.updateResult();
    return () => {
      subscribed = false;
      unsubscribe();
    };
  }, [observer]);

  React.useEffect(() => {
    // The new options are already in the optimistic result this render returned.
    observer.setOptions(defaulted, { listeners: false });
  }, [defaulted, observer]);

  // Re-renders only for the properties the caller reads, as useInfiniteQuery does. trackResult
  // wraps the result it is given; its declared type is the base observer's result.
  return observer.trackResult(observer.getOptimisticResult(defaulted)) as InfiniteQueryObserverResult<OrdersPage, OrdersError>;
}
