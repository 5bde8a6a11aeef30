import { describe, expect, it } from "vitest";
import { MIN_PREFETCH_ROWS, prefetchDistance } from "../../../OrdersGrid/components/OrdersPanel/prefetchDistance";

describe("prefetchDistance", () => {
  it("asks half a page from the end at rest, and never closer than the minimum", () => {
    expect(prefetchDistance(200, 0, 60)).toEqual({ rows: 100, ahead: false });
    expect(prefetchDistance(10, 0, 60)).toEqual({ rows: MIN_PREFETCH_ROWS, ahead: false });
  });

  it("at speed, covers the rows the user passes during a round trip, with a margin", () => {
    // 3 rows/ms for 60 ms is 180 rows; 1.5 × that.
    expect(prefetchDistance(200, 3, 60).rows).toBe(270);
    // The same speed with a slower API asks earlier.
    expect(prefetchDistance(200, 3, 400).rows).toBe(1800);
  });

  it("reads ahead only when the speed, not the resting distance, sets it", () => {
    expect(prefetchDistance(200, 0.5, 60).ahead).toBe(false);
    expect(prefetchDistance(200, 3, 60).ahead).toBe(true);
    // Small pages: a slow reader is no reason to load two at a time.
    expect(prefetchDistance(10, 0.1, 60).ahead).toBe(false);
  });
});
