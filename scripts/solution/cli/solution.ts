/**
 * `npm run solution`: builds the control in production mode, brings Solutions/src/Connectors in
 * line with the connector definition, and writes the unmanaged and managed zips to Solutions/dist.
 */
import fs from "node:fs";
import path from "node:path";
import { runPcfBuild } from "../../pcfBuild";
import { writeConnectorSource } from "../connectorPackage";
import { CONTROL_OUT_DIR, REPOSITORY } from "../layout";
import { packSolution } from "../packSolution";
import { readSolutionSource } from "../readSolutionSource";
import { agreedVersion } from "../versions";

async function main(): Promise<number> {
  // Fail on disagreeing versions before spending a build on them.
  agreedVersion(REPOSITORY);
  console.log("Building the control (production)…");
  if (!(await runPcfBuild(["--buildMode", "production"], { quiet: true }))) {
    console.error("solution: the control's build failed (see above); no zips written.");
    return 1;
  }
  for (const name of writeConnectorSource(REPOSITORY, readSolutionSource(REPOSITORY).connector)) {
    console.log(`updated Solutions/src/Connectors/${name} from Solutions/connector`);
  }
  const packed = packSolution(REPOSITORY, CONTROL_OUT_DIR);
  fs.mkdirSync(REPOSITORY.dist, { recursive: true });
  console.log(`${packed.uniqueName} ${packed.version}:`);
  for (const zip of packed.zips) {
    const file = path.join(REPOSITORY.dist, zip.fileName);
    fs.writeFileSync(file, zip.bytes);
    const kind = zip.managed ? "managed" : "unmanaged";
    console.log(`  ${path.relative(REPOSITORY.root, file).split(path.sep).join("/")}  ${zip.bytes.length.toLocaleString("en-US")} bytes, ${zip.entryNames.length} entries (${kind})`);
  }
  return 0;
}

main()
  .then((code) => {
    process.exitCode = code;
  })
  .catch((error: unknown) => {
    console.error(`solution: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
