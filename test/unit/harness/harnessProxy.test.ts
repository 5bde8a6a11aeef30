import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { keepOneLanguage, rewriteHarnessPage } from "../../../scripts/harness/harnessProxy";

const root = path.resolve(__dirname, "../../..");

describe("the offline harness proxy", () => {
  it("points pcf-start's page at React from node_modules and seeds the API address", () => {
    const page = fs.readFileSync(path.join(root, "node_modules/pcf-start/index.html"), "utf8");
    const rewritten = rewriteHarnessPage(page, { apiBaseUrl: { Value: "http://127.0.0.1:4000", SelectedType: "SingleLine.Text" } });
    const sources = [...rewritten.matchAll(/src="([^"]+)"/g)].map((m) => m[1]);
    expect(sources).toEqual(["/_vendor/react/react.development.js", "/_vendor/react-dom/react-dom.development.js", "harness.js"]);
    expect(rewritten).toContain('"apiBaseUrl":{"Value":"http://127.0.0.1:4000"');
    expect(rewritten.indexOf("Contoso.OrdersGrid_properties")).toBeLessThan(rewritten.indexOf('src="harness.js"'));
  });

  it("lists one language's strings so the harness shows that language", () => {
    const manifest = [1033, 1031, 1036, 1041].map((lcid) => `<resx path="strings/OrdersGrid.${lcid}.resx" version="1.0.0"/>`).join("\n");
    expect(keepOneLanguage(manifest, 1031).trim()).toBe('<resx path="strings/OrdersGrid.1031.resx" version="1.0.0"/>');
    expect(keepOneLanguage(manifest, 1033)).not.toContain("1041");
  });
});
