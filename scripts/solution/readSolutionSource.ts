import fs from "node:fs";
import type { SolutionLayout } from "./layout";
import { attribute, childElement, childElements, childText, parseXml, type XmlElement } from "./xml";

export const ROOT_COMPONENT_CONTROL = "66";
export const ROOT_COMPONENT_CONNECTOR = "372";

export interface ConnectorIdentity {
  /** The connector's fixed id, without braces. */
  id: string;
  /** `<prefix>_<name>`, e.g. contoso_contososales. */
  name: string;
}

export interface SolutionSource {
  solutionXml: string;
  customizationsXml: string;
  uniqueName: string;
  /** As written in Solution.xml: four parts. */
  version: string;
  prefix: string;
  connector: ConnectorIdentity;
}

export function solutionManifest(doc: XmlElement): XmlElement {
  return childElement(childElement(doc, "ImportExportXml"), "SolutionManifest");
}

/** Reads src/Other: the solution's identity, its publisher prefix and the connector it carries. */
export function readSolutionSource(layout: SolutionLayout): SolutionSource {
  const solutionXml = fs.readFileSync(layout.solutionXml, "utf8");
  const customizationsXml = fs.readFileSync(layout.customizationsXml, "utf8");
  const manifest = solutionManifest(parseXml(solutionXml, "Solution.xml"));
  parseXml(customizationsXml, "Customizations.xml");
  const connectors = childElements(childElement(manifest, "RootComponents"), "RootComponent").filter(
    (component) => attribute(component, "type") === ROOT_COMPONENT_CONNECTOR,
  );
  const [connector] = connectors;
  const id = connector && attribute(connector, "id");
  const name = connector && attribute(connector, "schemaName");
  if (connectors.length !== 1 || !id || !name) {
    throw new Error(`Solution.xml must list exactly one connector root component (type ${ROOT_COMPONENT_CONNECTOR}) with an id and a schemaName`);
  }
  return {
    solutionXml,
    customizationsXml,
    uniqueName: childText(manifest, "UniqueName"),
    version: childText(manifest, "Version"),
    prefix: childText(childElement(manifest, "Publisher"), "CustomizationPrefix"),
    connector: { id: id.replace(/^\{|\}$/g, "").toLowerCase(), name },
  };
}
