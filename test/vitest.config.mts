import { defineConfig } from "vitest/config";

export default defineConfig({
  // The control uses the classic JSX runtime (React 16: `import * as React`).
  oxc: { jsx: { runtime: "classic" } },
  test: {
    include: ["test/unit/**/*.test.{ts,tsx}"],
    environment: "node",
    setupFiles: ["test/support/setup.ts"],
    testTimeout: 20_000,
  },
});
