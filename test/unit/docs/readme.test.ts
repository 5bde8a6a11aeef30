import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { portInUseMessage } from "../../../scripts/harness/ports";

const root = path.resolve(__dirname, "../../..");
const readme = fs.readFileSync(path.join(root, "README.md"), "utf8");

function section(title: string): string {
  const start = readme.indexOf(`\n## ${title}\n`);
  if (start < 0) return "";
  const end = readme.indexOf("\n## ", start + 1);
  return readme.slice(start, end < 0 ? undefined : end);
}

describe("README", () => {
  it("has its relative links pointing at files that exist", () => {
    const links = [...readme.matchAll(/\]\((?!https?:|#)([^)]+)\)/g)].map((m) => m[1] ?? "");
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(fs.existsSync(path.join(root, link)), link).toBe(true);
  });

  it("explains, under Troubleshooting, the line npm start prints for a taken port", () => {
    const troubleshooting = section("Troubleshooting");
    for (const [setting, port] of [["ORDERS_API_PORT", 4000], ["HARNESS_PORT", 8180]] as const) {
      const printed = portInUseMessage(setting, port, undefined);
      expect(troubleshooting).toContain(printed.slice(0, printed.indexOf(":")));
    }
  });

  it("keeps the benchmark's method and history out of its Performance section", () => {
    const performance = section("Performance");
    expect(performance).toContain("npm run bench");
    expect(performance).toContain("docs/BENCHMARK.md");
    expect(performance.split("\n").length).toBeLessThan(readme.split("\n").length / 5);
  });
});
