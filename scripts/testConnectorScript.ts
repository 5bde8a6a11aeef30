/**
 * `npm run test:connector-script`: compiles the connector's custom code (Solutions/connector/script.csx)
 * with the runtime's documented surface and its tests (test/connector-script) into a temporary
 * directory and runs them with Mono. Exits non-zero when mcs is missing, compiling fails or a test fails.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PROJECT_ROOT } from "./pcfBuild";

const SCRIPT = path.join(PROJECT_ROOT, "Solutions", "connector", "script.csx");
const TESTS = path.join(PROJECT_ROOT, "test", "connector-script");

// The connector runtime imports its supported namespaces for the script, so script.csx has no using
// directives; these are the ones it relies on, all on the runtime's supported list.
const RUNTIME_USINGS = [
  "System",
  "System.Collections.Generic",
  "System.Net",
  "System.Net.Http",
  "System.Threading",
  "System.Threading.Tasks",
  "Microsoft.Extensions.Logging",
];

const REFERENCES = ["System.Net.Http.dll", "System.Runtime.Serialization.dll", "System.Xml.dll", "System.Xml.Linq.dll"];

function run(command: string, args: readonly string[]): number {
  const result = spawnSync(command, args, { stdio: "inherit" });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function hasMcs(): boolean {
  return spawnSync("mcs", ["--version"], { stdio: "ignore" }).status === 0;
}

function main(): number {
  if (!hasMcs()) {
    console.error("test:connector-script: the Mono C# compiler (mcs) is missing; install it with `apt-get install -y mono-devel`.");
    return 1;
  }
  const dir = mkdtempSync(path.join(tmpdir(), "connector-script-"));
  try {
    // #line keeps compiler messages pointing at script.csx rather than the temporary copy.
    const script = path.join(dir, "Script.cs");
    const header = RUNTIME_USINGS.map((name) => `using ${name};`).join("\n");
    writeFileSync(script, `${header}\n#line 1 "${SCRIPT}"\n${readFileSync(SCRIPT, "utf8")}`);

    const exe = path.join(dir, "ScriptTests.exe");
    const sources = [script, path.join(TESTS, "ScriptRuntime.cs"), path.join(TESTS, "ScriptTests.cs")];
    const compiled = run("mcs", ["-nologo", "-warnaserror+", `-out:${exe}`, ...REFERENCES.map((name) => `-r:${name}`), ...sources]);
    if (compiled !== 0) {
      console.error("test:connector-script: compiling the script and its tests failed.");
      return compiled;
    }
    return run("mono", [exe, SCRIPT]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(`test:connector-script: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
