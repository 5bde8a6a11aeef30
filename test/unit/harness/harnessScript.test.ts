import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fixHarnessScript } from "../../../scripts/harness/harnessProxy";

const script = fs.readFileSync(path.resolve(__dirname, "../../../node_modules/pcf-start/harness.js"), "utf8");
const sizing = /\(parseInt\(this\.props\.contextInputs\[\w+\],10\)\|\|void 0\)/g;

describe("the harness script the proxy serves", () => {
  it("sizes the control pane with no NaN while the harness's Width and Height are empty", () => {
    const fixed = fixHarnessScript(script);
    // Width and height: both read, neither left as a bare parseInt.
    expect(fixed.match(sizing)).toHaveLength(2);
    expect(fixed).not.toMatch(/[^(]parseInt\(this\.props\.contextInputs\[/);
    expect(fixed.length - script.length).toBe(2 * "(||void 0)".length);
  });
});
