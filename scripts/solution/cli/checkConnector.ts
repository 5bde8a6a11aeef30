/**
 * `npm run check:connector [project root]`: the connector governance checklist over Solutions/.
 * Prints one line per failure and exits 1 when any rule fails; otherwise prints a short summary.
 */
import { checkConnector, readSolutionFiles } from "../checkConnector";
import { loadConnectorSchemas } from "../connectorSchemas";
import { readConnectorDefinition } from "../connectorPackage";
import { objectAt, stringAt } from "../json";
import { PROJECT_ROOT } from "../../pcfBuild";
import { solutionLayout } from "../layout";

function main(): number {
  const layout = solutionLayout(process.argv[2] ?? PROJECT_ROOT);
  const files = readSolutionFiles(layout);
  const results = checkConnector(files, loadConnectorSchemas(layout.schemas));
  const failed = results.filter((result) => result.failures.length > 0);
  for (const result of failed) {
    for (const failure of result.failures) console.error(`✗ [${result.rule}] ${failure}`);
  }
  if (failed.length > 0) {
    console.error(`check:connector: ${failed.length} of ${results.length} rules failed (${failed.map((result) => result.rule).join(", ")}).`);
    return 1;
  }
  const { definition, apiDefinition } = readConnectorDefinition(layout);
  const info = objectAt(definition, "info");
  console.log(
    `check:connector: ${stringAt(info, "title") ?? "connector"} ${stringAt(info, "version") ?? ""} passes all ${results.length} rules ` +
      `(definition ${(apiDefinition.length / 1024).toFixed(1)} KB of 1 MB; ${files.length} files scanned for secrets).`,
  );
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(`check:connector: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
