import { buildXml, type XmlElement } from "./xml";

const CONTENT_TYPE = "application/octet-stream";

/**
 * `[Content_Types].xml` as Dataverse writes it: one Default per file extension (first spelling
 * wins; extensions match case-insensitively), an Override for each file without one.
 */
export function contentTypesXml(entryNames: readonly string[]): string {
  const extensions = new Map<string, string>();
  const overrides: string[] = [];
  for (const name of entryNames) {
    const base = name.slice(name.lastIndexOf("/") + 1);
    const dot = base.lastIndexOf(".");
    if (dot <= 0 || dot === base.length - 1) {
      overrides.push(`/${name}`);
      continue;
    }
    const extension = base.slice(dot + 1);
    if (!extensions.has(extension.toLowerCase())) extensions.set(extension.toLowerCase(), extension);
  }
  const types: XmlElement = {
    "@_xmlns": "http://schemas.openxmlformats.org/package/2006/content-types",
    Default: [...extensions.values()].map((extension) => ({ "@_Extension": extension, "@_ContentType": CONTENT_TYPE })),
    Override: overrides.map((partName) => ({ "@_PartName": partName, "@_ContentType": CONTENT_TYPE })),
  };
  return buildXml({ Types: types }, { declaration: true });
}
