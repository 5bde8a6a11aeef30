import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

export type PlatformLibrary = "react-dom" | "React" | "Fluent";

/**
 * Strings that survive minification because they are property names, string literals or
 * symbol keys inside each library's own code. The control only *references* these libraries
 * (webpack maps them to the platform's globals), so none of them belongs in bundle.js.
 */
const SIGNATURES: Readonly<Record<PlatformLibrary, readonly RegExp[]>> = {
  "react-dom": [/unstable_renderSubtreeIntoContainer/, /__reactInternalInstance\$/, /__reactContainer\$/, /__reactFiber\$/],
  React: [/ReactCurrentDispatcher/, /ReactCurrentOwner/, /Invalid hook call/, /Symbol\.for\(["']react\.element["']\)/],
  Fluent: [
    /fui-FluentProvider/,
    /data-make-styles-bucket/,
    /@griffel\//,
    // Fluent components' static class names, e.g. "fui-TableRow": an individual @fluentui/react-* package bundled.
    /["']fui-[A-Z][A-Za-z]+(?:__[a-zA-Z]+)?["']/,
    // The design tokens object itself.
    /colorNeutralForeground1\s*:\s*["']var\(--colorNeutralForeground1\)["']/,
  ],
};

export const PLATFORM_LIBRARIES: readonly PlatformLibrary[] = ["react-dom", "React", "Fluent"];

/** Which platform libraries have code in this bundle, with the first signature found for each. */
export function findPlatformCode(code: string): Partial<Record<PlatformLibrary, string>> {
  const found: Partial<Record<PlatformLibrary, string>> = {};
  for (const library of PLATFORM_LIBRARIES) {
    const hit = SIGNATURES[library].find((signature) => signature.test(code));
    if (hit) found[library] = hit.source;
  }
  return found;
}

export interface BundleReport {
  readonly rawBytes: number;
  /** gzip at level 9, as bundle-size tools (gzip-size) measure it. */
  readonly gzipBytes: number;
  readonly platformCode: Partial<Record<PlatformLibrary, string>>;
}

export function measureBundle(code: Buffer): BundleReport {
  return {
    rawBytes: code.length,
    gzipBytes: gzipSync(code, { level: 9 }).length,
    platformCode: findPlatformCode(code.toString("utf8")),
  };
}

/** A production webpack bundle: minified, no eval'd modules, and the control registration stub. */
export function looksLikeProductionBundle(code: string, controlName: string): boolean {
  return !code.includes("sourceURL=webpack") && !code.includes("__webpack_require__") && code.includes(`registerControl('${controlName}'`);
}

/**
 * Proves each detector can fail: bundles that do contain the library (its UMD build, and an
 * esbuild bundle of a typical wrong import) must be flagged. Returns how many bundles were
 * tried and the detectors that missed one.
 */
export async function selfTestDetectors(projectRoot: string): Promise<{ cases: number; problems: string[] }> {
  const nodeModules = path.join(projectRoot, "node_modules");
  const bundle = async (contents: string) => {
    const result = await build({
      stdin: { contents, resolveDir: projectRoot, loader: "js" },
      bundle: true,
      minify: true,
      write: false,
      format: "iife",
      define: { "process.env.NODE_ENV": '"production"' },
      logLevel: "silent",
    });
    return result.outputFiles[0]?.text ?? "";
  };
  const cases: { name: string; expect: PlatformLibrary; code: () => Promise<string> }[] = [
    { name: "react-dom UMD", expect: "react-dom", code: () => fs.promises.readFile(path.join(nodeModules, "react-dom/umd/react-dom.production.min.js"), "utf8") },
    { name: "React UMD", expect: "React", code: () => fs.promises.readFile(path.join(nodeModules, "react/umd/react.production.min.js"), "utf8") },
    { name: "Fluent platform library", expect: "Fluent", code: () => fs.promises.readFile(path.join(nodeModules, "pcf-start/lib/fluent_9_4_0.js"), "utf8") },
    { name: "bundled react-dom import", expect: "react-dom", code: () => bundle('import { unstable_batchedUpdates } from "react-dom"; console.log(unstable_batchedUpdates);') },
    { name: "bundled React import", expect: "React", code: () => bundle('import { useState } from "react"; console.log(useState);') },
    { name: "bundled makeStyles", expect: "Fluent", code: () => bundle('import { makeStyles } from "@fluentui/react-components"; console.log(makeStyles);') },
    { name: "bundled tokens", expect: "Fluent", code: () => bundle('import { tokens } from "@fluentui/react-components"; console.log(tokens);') },
    { name: "bundled @fluentui/react-table", expect: "Fluent", code: () => bundle('import { TableRow } from "@fluentui/react-table"; console.log(TableRow);') },
  ];
  const problems: string[] = [];
  for (const testCase of cases) {
    const found = findPlatformCode(await testCase.code());
    if (!found[testCase.expect]) problems.push(`the ${testCase.expect} detector missed the ${testCase.name}`);
  }
  return { cases: cases.length, problems };
}
