import { act } from "@testing-library/react";
import { vi } from "vitest";
import { sleep } from "./sleep";

/**
 * `performance.now()` on the test's own clock: what the grid measures with it (the scroll speed,
 * a page's round trip) is then what the test says, however loaded the machine is. `pass` moves
 * the clock on and lets the page handle what is due (a macrotask, inside act).
 */
export function useTestClock() {
  let now = performance.now();
  const spy = vi.spyOn(performance, "now").mockImplementation(() => now);
  return {
    pass: async (ms: number) => {
      now += ms;
      await act(() => sleep(0));
    },
    restore: () => spy.mockRestore(),
  };
}
