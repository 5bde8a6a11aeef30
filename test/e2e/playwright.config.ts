import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, requireChromium } from "./chromium";

export default defineConfig({
  testDir: ".",
  testMatch: "**/*.spec.ts",
  globalSetup: "./globalSetup.ts",
  // One orders API with shared fault state: run the specs one after another.
  workers: 1,
  fullyParallel: false,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  retries: 0,
  reporter: [["list"]],
  outputDir: "../../test-results",
  use: {
    browserName: "chromium",
    viewport: { width: 1280, height: 900 },
    launchOptions: { executablePath: requireChromium(), args: CHROMIUM_ARGS },
    trace: "retain-on-failure",
  },
});
