import { asFiniteNumber } from "../orders/coerce";

export const DEFAULT_HEIGHT = 480;
const MIN_HEIGHT = 160;

/**
 * Whole pixels from the host's allocated size, or undefined when it does not say: hosts pass -1
 * (unknown, e.g. an auto-height form section), and the test harness passes strings.
 */
function readPixels(allocated: unknown): number | undefined {
  const value = asFiniteNumber(typeof allocated === "string" ? parseFloat(allocated) : allocated);
  return value !== undefined && value > 0 ? Math.floor(value) : undefined;
}

/** The height the host gives the control; a sensible default when it does not say. */
export function readContainerHeight(allocatedHeight: unknown): number {
  const height = readPixels(allocatedHeight);
  return height === undefined ? DEFAULT_HEIGHT : Math.max(MIN_HEIGHT, height);
}

/** The width the host gives the control, or undefined when it does not say (-1, blank). */
export function readContainerWidth(allocatedWidth: unknown): number | undefined {
  return readPixels(allocatedWidth);
}
