import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { build } from "esbuild";

/** The host pages' scripts, by the name the pages load them as (`/hosts/<name>.js`). */
export const HOST_SCRIPTS = {
  canvas: "browser/canvasPage.ts",
  modelDriven: "browser/modelDrivenPage.ts",
  webApi: "browser/webApiPage.ts",
} as const;

export type HostScript = keyof typeof HOST_SCRIPTS;

export function isHostScript(name: string): name is HostScript {
  return name in HOST_SCRIPTS;
}

/**
 * Bundles the host pages' scripts (TypeScript, with the reference order data) into a fresh
 * directory. They use the page's React through `window.ReactDOM`, so nothing of React is bundled.
 */
export async function buildHostScripts(): Promise<string> {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "orders-grid-hosts-"));
  await build({
    entryPoints: Object.fromEntries(Object.entries(HOST_SCRIPTS).map(([name, file]) => [name, path.join(__dirname, file)])),
    outdir: outDir,
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2020",
    sourcemap: "inline",
    logLevel: "silent",
  });
  return outDir;
}
