import { spawn } from "node:child_process";
import path from "node:path";

export const PROJECT_ROOT = path.resolve(__dirname, "..");
export const CONTROL_OUT_DIR = path.join(PROJECT_ROOT, "out", "controls", "OrdersGrid");

/** Runs `pcf-scripts build` with the given arguments; resolves true only when it reported success. */
export function runPcfBuild(args: readonly string[], options: { quiet?: boolean } = {}): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [require.resolve("pcf-scripts/bin/pcf-scripts.js"), "build", ...args], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, PP_TOOLS_TELEMETRY_OPTOUT: "true" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    const collect = (stream: NodeJS.WritableStream) => (chunk: Buffer) => {
      output += chunk.toString();
      if (!options.quiet) stream.write(chunk);
    };
    child.stdout.on("data", collect(process.stdout));
    child.stderr.on("data", collect(process.stderr));
    child.on("error", reject);
    child.on("close", (code) => {
      // eslint-disable-next-line no-control-regex -- strips the ANSI colours pcf-scripts prints
      const plain = output.replace(/\u001b\[[0-9;]*m/g, "");
      const ok = code === 0 && plain.includes("[build] Succeeded") && !plain.includes("[build] Failed");
      if (!ok && options.quiet) process.stderr.write(output);
      resolve(ok);
    });
  });
}
