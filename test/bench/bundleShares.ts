import path from "node:path";
import { gzipSync } from "node:zlib";
import { build, type Plugin } from "esbuild";

/** The libraries bundle.js carries; everything else in it is the control's own code. */
export const BUNDLED_LIBRARIES = {
  "TanStack Query": /^@tanstack\//,
  // react-window with the two small packages only it brings (memoize-one, Babel's helpers).
  "react-window": /^(?:react-window|memoize-one|@babel\/runtime)(?:\/|$)/,
} as const;

export type BundledLibrary = keyof typeof BUNDLED_LIBRARIES;

export interface BundleShares {
  /** gzip of an esbuild bundle of the control's entry, minified: the whole the shares are taken from. */
  readonly esbuildGzipBytes: number;
  /** What each library adds: the whole less the same bundle with that library left out. */
  readonly libraries: Readonly<Record<BundledLibrary, number>>;
  /** The same bundle with every library left out. */
  readonly ownGzipBytes: number;
}

/** What the host provides, as webpack maps it to the platform's globals. */
const PLATFORM = /^(?:react|react-dom|@fluentui\/.*)$/;

/** query-core's mutation cache is swapped for the stand-in, as webpack.config.js does. */
function noMutations(projectRoot: string): Plugin {
  return {
    name: "no-mutations",
    setup(builder) {
      builder.onResolve({ filter: /^\.\/mutationCache\.mjs$/ }, (args) =>
        /[\\/]@tanstack[\\/]query-core[\\/]/.test(args.resolveDir) ? { path: path.join(projectRoot, "OrdersGrid/query/noMutations.ts") } : undefined,
      );
    },
  };
}

function leaveOut(patterns: readonly RegExp[]): Plugin {
  return {
    name: "leave-out",
    setup(builder) {
      builder.onResolve({ filter: /^[^./]/ }, (args) => (patterns.some((pattern) => pattern.test(args.path)) ? { path: args.path, external: true } : undefined));
    },
  };
}

async function gzipOfBundle(projectRoot: string, leftOut: readonly RegExp[]): Promise<number> {
  const result = await build({
    entryPoints: [path.join(projectRoot, "OrdersGrid/index.ts")],
    bundle: true,
    minify: true,
    write: false,
    format: "iife",
    target: "es2020",
    define: { "process.env.NODE_ENV": '"production"' },
    plugins: [noMutations(projectRoot), leaveOut([PLATFORM, ...leftOut])],
    logLevel: "silent",
  });
  const code = result.outputFiles[0]?.contents;
  if (!code) throw new Error("esbuild wrote no bundle of the control's entry");
  return gzipSync(code, { level: 9 }).length;
}

/**
 * How bundle.js divides between the libraries and the control's own code, leave-one-out: each
 * figure is what the bundle loses when that part is not in it. esbuild's bundle is not webpack's
 * (its minifier and module order differ), so the shares are read against its own whole.
 */
export async function measureBundleShares(projectRoot: string): Promise<BundleShares> {
  const names = Object.keys(BUNDLED_LIBRARIES) as BundledLibrary[];
  const patterns = names.map((name) => BUNDLED_LIBRARIES[name]);
  const [whole, own, without] = await Promise.all([
    gzipOfBundle(projectRoot, []),
    gzipOfBundle(projectRoot, patterns),
    Promise.all(patterns.map((pattern) => gzipOfBundle(projectRoot, [pattern]))),
  ]);
  const libraries = Object.fromEntries(names.map((name, i) => [name, whole - (without[i] ?? whole)])) as Record<BundledLibrary, number>;
  return { esbuildGzipBytes: whole, libraries, ownGzipBytes: own };
}
