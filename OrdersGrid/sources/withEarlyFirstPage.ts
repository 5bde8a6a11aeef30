import type { OrdersPage } from "../orders/OrdersPage";
import type { OrdersSource } from "../orders/OrdersSource";

/** How long an early first page waits to be claimed before it is dropped. */
const CLAIM_WINDOW_MS = 10_000;

/**
 * Starts a source's first page at once, instead of after the grid's first render and commit
 * (when react-query's effect would ask for it): the first rows arrive that much sooner. The
 * query's first `loadPage(undefined)` claims the request in flight; later calls (retries, a
 * Refresh) go to the source as usual.
 */
export function withEarlyFirstPage(source: OrdersSource): OrdersSource {
  const controller = new AbortController();
  let early: Promise<OrdersPage> | undefined = source.loadPage(undefined, controller.signal);
  // A request nobody claims (the grid was never shown) is not left hanging, nor its failure unhandled.
  early.catch(() => undefined);
  const timer = setTimeout(() => {
    if (!early) return;
    early = undefined;
    controller.abort();
  }, CLAIM_WINDOW_MS);

  const wrapped: OrdersSource = {
    key: source.key,
    loadPage(continuation, signal) {
      if (continuation === undefined && early) {
        const claimed = early;
        early = undefined;
        clearTimeout(timer);
        if (signal.aborted) controller.abort();
        else signal.addEventListener("abort", () => controller.abort());
        return claimed;
      }
      return source.loadPage(continuation, signal);
    },
  };
  if (source.onInvalidate) wrapped.onInvalidate = (listener) => source.onInvalidate?.(listener) ?? (() => undefined);
  return wrapped;
}
