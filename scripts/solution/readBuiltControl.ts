import fs from "node:fs";
import path from "node:path";
import { attribute, childElement, childElements, parseXml } from "./xml";

export interface BuiltFile {
  /** Relative to the control's output folder, forward slashes. */
  path: string;
  bytes: Uint8Array;
}

export interface BuiltControl {
  /** `<prefix>_<namespace>.<constructor>`, e.g. contoso_Contoso.OrdersGrid. */
  schemaName: string;
  version: string;
  files: BuiltFile[];
}

function listFiles(dir: string, relative = ""): string[] {
  return fs
    .readdirSync(path.join(dir, relative), { withFileTypes: true })
    .flatMap((entry) => {
      const name = relative ? `${relative}/${entry.name}` : entry.name;
      return entry.isDirectory() ? listFiles(dir, name) : [name];
    });
}

/** Reads the build output of the control (out/controls/OrdersGrid): its identity and every file, as MSBuild copies them. */
export function readBuiltControl(controlDir: string, prefix: string): BuiltControl {
  const manifestPath = path.join(controlDir, "ControlManifest.xml");
  if (!fs.existsSync(manifestPath)) throw new Error(`No built control in ${controlDir}: build it with \`npm run build -- --buildMode production\``);
  const control = childElement(childElement(parseXml(fs.readFileSync(manifestPath, "utf8"), "ControlManifest.xml"), "manifest"), "control");
  const namespace = attribute(control, "namespace");
  const constructor = attribute(control, "constructor");
  const version = attribute(control, "version");
  if (!namespace || !constructor || !version) throw new Error("The built ControlManifest.xml has no namespace, constructor or version");

  const files = listFiles(controlDir)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((file) => ({ path: file, bytes: fs.readFileSync(path.join(controlDir, file)) }));
  const resources = childElement(control, "resources");
  const named = [...childElements(resources, "code"), ...childElements(resources, "css"), ...childElements(resources, "resx")]
    .map((resource) => attribute(resource, "path"))
    .filter((file) => file !== undefined);
  const missing = named.filter((file) => !files.some((built) => built.path === file));
  if (missing.length > 0) throw new Error(`The built control lacks files its manifest names: ${missing.join(", ")}`);

  return { schemaName: `${prefix}_${namespace}.${constructor}`, version, files };
}
