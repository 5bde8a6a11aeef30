/**
 * The solution's XML files through fast-xml-parser: attributes as `@_name`, text kept as
 * strings ("1.0" stays "1.0"), the elements that repeat in solution files always as arrays.
 */
import XmlBuilder from "fast-xml-builder";
import { XMLParser, XMLValidator } from "fast-xml-parser";

export type XmlValue = string | XmlElement | XmlValue[];
export interface XmlElement {
  [name: string]: XmlValue;
}

const REPEATED = new Set([
  "Address", "Connector", "CustomControl", "Description", "Language", "LocalizedName", "MissingDependency", "RootComponent",
]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  parseTagValue: false,
  parseAttributeValue: false,
  ignoreDeclaration: true,
  trimValues: true,
  isArray: (tagName, _path, _isLeaf, isAttribute) => !isAttribute && REPEATED.has(tagName),
});

const builder = new XmlBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  format: true,
  indentBy: "  ",
  suppressEmptyNode: true,
  // xsi:nil="true" must stay an attribute with a value, not become a bare `xsi:nil`.
  suppressBooleanAttributes: false,
  // Exports write this JSON array with bare quotes ("ListOrdersNextPage", not &quot;); written raw,
  // so its writer must keep < and & out of it.
  stopNodes: ["..scriptoperations"],
});

export function isXmlElement(value: unknown): value is XmlElement {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Parses a document, failing with the file's name and the line when it is not well-formed. */
export function parseXml(text: string, name: string): XmlElement {
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- still shipped and exact; its successor package adds three dependencies for the same check
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new Error(`${name} is not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
  const doc: unknown = parser.parse(text);
  if (!isXmlElement(doc)) throw new Error(`${name} has no root element`);
  return doc;
}

/** Serialises with two-space indentation; `declaration` adds `<?xml ... encoding="utf-8"?>`. */
export function buildXml(doc: XmlElement, options: { declaration: boolean }): string {
  return (options.declaration ? '<?xml version="1.0" encoding="utf-8"?>\n' : "") + builder.build(doc);
}

function asElement(value: XmlValue, name: string): XmlElement {
  if (value === "") return {}; // <Name />
  if (isXmlElement(value)) return value;
  throw new Error(`<${name}> is not an element`);
}

export function childElement(parent: XmlElement, name: string): XmlElement {
  const value = parent[name];
  if (value === undefined) throw new Error(`<${name}> is missing`);
  return asElement(value, name);
}

export function childElements(parent: XmlElement, name: string): XmlElement[] {
  const value = parent[name];
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).map((item) => asElement(item, name));
}

export function childText(parent: XmlElement, name: string): string {
  const value = parent[name];
  if (typeof value !== "string") throw new Error(`<${name}> has no text`);
  return value;
}

export function attribute(element: XmlElement, name: string): string | undefined {
  const value = element[`@_${name}`];
  return typeof value === "string" ? value : undefined;
}
