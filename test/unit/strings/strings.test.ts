import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fillTemplate, STRING_KEYS } from "../../../OrdersGrid/strings/stringKeys";
import { readResx, STRINGS_DIR } from "../../support/strings";

const manifest = fs.readFileSync(path.resolve(STRINGS_DIR, "../ControlManifest.Input.xml"), "utf8");
const resxFiles = fs.readdirSync(STRINGS_DIR).filter((f) => f.endsWith(".resx"));

describe("strings", () => {
  it.each(resxFiles)("%s has a non-empty value for every string the view shows", (file) => {
    const values = readResx(path.join(STRINGS_DIR, file));
    const missing = STRING_KEYS.filter((key) => !values.get(key)?.trim());
    expect(missing).toEqual([]);
  });

  it.each(resxFiles)("%s has every display name and description the manifest names", (file) => {
    const values = readResx(path.join(STRINGS_DIR, file));
    const keys = [...manifest.matchAll(/(?:display-name-key|description-key)="([^"]+)"/g)].map((m) => m[1] ?? "");
    expect(keys.length).toBeGreaterThan(10);
    expect(keys.filter((key) => !values.has(key))).toEqual([]);
  });

  it("every resx file is declared in the manifest", () => {
    for (const file of resxFiles) expect(manifest).toContain(`strings/${file}`);
  });

  it("fills numbered placeholders", () => {
    expect(fillTemplate("{0} of {1}, {0}", 2, "3")).toBe("2 of 3, 2");
    expect(fillTemplate("{1} missing", 1)).toBe("{1} missing");
  });
});
