import { OrdersError, type OrdersErrorKind } from "../orders/OrdersError";

/** Kinds that can succeed when the same request is sent again (408, 429, 5xx, network, timeout). */
const RETRYABLE: ReadonlySet<OrdersErrorKind> = new Set<OrdersErrorKind>(["throttled", "server", "network", "timeout"]);

export const MAX_RETRIES = 3;
const BASE_DELAY_MS = 1_000;
const MAX_DELAY_MS = 30_000;
/**
 * The longest Retry-After waited out automatically. A few minutes is as long as a user can be
 * expected to watch a countdown with nothing to do; a service that asks for more (an hour, a
 * day: a quota that resets) is answered by the user, who is told when to come back and may
 * retry or refresh sooner.
 */
export const MAX_AUTOMATIC_WAIT_MS = 180_000;

export function isRetryable(error: unknown): boolean {
  if (!(error instanceof OrdersError) || !RETRYABLE.has(error.kind)) return false;
  // 501 Not Implemented and 505 HTTP Version Not Supported never change on retry.
  return error.status !== 501 && error.status !== 505;
}

/** When the service asked to be called again, if that is later than an automatic retry waits; else undefined. */
export function callBackTime(error: unknown, failedAt: number): number | undefined {
  if (!(error instanceof OrdersError) || error.retryAfterMs === undefined || error.retryAfterMs <= MAX_AUTOMATIC_WAIT_MS) return undefined;
  return failedAt + error.retryAfterMs;
}

/**
 * react-query's `retry`: retry what can succeed, at most MAX_RETRIES times (failureCount counts
 * from 0), and not when the service asks for a longer wait than MAX_AUTOMATIC_WAIT_MS.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  return failureCount < MAX_RETRIES && isRetryable(error) && callBackTime(error, 0) === undefined;
}

/**
 * react-query's `retryDelay`: the server's Retry-After when it sent one, else exponential
 * backoff (1 s, 2 s, 4 s… capped at 30 s) with full jitter on the upper half so that many
 * clients failing together do not come back together.
 */
export function retryDelay(failureCount: number, error: unknown, random: () => number = Math.random): number {
  if (error instanceof OrdersError && error.retryAfterMs !== undefined) {
    return Math.min(error.retryAfterMs, MAX_AUTOMATIC_WAIT_MS);
  }
  // react-query v4 passes 0 before the first retry, 1 before the second…
  const exponential = Math.min(BASE_DELAY_MS * 2 ** Math.max(0, failureCount), MAX_DELAY_MS);
  return Math.round(exponential / 2 + random() * (exponential / 2));
}
