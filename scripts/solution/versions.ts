/**
 * One version for everything that ships: package.json is the source, and the control manifest,
 * Solution.xml and the connector's info.version must agree with it. `npm run version:set`
 * changes them together; the packer refuses to pack when they disagree.
 */
import fs from "node:fs";
import { objectAt, parseJsonFile, stringAt } from "./json";
import type { SolutionLayout } from "./layout";

/** major.minor.patch, numbers only: the control manifest and Dataverse take nothing else. */
export const VERSION_PATTERN = /^(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})$/;

export const CONTROL_VERSION = /(<control\b[^>]*?\sversion=")([^"]*)(")/;
export const SOLUTION_VERSION = /(<Version>)([^<]*)(<\/Version>)/;

export interface Versions {
  "package.json": string | undefined;
  "ControlManifest.Input.xml": string | undefined;
  "Solution.xml": string | undefined;
  "apiDefinition.swagger.json": string | undefined;
}

/** Dataverse versions have four parts; ours end in .0. */
export function solutionVersion(version: string): string {
  return `${version}.0`;
}

/** `Contoso.Sales.Connector_1_1_0` for 1.1.0. */
export function versionSuffix(version: string): string {
  return version.replace(/\./g, "_");
}

export function readVersions(layout: SolutionLayout): Versions {
  const solution = SOLUTION_VERSION.exec(fs.readFileSync(layout.solutionXml, "utf8"))?.[2];
  return {
    "package.json": stringAt(parseJsonFile(fs.readFileSync(layout.packageJson), "package.json"), "version"),
    "ControlManifest.Input.xml": CONTROL_VERSION.exec(fs.readFileSync(layout.controlManifest, "utf8"))?.[2],
    // 1.1.0.0 in Solution.xml is 1.1.0 everywhere else.
    "Solution.xml": solution?.replace(/\.0$/, ""),
    "apiDefinition.swagger.json": stringAt(
      objectAt(parseJsonFile(fs.readFileSync(layout.apiDefinition), "apiDefinition.swagger.json"), "info"),
      "version",
    ),
  };
}

/** The one version, or an error naming every file that disagrees with package.json. */
export function agreedVersion(layout: SolutionLayout): string {
  const versions = readVersions(layout);
  const version = versions["package.json"];
  if (!version || !VERSION_PATTERN.test(version)) throw new Error(`package.json has no x.y.z version (found ${String(version)})`);
  const disagreeing = Object.entries(versions).filter(([, value]) => value !== version);
  if (disagreeing.length > 0) {
    const list = disagreeing.map(([file, value]) => `${file} has ${value ?? "none"}`).join(", ");
    throw new Error(`Versions disagree: package.json has ${version}, ${list}. Run \`npm run version:set ${version}\`.`);
  }
  return version;
}
