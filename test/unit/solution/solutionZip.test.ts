/**
 * The zips an ALM pipeline imports, unzipped and checked the way Dataverse reads them. Builds
 * the control once in production mode (as `npm run solution` does), then packs in memory.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { strFromU8, unzipSync, type Unzipped } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { runPcfBuild } from "../../../scripts/pcfBuild";
import { connectorSourceFiles, readConnectorDefinition } from "../../../scripts/solution/connectorPackage";
import { isJsonObject } from "../../../scripts/solution/json";
import { CONTROL_OUT_DIR, REPOSITORY, solutionLayout } from "../../../scripts/solution/layout";
import { packSolution, type PackedSolution, type SolutionZip } from "../../../scripts/solution/packSolution";
import { readSolutionSource } from "../../../scripts/solution/readSolutionSource";
import { agreedVersion } from "../../../scripts/solution/versions";
import { attribute, childElement, childElements, childText, parseXml, type XmlElement } from "../../../scripts/solution/xml";

const CONTROL = "contoso_Contoso.OrdersGrid";
const CONNECTOR = "contoso_contososales";

let packed: PackedSolution;
let unmanaged: Unzipped;
let managed: Unzipped;

beforeAll(async () => {
  expect(await runPcfBuild(["--buildMode", "production"], { quiet: true }), "the production build of the control").toBe(true);
  packed = packSolution(REPOSITORY, CONTROL_OUT_DIR);
  unmanaged = unzipSync(zip(false).bytes);
  managed = unzipSync(zip(true).bytes);
}, 180_000);

function zip(isManaged: boolean): SolutionZip {
  const found = packed.zips.find((candidate) => candidate.managed === isManaged);
  if (!found) throw new Error(`no ${isManaged ? "managed" : "unmanaged"} zip`);
  return found;
}

function text(files: Unzipped, name: string): string {
  const bytes = files[name];
  if (!bytes) throw new Error(`${name} is not in the zip`);
  return strFromU8(bytes);
}

function xml(files: Unzipped, name: string): XmlElement {
  return parseXml(text(files, name), name);
}

function listBuilt(dir: string, relative = ""): string[] {
  return fs.readdirSync(path.join(dir, relative), { withFileTypes: true }).flatMap((entry) => {
    const name = relative ? `${relative}/${entry.name}` : entry.name;
    return entry.isDirectory() ? listBuilt(dir, name) : [name];
  });
}

/** Copies what the packer reads (the sources and the built control) to a fresh folder. */
function copyInputs(): { root: string; controlDir: string } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "solution-inputs-"));
  for (const file of ["package.json", "OrdersGrid/ControlManifest.Input.xml"]) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.copyFileSync(path.join(REPOSITORY.root, file), path.join(root, file));
  }
  fs.cpSync(REPOSITORY.solutions, path.join(root, "Solutions"), { recursive: true, filter: (source) => !source.startsWith(REPOSITORY.dist) });
  const controlDir = path.join(root, "built");
  fs.cpSync(CONTROL_OUT_DIR, controlDir, { recursive: true });
  return { root, controlDir };
}

