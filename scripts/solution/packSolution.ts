/**
 * Packs the Contoso Sales solution without .NET, as MSBuild (Microsoft.PowerApps.MSBuild.Solution)
 * does from Solutions/src and the built control: an unmanaged and a managed zip that differ only
 * in <Managed>. See SOLUTION-FORMAT in the project notes and README "The solution and ALM".
 */
import { connectorElement, connectorFiles, readConnectorDefinition } from "./connectorPackage";
import { contentTypesXml } from "./contentTypesXml";
import { ZIP_BASE_NAME, type SolutionLayout } from "./layout";
import { readBuiltControl } from "./readBuiltControl";
import { readSolutionSource, ROOT_COMPONENT_CONTROL, solutionManifest } from "./readSolutionSource";
import { agreedVersion, solutionVersion, versionSuffix } from "./versions";
import { attribute, buildXml, childElement, childElements, parseXml, type XmlElement } from "./xml";
import { zipEntries, type ZipEntry } from "./zipEntries";

export interface SolutionZip {
  fileName: string;
  managed: boolean;
  bytes: Uint8Array;
  entryNames: string[];
}

export interface PackedSolution {
  uniqueName: string;
  version: string;
  zips: SolutionZip[];
}

export function solutionZipNames(version: string): { unmanaged: string; managed: string } {
  const base = `${ZIP_BASE_NAME}_${versionSuffix(version)}`;
  return { unmanaged: `${base}.zip`, managed: `${base}_managed.zip` };
}

function byName(a: ZipEntry, b: ZipEntry): number {
  // Ordinal, not locale-aware: the same order on every machine.
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/** solution.xml from the `pac solution init` form: the version, Managed 0/1, the control's root component added. */
function solutionXml(source: string, options: { version: string; managed: boolean; controlSchemaName: string }): string {
  const doc = parseXml(source, "Solution.xml");
  const manifest = solutionManifest(doc);
  const components = childElements(childElement(manifest, "RootComponents"), "RootComponent").filter(
    (component) => !(attribute(component, "type") === ROOT_COMPONENT_CONTROL && attribute(component, "schemaName") === options.controlSchemaName),
  );
  components.push({ "@_type": ROOT_COMPONENT_CONTROL, "@_schemaName": options.controlSchemaName, "@_behavior": "0" });
  manifest.Version = options.version;
  manifest.Managed = options.managed ? "1" : "0";
  manifest.RootComponents = { RootComponent: components };
  return buildXml(doc, { declaration: false });
}

/** customizations.xml: the control under CustomControls, the connector under Connectors (before Languages, as exports place it). */
function customizationsXml(source: string, customControl: XmlElement, connector: XmlElement): string {
  const doc = parseXml(source, "Customizations.xml");
  const root = childElement(doc, "ImportExportXml");
  const ordered: XmlElement = {};
  for (const [name, value] of Object.entries(root)) {
    if (name === "Connectors") continue;
    if (name === "Languages") ordered.Connectors = { Connector: [connector] };
    ordered[name] = name === "CustomControls" ? { CustomControl: [customControl] } : value;
  }
  if (!("Connectors" in ordered)) ordered.Connectors = { Connector: [connector] };
  if (!("CustomControls" in ordered)) throw new Error("Customizations.xml has no <CustomControls> element");
  return buildXml({ ImportExportXml: ordered }, { declaration: false });
}

/** Packs both zips in memory from the solution source under `layout` and the control built into `controlDir`. */
export function packSolution(layout: SolutionLayout, controlDir: string): PackedSolution {
  const version = agreedVersion(layout);
  const source = readSolutionSource(layout);
  const control = readBuiltControl(controlDir, source.prefix);
  if (control.version !== version) {
    throw new Error(`The built control is version ${control.version}, the sources say ${version}: build it again (\`npm run solution\` does).`);
  }
  const connector = readConnectorDefinition(layout);
  const controlFolder = `Controls/${control.schemaName}`;

  const payload: ZipEntry[] = [
    ...control.files.map((file) => ({ name: `${controlFolder}/${file.path}`, bytes: file.bytes })),
    ...connectorFiles(connector, source.connector).map((file) => ({ name: `Connector/${file.fileName}`, bytes: file.bytes })),
  ].sort(byName);
  const customizations = customizationsXml(
    source.customizationsXml,
    { Name: control.schemaName, FileName: `/${controlFolder}/ControlManifest.xml` },
    connectorElement(connector, source.connector, "Connector"),
  );

  const names = solutionZipNames(version);
  const zips = [false, true].map((managed): SolutionZip => {
    const solution = solutionXml(source.solutionXml, { version: solutionVersion(version), managed, controlSchemaName: control.schemaName });
    const parts: ZipEntry[] = [
      { name: "solution.xml", bytes: Buffer.from(solution, "utf8") },
      { name: "customizations.xml", bytes: Buffer.from(customizations, "utf8") },
      ...payload,
    ];
    const contentTypes = { name: "[Content_Types].xml", bytes: Buffer.from(contentTypesXml(parts.map((part) => part.name)), "utf8") };
    const entries = [contentTypes, ...parts];
    return {
      fileName: managed ? names.managed : names.unmanaged,
      managed,
      bytes: zipEntries(entries),
      entryNames: entries.map((entry) => entry.name),
    };
  });
  return { uniqueName: source.uniqueName, version, zips };
}
