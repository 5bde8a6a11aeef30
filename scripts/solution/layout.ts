import path from "node:path";
import { CONTROL_OUT_DIR, PROJECT_ROOT } from "../pcfBuild";

/** The zips are `<ZIP_BASE_NAME>_1_1_0.zip` and `..._managed.zip`; their identity is UniqueName + Version. */
export const ZIP_BASE_NAME = "Contoso.Sales.Connector";

/**
 * Where each part of the solution lives under a project root: the repository, or a
 * temporary copy of it in tests.
 */
export function solutionLayout(root: string) {
  const solutions = path.join(root, "Solutions");
  const connector = path.join(solutions, "connector");
  return {
    root,
    packageJson: path.join(root, "package.json"),
    controlManifest: path.join(root, "OrdersGrid", "ControlManifest.Input.xml"),
    solutions,
    /** The `pac solution init` form: Solution.xml, Customizations.xml, Relationships.xml. */
    solutionXml: path.join(solutions, "src", "Other", "Solution.xml"),
    customizationsXml: path.join(solutions, "src", "Other", "Customizations.xml"),
    /** The connector as MSBuild packs it; written from `connector/` by `npm run solution`. */
    connectorSource: path.join(solutions, "src", "Connectors"),
    /** The connector as paconn and `pac connector` know it: the source of truth. */
    apiDefinition: path.join(connector, "apiDefinition.swagger.json"),
    apiProperties: path.join(connector, "apiProperties.json"),
    icon: path.join(connector, "icon.png"),
    /** The connector's custom code: the operations apiProperties.json lists in scriptOperations run it. */
    script: path.join(connector, "script.csx"),
    schemas: path.join(solutions, "schemas"),
    dist: path.join(solutions, "dist"),
  };
}

export type SolutionLayout = ReturnType<typeof solutionLayout>;

export const REPOSITORY = solutionLayout(PROJECT_ROOT);
export { CONTROL_OUT_DIR };
