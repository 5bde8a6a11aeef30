import { QueryClient } from "@tanstack/react-query";
import { OrdersError } from "../orders/OrdersError";
import { retryDelay, shouldRetry } from "./retryPolicy";

/**
 * react-query v4 logs every failed fetch. An OrdersError is already shown to the user and
 * reported through the outputs and OnError; only unexpected errors (bugs) reach the console.
 */
const logger = {
  log: () => undefined,
  warn: () => undefined,
  error: (...args: unknown[]) => {
    if (!args.some((arg) => arg instanceof OrdersError)) console.error(...args);
  },
};

/**
 * One client per control instance (never at module scope: two grids on a page must not share
 * a cache). Loaded pages are never refetched behind the user's back: not on window focus, not
 * on reconnect, not on remount; only an explicit Refresh reloads.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    logger,
    defaultOptions: {
      queries: {
        staleTime: Infinity,
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
        refetchOnMount: false,
        retry: shouldRetry,
        retryDelay,
        // Pages are appended, never edited: comparing every page on every fetch would cost
        // O(all rows) per page for no benefit.
        structuralSharing: false,
      },
    },
  });
}
