import fs from "node:fs";
import path from "node:path";
import { XMLParser } from "fast-xml-parser";
import type { Strings } from "../../OrdersGrid/strings/stringKeys";
import { readStrings } from "../../OrdersGrid/strings/stringKeys";

export const STRINGS_DIR = path.resolve(__dirname, "../../OrdersGrid/strings");

/** Every `<data name>` → `<value>` of a resx file. */
export function readResx(file: string): Map<string, string> {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (name) => name === "data" });
  const doc = parser.parse(fs.readFileSync(file, "utf8")) as { root: { data?: { "@name": string; value?: unknown }[] } };
  return new Map((doc.root.data ?? []).map((entry) => [entry["@name"], typeof entry.value === "string" || typeof entry.value === "number" ? String(entry.value) : ""]));
}

/** The strings the control shows for a language, read from the shipped resx like the host does. */
export function loadStrings(lcid = 1033): Strings {
  const values = readResx(path.join(STRINGS_DIR, `OrdersGrid.${lcid}.resx`));
  return readStrings((key) => values.get(key) ?? "");
}
