import { describe, expect, it } from "vitest";
import { OrdersError, type OrdersErrorKind } from "../../../OrdersGrid/orders/OrdersError";
import { callBackTime, retryDelay, shouldRetry } from "../../../OrdersGrid/query/retryPolicy";

const error = (kind: OrdersErrorKind, status?: number, retryAfterMs?: number) => new OrdersError({ kind, message: kind, status, retryAfterMs });

describe("shouldRetry", () => {
  it.each([
    ["server 500", error("server", 500), true],
    ["bad gateway 502", error("server", 502), true],
    ["throttled 429", error("throttled", 429), true],
    ["request timeout 408", error("timeout", 408), true],
    ["network", error("network"), true],
    ["timeout", error("timeout"), true],
    ["not implemented 501", error("server", 501), false],
    ["bad request 400", error("badRequest", 400), false],
    ["not found 404", error("badRequest", 404), false],
    ["unauthorized 401", error("unauthorized", 401), false],
    ["forbidden 403", error("forbidden", 403), false],
    ["malformed page", error("invalidResponse", 200), false],
    ["unsafe link", error("unsafeLink"), false],
    ["cancelled", error("aborted"), false],
    ["a plain Error", new Error("x"), false],
  ])("%s → %s", (_name, err, expected) => {
    expect(shouldRetry(0, err)).toBe(expected);
  });

  it("waits out a Retry-After of up to 3 minutes, and leaves a longer one (a day) to the user", () => {
    expect(shouldRetry(0, error("throttled", 429, 180_000))).toBe(true);
    expect(shouldRetry(0, error("throttled", 429, 180_001))).toBe(false);
    expect(shouldRetry(0, error("server", 503, 86_400_000))).toBe(false);
  });

  it("gives up after three retries", () => {
    expect([0, 1, 2, 3].map((n) => shouldRetry(n, error("server", 500)))).toEqual([true, true, true, false]);
  });
});

describe("retryDelay", () => {
  it("waits as long as Retry-After asks", () => {
    expect(retryDelay(1, error("throttled", 429, 2000))).toBe(2000);
  });

  it("backs off exponentially with jitter, capped at 30 s", () => {
    const low = () => 0;
    const high = () => 1;
    // react-query v4 counts failures from 0: 0 before the first retry.
    expect([0, 1, 2].map((n) => retryDelay(n, error("server", 500), low))).toEqual([500, 1000, 2000]);
    expect([0, 1, 2].map((n) => retryDelay(n, error("server", 500), high))).toEqual([1000, 2000, 4000]);
    expect(retryDelay(10, error("server", 500), high)).toBe(30_000);
  });
});

describe("callBackTime", () => {
  it("is when the service asked to be called again, only beyond what an automatic retry waits", () => {
    const failedAt = Date.UTC(2026, 11, 1, 9, 0);
    expect(callBackTime(error("throttled", 429, 86_400_000), failedAt)).toBe(failedAt + 86_400_000);
    expect(callBackTime(error("throttled", 429, 120_000), failedAt)).toBeUndefined();
    expect(callBackTime(error("server", 500), failedAt)).toBeUndefined();
  });
});
