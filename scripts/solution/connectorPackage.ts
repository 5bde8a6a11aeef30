/**
 * The connector as a solution holds it, derived from the paconn files in Solutions/connector:
 * the Swagger file as is, the connectionParameters object alone, the policy template instances
 * with PascalCase keys, the icon (SOLUTION-FORMAT: Connector/<name>_*.json, _iconblob.Png) and the
 * custom code as is (Connector/<name>_customcodeblobcontent.csx, as Dataverse exports it).
 */
import fs from "node:fs";
import path from "node:path";
import { arrayAt, isJsonObject, objectAt, parseJsonFile, stringAt, type JsonObject } from "./json";
import type { SolutionLayout } from "./layout";
import type { ConnectorIdentity } from "./readSolutionSource";
import { buildXml, type XmlElement } from "./xml";

export interface ConnectorDefinition {
  /** apiDefinition.swagger.json, byte for byte. */
  apiDefinition: Uint8Array;
  definition: JsonObject;
  /** The `properties` object of apiProperties.json. */
  properties: JsonObject;
  icon: Uint8Array | undefined;
  /** script.csx, byte for byte. */
  script: Uint8Array | undefined;
  /** The operationIds apiProperties.json runs through the script. */
  scriptOperations: string[];
}

export interface ConnectorFile {
  fileName: string;
  bytes: Uint8Array;
}

export function readConnectorDefinition(layout: SolutionLayout): ConnectorDefinition {
  const apiDefinition = fs.readFileSync(layout.apiDefinition);
  const definition = parseJsonFile(apiDefinition, "apiDefinition.swagger.json");
  const properties = objectAt(parseJsonFile(fs.readFileSync(layout.apiProperties), "apiProperties.json"), "properties");
  if (!isJsonObject(definition)) throw new Error("apiDefinition.swagger.json does not hold an object");
  if (!properties) throw new Error("apiProperties.json has no properties object");
  const scriptOperations = arrayAt(properties, "scriptOperations") ?? [];
  if (!scriptOperations.every((id) => typeof id === "string")) throw new Error("apiProperties.json: scriptOperations must list operationIds");
  return {
    apiDefinition,
    definition,
    properties,
    icon: fs.existsSync(layout.icon) ? fs.readFileSync(layout.icon) : undefined,
    script: fs.existsSync(layout.script) ? fs.readFileSync(layout.script) : undefined,
    scriptOperations,
  };
}

function jsonBytes(value: unknown): Uint8Array {
  // Four spaces, as Dataverse exports these files.
  return Buffer.from(`${JSON.stringify(value, null, 4)}\n`, "utf8");
}

function policyTemplateInstance(instance: unknown): JsonObject {
  return {
    TemplateId: stringAt(instance, "templateId") ?? "",
    Title: stringAt(instance, "title") ?? "",
    Parameters: objectAt(instance, "parameters") ?? {},
  };
}

export function connectorFiles(connector: ConnectorDefinition, identity: ConnectorIdentity): ConnectorFile[] {
  const files: ConnectorFile[] = [
    { fileName: `${identity.name}_openapidefinition.json`, bytes: connector.apiDefinition },
    { fileName: `${identity.name}_connectionparameters.json`, bytes: jsonBytes(objectAt(connector.properties, "connectionParameters") ?? {}) },
    {
      fileName: `${identity.name}_policytemplateinstances.json`,
      bytes: jsonBytes((arrayAt(connector.properties, "policyTemplateInstances") ?? []).map(policyTemplateInstance)),
    },
  ];
  if (connector.script) files.push({ fileName: `${identity.name}_customcodeblobcontent.csx`, bytes: connector.script });
  if (connector.icon) files.push({ fileName: `${identity.name}_iconblob.Png`, bytes: connector.icon });
  return files;
}

/**
 * The `<Connector>` element of customizations.xml; its files live in `folder`
 * ("Connector" in a zip, "Connectors" in the unpacked source).
 */
export function connectorElement(connector: ConnectorDefinition, identity: ConnectorIdentity, folder: string): XmlElement {
  const info = objectAt(connector.definition, "info");
  const file = (suffix: string) => `/${folder}/${identity.name}_${suffix}`;
  const element: XmlElement = {
    connectorid: identity.id,
    description: stringAt(info, "description") ?? "",
    displayname: stringAt(info, "title") ?? identity.name,
    iconbrandcolor: stringAt(connector.properties, "iconBrandColor") ?? "",
    name: identity.name,
    connectortype: "1",
  };
  // Exports place scriptoperations (a JSON array as text) before the definition, and the script
  // after the policies, before the icon.
  if (connector.scriptOperations.length > 0) {
    const operations = JSON.stringify(connector.scriptOperations);
    if (/[<&]/.test(operations)) throw new Error(`apiProperties.json: scriptOperations ${operations} cannot be written into customizations.xml`);
    element.scriptoperations = operations;
  }
  element.openapidefinition = file("openapidefinition.json");
  element.connectionparameters = file("connectionparameters.json");
  element.policytemplateinstances = file("policytemplateinstances.json");
  if (connector.script) element.customcodeblobcontent = file("customcodeblobcontent.csx");
  if (connector.icon) element.iconblob = file("iconblob.Png");
  return element;
}

/** What src/Connectors must hold for `dotnet build` to pack the same connector `npm run solution` does. */
export function connectorSourceFiles(connector: ConnectorDefinition, identity: ConnectorIdentity): ConnectorFile[] {
  const xml = buildXml(
    { Connector: { "@_xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance", ...connectorElement(connector, identity, "Connectors") } },
    { declaration: true },
  );
  return [{ fileName: `${identity.name}.xml`, bytes: Buffer.from(xml, "utf8") }, ...connectorFiles(connector, identity)];
}

/** Brings src/Connectors in line with the connector definition; returns the names of the files it changed. */
export function writeConnectorSource(layout: SolutionLayout, identity: ConnectorIdentity): string[] {
  const expected = connectorSourceFiles(readConnectorDefinition(layout), identity);
  fs.mkdirSync(layout.connectorSource, { recursive: true });
  const changed: string[] = [];
  for (const file of expected) {
    const target = path.join(layout.connectorSource, file.fileName);
    if (fs.existsSync(target) && Buffer.compare(fs.readFileSync(target), file.bytes) === 0) continue;
    fs.writeFileSync(target, file.bytes);
    changed.push(file.fileName);
  }
  const names = new Set(expected.map((file) => file.fileName));
  for (const name of fs.readdirSync(layout.connectorSource)) {
    if (names.has(name)) continue;
    fs.rmSync(path.join(layout.connectorSource, name), { recursive: true });
    changed.push(name);
  }
  return changed;
}
