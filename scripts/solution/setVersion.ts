import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { writeConnectorSource } from "./connectorPackage";
import { isJsonObject, objectAt, parseJsonFile } from "./json";
import type { SolutionLayout } from "./layout";
import { readSolutionSource } from "./readSolutionSource";
import { CONTROL_VERSION, SOLUTION_VERSION, solutionVersion, VERSION_PATTERN } from "./versions";

function replaceOnce(file: string, pattern: RegExp, value: string) {
  const text = fs.readFileSync(file, "utf8");
  if (!pattern.test(text)) throw new Error(`No version found in ${file}`);
  const updated = text.replace(pattern, (_match, before: string, _old: string, after: string) => before + value + after);
  if (updated !== text) fs.writeFileSync(file, updated);
}

/**
 * Sets one version everywhere it ships: package.json (and its lock file, through `npm version`),
 * the control manifest, Solution.xml (x.y.z.0), the connector's info.version, and the connector
 * files under src/Connectors. Returns the files it changed, relative to the project root.
 */
export function setVersion(layout: SolutionLayout, version: string): string[] {
  if (!VERSION_PATTERN.test(version)) throw new Error(`"${version}" is not a version: use major.minor.patch, e.g. 1.2.0`);
  const lockFile = path.join(layout.root, "package-lock.json");
  const watched = [layout.packageJson, lockFile, layout.controlManifest, layout.solutionXml, layout.apiDefinition];
  const before = watched.map((file) => (fs.existsSync(file) ? fs.readFileSync(file, "utf8") : undefined));

  // npm keeps package.json and package-lock.json in step; no git commit or tag.
  const npm = spawnSync("npm", ["version", version, "--no-git-tag-version", "--allow-same-version"], {
    cwd: layout.root,
    encoding: "utf8",
    shell: process.platform === "win32",
  });
  if (npm.status !== 0) throw new Error(`npm version ${version} failed:\n${npm.stderr}`);

  replaceOnce(layout.controlManifest, CONTROL_VERSION, version);
  replaceOnce(layout.solutionXml, SOLUTION_VERSION, solutionVersion(version));

  const definition = parseJsonFile(fs.readFileSync(layout.apiDefinition), "apiDefinition.swagger.json");
  const info = objectAt(definition, "info");
  if (!isJsonObject(definition) || !info) throw new Error("apiDefinition.swagger.json has no info object");
  if (info.version !== version) {
    info.version = version;
    fs.writeFileSync(layout.apiDefinition, `${JSON.stringify(definition, null, 2)}\n`);
  }

  const connectorFiles = writeConnectorSource(layout, readSolutionSource(layout).connector);
  const relative = (file: string) => path.relative(layout.root, file).split(path.sep).join("/");
  return [
    ...watched.filter((file, index) => fs.existsSync(file) && fs.readFileSync(file, "utf8") !== before[index]).map(relative),
    ...connectorFiles.map((name) => relative(path.join(layout.connectorSource, name))),
  ];
}