describe("the solution zips", () => {
  it("are named after the solution and its version, unmanaged and managed", () => {
    const version = agreedVersion(REPOSITORY);
    const suffix = version.replace(/\./g, "_");
    expect(packed.zips.map((candidate) => candidate.fileName)).toEqual([
      `Contoso.Sales.Connector_${suffix}.zip`,
      `Contoso.Sales.Connector_${suffix}_managed.zip`,
    ]);
  });

  it("hold the solution files, the built control and the connector, with forward slashes and no folders", () => {
    const names = Object.keys(unmanaged);
    expect(names).toEqual(zip(false).entryNames);
    expect(names.slice(0, 3)).toEqual(["[Content_Types].xml", "solution.xml", "customizations.xml"]);
    expect(names.filter((name) => name.startsWith("Connector/")).sort()).toEqual([
      `Connector/${CONNECTOR}_connectionparameters.json`,
      `Connector/${CONNECTOR}_customcodeblobcontent.csx`,
      `Connector/${CONNECTOR}_iconblob.Png`,
      `Connector/${CONNECTOR}_openapidefinition.json`,
      `Connector/${CONNECTOR}_policytemplateinstances.json`,
    ]);
    // MSBuild copies the control's whole output folder, keeping relative paths.
    expect(names.filter((name) => name.startsWith("Controls/")).sort()).toEqual(listBuilt(CONTROL_OUT_DIR).map((file) => `Controls/${CONTROL}/${file}`).sort());
    expect(names).toEqual(expect.arrayContaining([`Controls/${CONTROL}/bundle.js`, `Controls/${CONTROL}/ControlManifest.xml`, `Controls/${CONTROL}/strings/OrdersGrid.1033.resx`]));
    expect(names.filter((name) => !/^(\[Content_Types\]\.xml|solution\.xml|customizations\.xml|Controls\/.+|Connector\/.+)$/.test(name))).toEqual([]);
    expect(names.filter((name) => name.includes("\\") || name.endsWith("/") || name.startsWith("/"))).toEqual([]);
  });

  it("hold only well-formed XML", () => {
    const xmlNames = Object.keys(unmanaged).filter((name) => /\.(xml|resx)$/i.test(name));
    expect(xmlNames.length).toBeGreaterThanOrEqual(5);
    for (const name of xmlNames) expect(() => parseXml(text(unmanaged, name), name)).not.toThrow();
  });

  it("describe the solution in solution.xml: name, version, publisher, Managed 0", () => {
    const manifest = childElement(childElement(xml(unmanaged, "solution.xml"), "ImportExportXml"), "SolutionManifest");
    expect(childText(manifest, "UniqueName")).toBe("ContosoSalesConnector");
    expect(attribute(childElements(childElement(manifest, "LocalizedNames"), "LocalizedName")[0] ?? {}, "description")).toBe("Contoso Sales Connector");
    expect(childText(manifest, "Version")).toBe(`${agreedVersion(REPOSITORY)}.0`);
    expect(childText(manifest, "Managed")).toBe("0");
    const publisher = childElement(manifest, "Publisher");
    expect(childText(publisher, "UniqueName")).toBe("Contoso");
    expect(childText(publisher, "CustomizationPrefix")).toBe("contoso");
  });

  it("match every root component to a customizations.xml entry and a folder, and every entry to a root component", () => {
    const manifest = childElement(childElement(xml(unmanaged, "solution.xml"), "ImportExportXml"), "SolutionManifest");
    const components = childElements(childElement(manifest, "RootComponents"), "RootComponent");
    const customizations = childElement(xml(unmanaged, "customizations.xml"), "ImportExportXml");
    const controls = childElements(childElement(customizations, "CustomControls"), "CustomControl");
    const connectors = childElements(childElement(customizations, "Connectors"), "Connector");
    const names = Object.keys(unmanaged);

    expect(components.map((component) => `${attribute(component, "type") ?? ""} ${attribute(component, "schemaName") ?? ""}`).sort()).toEqual([
      `372 ${CONNECTOR}`,
      `66 ${CONTROL}`,
    ]);
    for (const component of components) {
      const schemaName = attribute(component, "schemaName") ?? "";
      if (attribute(component, "type") === "66") {
        const control = controls.find((candidate) => childText(candidate, "Name") === schemaName);
        expect(control, schemaName).toBeDefined();
        expect(childText(control ?? {}, "FileName")).toBe(`/Controls/${schemaName}/ControlManifest.xml`);
        expect(names.some((name) => name.startsWith(`Controls/${schemaName}/`))).toBe(true);
      } else {
        const connector = connectors.find((candidate) => childText(candidate, "name") === schemaName);
        expect(connector, schemaName).toBeDefined();
        expect(`{${childText(connector ?? {}, "connectorid")}}`).toBe(attribute(component, "id"));
        expect(names.some((name) => name.startsWith(`Connector/${schemaName}_`))).toBe(true);
      }
    }
    expect(controls).toHaveLength(1);
    expect(connectors).toHaveLength(1);
    expect(customizations.Languages).toEqual({ Language: ["1033"] });
  });

  it("hold every file a Connector entry names, in the form Dataverse reads", () => {
    const connector = childElements(childElement(childElement(xml(unmanaged, "customizations.xml"), "ImportExportXml"), "Connectors"), "Connector")[0] ?? {};
    expect(childText(connector, "displayname")).toBe("Contoso Sales");
    expect(childText(connector, "iconbrandcolor")).toMatch(/^#[0-9A-Fa-f]{6}$/);
    expect(childText(connector, "connectortype")).toBe("1");
    const files = ["openapidefinition", "connectionparameters", "policytemplateinstances", "customcodeblobcontent", "iconblob"].map((field) => childText(connector, field));
    for (const file of files) expect(unmanaged[file.replace(/^\//, "")], file).toBeDefined();

    const definition: unknown = JSON.parse(text(unmanaged, `Connector/${CONNECTOR}_openapidefinition.json`));
    expect(definition).toMatchObject({ swagger: "2.0", info: { version: agreedVersion(REPOSITORY) } });
    const parameters: unknown = JSON.parse(text(unmanaged, `Connector/${CONNECTOR}_connectionparameters.json`));
    expect(parameters).toMatchObject({ token: { type: "oauthSetting", oAuthSettings: { identityProvider: "aad" } } });
    const policies: unknown = JSON.parse(text(unmanaged, `Connector/${CONNECTOR}_policytemplateinstances.json`));
    expect(Array.isArray(policies) && policies.every((policy) => isJsonObject(policy) && Object.keys(policy).join() === "TemplateId,Title,Parameters")).toBe(true);
    expect(policies).toEqual(expect.arrayContaining([expect.objectContaining({ TemplateId: "updatenextlink" })]));
    expect(Buffer.from(unmanaged[`Connector/${CONNECTOR}_iconblob.Png`] ?? []).subarray(1, 4).toString()).toBe("PNG");
  });

  it("carry the custom code as exports do: the script as is, the operations that run it, in the exported element order", () => {
    const connector = childElements(childElement(childElement(xml(unmanaged, "customizations.xml"), "ImportExportXml"), "Connectors"), "Connector")[0] ?? {};
    // The order of an exported connector with custom code (a solution unpacked by SolutionPackager).
    expect(Object.keys(connector)).toEqual([
      "connectorid", "description", "displayname", "iconbrandcolor", "name", "connectortype", "scriptoperations",
      "openapidefinition", "connectionparameters", "policytemplateinstances", "customcodeblobcontent", "iconblob",
    ]);
    expect(childText(connector, "customcodeblobcontent")).toBe(`/Connector/${CONNECTOR}_customcodeblobcontent.csx`);
    const { properties } = readConnectorDefinition(REPOSITORY);
    expect(JSON.parse(childText(connector, "scriptoperations"))).toEqual(properties.scriptOperations);
    expect(JSON.parse(childText(connector, "scriptoperations"))).toEqual(["ListOrdersNextPage"]);
    expect(text(unmanaged, "customizations.xml")).toContain('<scriptoperations>["ListOrdersNextPage"]</scriptoperations>');
    const script = unmanaged[`Connector/${CONNECTOR}_customcodeblobcontent.csx`] ?? [];
    expect(Buffer.compare(Buffer.from(script), fs.readFileSync(REPOSITORY.script))).toBe(0);
  });

  it("cover every file extension in [Content_Types].xml", () => {
    const types = childElement(xml(unmanaged, "[Content_Types].xml"), "Types");
    const extensions = childElements(types, "Default").map((entry) => (attribute(entry, "Extension") ?? "").toLowerCase());
    const overrides = childElements(types, "Override").map((entry) => attribute(entry, "PartName"));
    for (const name of Object.keys(unmanaged)) {
      const base = name.slice(name.lastIndexOf("/") + 1);
      const extension = base.includes(".") ? base.slice(base.lastIndexOf(".") + 1).toLowerCase() : undefined;
      expect(extension !== undefined ? extensions.includes(extension) : overrides.includes(`/${name}`), name).toBe(true);
    }
    expect(new Set(extensions).size).toBe(extensions.length);
    expect(extensions).toEqual(expect.arrayContaining(["xml", "json", "png", "csx"]));
  });

  it("differ, managed and unmanaged, only in <Managed>", () => {
    expect(Object.keys(managed)).toEqual(Object.keys(unmanaged));
    const differing = Object.keys(unmanaged).filter((name) => Buffer.compare(Buffer.from(unmanaged[name] ?? []), Buffer.from(managed[name] ?? [])) !== 0);
    expect(differing).toEqual(["solution.xml"]);
    const unmanagedXml = text(unmanaged, "solution.xml");
    const managedXml = text(managed, "solution.xml");
    expect(unmanagedXml).toContain("<Managed>0</Managed>");
    expect(managedXml).toContain("<Managed>1</Managed>");
    expect(managedXml.replace("<Managed>1</Managed>", "<Managed>0</Managed>")).toBe(unmanagedXml);
  });

  it("carry the control as built: its ControlManifest.xml (version, bundle.js) and bundle", () => {
    const manifest = text(unmanaged, `Controls/${CONTROL}/ControlManifest.xml`);
    expect(manifest).toBe(fs.readFileSync(path.join(CONTROL_OUT_DIR, "ControlManifest.xml"), "utf8"));
    const control = childElement(childElement(parseXml(manifest, "ControlManifest.xml"), "manifest"), "control");
    expect(attribute(control, "version")).toBe(agreedVersion(REPOSITORY));
    expect(childElements(childElement(control, "resources"), "code").map((code) => attribute(code, "path"))).toEqual(["bundle.js"]);
    expect(Buffer.compare(Buffer.from(unmanaged[`Controls/${CONTROL}/bundle.js`] ?? []), fs.readFileSync(path.join(CONTROL_OUT_DIR, "bundle.js")))).toBe(0);
  });

  it("are byte-identical when packed again from the same inputs, elsewhere, later, in another time zone", () => {
    const first = copyInputs();
    const second = copyInputs();
    const zone = process.env.TZ;
    try {
      // Different modification times and places for the same content.
      const later = new Date(Date.now() + 86_400_000);
      for (const file of listBuilt(second.controlDir)) fs.utimesSync(path.join(second.controlDir, file), later, later);
      process.env.TZ = "Pacific/Kiritimati";
      const a = packSolution(solutionLayout(first.root), first.controlDir);
      process.env.TZ = "America/Los_Angeles";
      const b = packSolution(solutionLayout(second.root), second.controlDir);
      for (const [index, packedZip] of packed.zips.entries()) {
        expect(Buffer.compare(Buffer.from(a.zips[index]?.bytes ?? []), Buffer.from(packedZip.bytes)), packedZip.fileName).toBe(0);
        expect(Buffer.compare(Buffer.from(b.zips[index]?.bytes ?? []), Buffer.from(packedZip.bytes)), packedZip.fileName).toBe(0);
      }
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
      fs.rmSync(first.root, { recursive: true, force: true });
      fs.rmSync(second.root, { recursive: true, force: true });
    }
  });
});

describe("the .cdsproj source form", () => {
  it("holds in src/Connectors the same connector files the zips do (run `npm run solution` after editing Solutions/connector)", () => {
    const expected = connectorSourceFiles(readConnectorDefinition(REPOSITORY), readSolutionSource(REPOSITORY).connector);
    expect(fs.readdirSync(REPOSITORY.connectorSource).sort()).toEqual(expected.map((file) => file.fileName).sort());
    for (const file of expected) {
      const onDisk = fs.readFileSync(path.join(REPOSITORY.connectorSource, file.fileName));
      expect(Buffer.compare(onDisk, file.bytes), `Solutions/src/Connectors/${file.fileName} is out of date`).toBe(0);
      if (!file.fileName.endsWith(".xml")) expect(Buffer.compare(onDisk, Buffer.from(unmanaged[`Connector/${file.fileName}`] ?? [])), file.fileName).toBe(0);
    }
  });

  it("references the control's project and packs both kinds, as the zips are", () => {
    const project = fs.readFileSync(path.join(REPOSITORY.solutions, "ContosoSalesConnector.cdsproj"), "utf8");
    expect(project).toContain('<ProjectReference Include="..\\OrdersGrid.pcfproj" />');
    expect(project).toContain("<SolutionPackageType>Both</SolutionPackageType>");
    expect(project).toContain('<PackageReference Include="Microsoft.PowerApps.MSBuild.Solution"');
    const source = fs.readFileSync(REPOSITORY.solutionXml, "utf8");
    expect(source).toContain("<Managed>2</Managed>");
  });
});
