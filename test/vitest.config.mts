import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  // The control uses the classic JSX runtime (React 16: `import * as React`).
  oxc: { jsx: { runtime: "classic" } },
  resolve: {
    // The bundle's swap of query-core's mutation cache (webpack.config.js), so that the tests run
    // the code the bundle runs. It reaches query-core's own imports only if vite loads react-query
    // and query-core itself (server.deps.inline) rather than leaving them to Node.
    alias: [{ find: /^\.\/mutationCache\.mjs$/, replacement: fileURLToPath(new URL("../OrdersGrid/query/noMutations.ts", import.meta.url)) }],
  },
  test: {
    include: ["test/unit/**/*.test.{ts,tsx}"],
    environment: "node",
    setupFiles: ["test/support/setup.ts"],
    testTimeout: 20_000,
    server: { deps: { inline: [/@tanstack[\\/](react-query|query-core)/] } },
  },
});
