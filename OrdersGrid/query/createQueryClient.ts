import { QueryClient } from "@tanstack/react-query";
import { retryDelay, shouldRetry } from "./retryPolicy";

/**
 * One client per control instance (never at module scope: two grids on a page must not share
 * a cache). Loaded pages are never refetched behind the user's back: not on window focus, not
 * on reconnect, not on remount; only an explicit Refresh reloads.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
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
