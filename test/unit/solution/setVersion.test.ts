/**
 * `npm run version:set` on a temporary copy of the files it touches: one version for
 * package.json, the control, the solution and the connector; the zip names follow.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { REPOSITORY, solutionLayout, type SolutionLayout } from "../../../scripts/solution/layout";
import { packSolution } from "../../../scripts/solution/packSolution";
import { setVersion } from "../../../scripts/solution/setVersion";
import { agreedVersion, readVersions } from "../../../scripts/solution/versions";

const FILES = ["package.json", "package-lock.json", "OrdersGrid/ControlManifest.Input.xml"];

let layout: SolutionLayout;

function read(file: string): string {
  return fs.readFileSync(path.join(layout.root, file), "utf8");
}

/** A minimal build output of the control at `version`: what the packer reads from out/controls. */
function builtControl(version: string): string {
  const dir = path.join(layout.root, "built");
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(
    path.join(dir, "ControlManifest.xml"),
    `<?xml version="1.0" encoding="UTF-8"?><manifest><control namespace="Contoso" constructor="OrdersGrid" version="${version}">` +
      '<resources><code path="bundle.js" order="1"/></resources></control></manifest>',
  );
  fs.writeFileSync(path.join(dir, "bundle.js"), "/* built */");
  return dir;
}

let pristine: string;

beforeAll(() => {
  pristine = fs.mkdtempSync(path.join(os.tmpdir(), "version-set-"));
  for (const file of FILES) {
    fs.mkdirSync(path.dirname(path.join(pristine, file)), { recursive: true });
    fs.copyFileSync(path.join(REPOSITORY.root, file), path.join(pristine, file));
  }
  fs.cpSync(REPOSITORY.solutions, path.join(pristine, "Solutions"), { recursive: true, filter: (source) => !source.startsWith(REPOSITORY.dist) });
  // Whatever version the repository is at, every test starts from a copy at 1.1.0.
  setVersion(solutionLayout(pristine), "1.1.0");
});

afterAll(() => {
  fs.rmSync(pristine, { recursive: true, force: true });
});

beforeEach(() => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "version-set-"));
  fs.cpSync(pristine, root, { recursive: true });
  layout = solutionLayout(root);
});

afterEach(() => {
  fs.rmSync(layout.root, { recursive: true, force: true });
});

describe("npm run version:set", () => {
  it("sets one version in package.json, its lock file, the control manifest, Solution.xml and the connector", () => {
    const manifestBefore = read("OrdersGrid/ControlManifest.Input.xml");
    const solutionBefore = read("Solutions/src/Other/Solution.xml");

    expect(setVersion(layout, "1.2.0")).toEqual([
      "package.json",
      "package-lock.json",
      "OrdersGrid/ControlManifest.Input.xml",
      "Solutions/src/Other/Solution.xml",
      "Solutions/connector/apiDefinition.swagger.json",
      "Solutions/src/Connectors/contoso_contososales_openapidefinition.json",
    ]);
    expect(readVersions(layout)).toEqual({
      "package.json": "1.2.0",
      "ControlManifest.Input.xml": "1.2.0",
      "Solution.xml": "1.2.0",
      "apiDefinition.swagger.json": "1.2.0",
    });
    expect(agreedVersion(layout)).toBe("1.2.0");
    expect(JSON.parse(read("package-lock.json"))).toMatchObject({ version: "1.2.0", packages: { "": { version: "1.2.0" } } });
    expect(read("Solutions/src/Other/Solution.xml")).toContain("<Version>1.2.0.0</Version>");
    expect(JSON.parse(read("Solutions/src/Connectors/contoso_contososales_openapidefinition.json"))).toMatchObject({ info: { version: "1.2.0" } });
    // Only the version changes: comments, layout and every other attribute stay as they were.
    expect(read("OrdersGrid/ControlManifest.Input.xml")).toBe(manifestBefore.replace('version="1.1.0"', 'version="1.2.0"'));
    expect(read("Solutions/src/Other/Solution.xml")).toBe(solutionBefore.replace("<Version>1.1.0.0</Version>", "<Version>1.2.0.0</Version>"));
  });

  it("names the zips after the new version, once the control is built at it", () => {
    setVersion(layout, "1.2.0");
    const packed = packSolution(layout, builtControl("1.2.0"));
    expect(packed.zips.map((zip) => zip.fileName)).toEqual(["Contoso.Sales.Connector_1_2_0.zip", "Contoso.Sales.Connector_1_2_0_managed.zip"]);
    expect(packed.version).toBe("1.2.0");
  });

  it("refuses to pack a control built before the version changed", () => {
    setVersion(layout, "1.2.0");
    expect(() => packSolution(layout, builtControl("1.1.0"))).toThrow(/built control is version 1\.1\.0, the sources say 1\.2\.0/);
  });

  it("refuses to pack when a file was changed by hand and the versions disagree", () => {
    const manifest = path.join(layout.root, "OrdersGrid/ControlManifest.Input.xml");
    fs.writeFileSync(manifest, read("OrdersGrid/ControlManifest.Input.xml").replace('version="1.1.0"', 'version="1.3.0"'));
    expect(() => packSolution(layout, builtControl("1.1.0"))).toThrow(
      "Versions disagree: package.json has 1.1.0, ControlManifest.Input.xml has 1.3.0. Run `npm run version:set 1.1.0`.",
    );
  });

  it("changes nothing when the version is already set", () => {
    expect(setVersion(layout, "1.1.0")).toEqual([]);
  });

  it.each(["1.2", "v1.2.0", "1.2.0-beta.1", "01.2.0", ""])("rejects %j and changes nothing", (version) => {
    const before = FILES.map(read);
    expect(() => setVersion(layout, version)).toThrow(/is not a version: use major\.minor\.patch/);
    expect(FILES.map(read)).toEqual(before);
    expect(agreedVersion(layout)).toBe("1.1.0");
  });
});
