import { afterEach } from "vitest";

// Testing Library cleans up by itself only with Vitest globals on; they are off here.
if (typeof document !== "undefined") {
  const { cleanup, configure } = await import("@testing-library/react");
  afterEach(cleanup);
  // CI machines have two cores running several test files at once: give findBy*/waitFor room.
  configure({ asyncUtilTimeout: 5000 });
}
