import path from "node:path";
import { build, type Plugin } from "esbuild";

/**
 * The libraries every bench page takes from the page's globals, as the platform provides them
 * to the control: one React build and one Fluent build for all three pages, so that the
 * ratios compare the grids, not library builds.
 */
const PLATFORM_GLOBALS: Readonly<Record<string, string>> = {
  react: "React",
  "react-dom": "ReactDOM",
  "@fluentui/react-components": "FluentUIReactv940",
};

const platformGlobals: Plugin = {
  name: "platform-globals",
  setup(esbuild) {
    esbuild.onResolve({ filter: /^(react|react-dom|@fluentui\/react-components)$/ }, (args) => ({ path: args.path, namespace: "platform-global" }));
    esbuild.onLoad({ filter: /.*/, namespace: "platform-global" }, (args) => {
      const name = PLATFORM_GLOBALS[args.path];
      if (!name) throw new Error(`no platform global for ${args.path}`);
      return { contents: `module.exports = window[${JSON.stringify(name)}];`, loader: "js" };
    });
  },
};

export const PAGE_SCRIPTS = {
  probes: "browser/probes.ts",
  controlHost: "browser/controlHost.ts",
  plainDataGrid: "baselines/plainDataGrid.tsx",
  reactQueryDefaults: "baselines/reactQueryDefaults.tsx",
} as const;

export type PageScript = keyof typeof PAGE_SCRIPTS;

/** Builds the browser side of the benchmark (probes, the control's host, both baselines) into `outDir`. */
export async function buildPageScripts(outDir: string): Promise<void> {
  const benchDir = path.resolve(__dirname, "..");
  await build({
    entryPoints: Object.fromEntries(Object.entries(PAGE_SCRIPTS).map(([name, file]) => [name, path.join(benchDir, file)])),
    outdir: outDir,
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2020",
    minify: true,
    // Production builds of everything bundled (react-query, react-window), as the control ships.
    define: { "process.env.NODE_ENV": '"production"' },
    jsx: "transform",
    jsxFactory: "React.createElement",
    jsxFragment: "React.Fragment",
    plugins: [platformGlobals],
    logLevel: "silent",
  });
}
