export const DEFAULT_HEIGHT = 480;
const MIN_HEIGHT = 160;

/**
 * The height the host gives the control. Hosts pass -1 (unknown, e.g. an auto-height form
 * section), and the test harness passes strings; both fall back to a sensible default.
 */
export function readContainerHeight(allocatedHeight: unknown): number {
  const value = typeof allocatedHeight === "string" ? Number.parseFloat(allocatedHeight) : allocatedHeight;
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) return DEFAULT_HEIGHT;
  return Math.max(MIN_HEIGHT, Math.floor(value));
}

/** The width the host gives the control, or undefined when it does not say (-1, blank). */
export function readContainerWidth(allocatedWidth: unknown): number | undefined {
  const value = typeof allocatedWidth === "string" ? Number.parseFloat(allocatedWidth) : allocatedWidth;
  return typeof value === "number" && Number.isFinite(value) && value > 0 ? Math.floor(value) : undefined;
}
