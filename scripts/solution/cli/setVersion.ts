/** `npm run version:set 1.2.0`: one version for package.json, the control, the solution and the connector. */
import { REPOSITORY } from "../layout";
import { solutionZipNames } from "../packSolution";
import { setVersion } from "../setVersion";

const version = process.argv[2];
if (!version || process.argv.length > 3) {
  console.error("usage: npm run version:set <major.minor.patch>, e.g. npm run version:set 1.2.0");
  process.exitCode = 1;
} else {
  try {
    const changed = setVersion(REPOSITORY, version);
    for (const file of changed) console.log(`  updated ${file}`);
    if (changed.length === 0) console.log(`  every file already says ${version}`);
    const names = solutionZipNames(version);
    console.log(`version ${version} set; \`npm run solution\` now writes ${names.unmanaged} and ${names.managed}.`);
  } catch (error) {
    console.error(`version:set: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
