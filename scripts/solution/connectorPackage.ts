/**
 * The connector as a solution holds it, derived from the paconn files in Solutions/connector:
 * the Swagger file as is, the connectionParameters object alone, the policy template instances
 * with PascalCase keys, and the icon (SOLUTION-FORMAT: Connector/<name>_*.json, _iconblob.Png).
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
  return { apiDefinition, definition, properties, icon: fs.existsSync(layout.icon) ? fs.readFileSync(layout.icon) : undefined };
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
    openapidefinition: file("openapidefinition.json"),
    connectionparameters: file("connectionparameters.json"),
    policytemplateinstances: file("policytemplateinstances.json"),
  };
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
