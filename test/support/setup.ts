import { afterEach } from "vitest";

// Testing Library cleans up by itself only with Vitest globals on; they are off here.
if (typeof document !== "undefined") {
  const { cleanup } = await import("@testing-library/react");
  afterEach(cleanup);
}
