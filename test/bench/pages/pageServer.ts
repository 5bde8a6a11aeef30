import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { PAGE_SCRIPTS as BUILT_SCRIPTS, type PageScript } from "./buildPages";

export type PageKind = "control" | "plainDataGrid" | "reactQueryDefaults";

export interface PageServerOptions {
  readonly nodeModules: string;
  /** Where buildPageScripts wrote the page scripts. */
  readonly scriptsDir: string;
  /** The control's production bundle.js (a copy taken right after the build). */
  readonly controlBundle: string;
}

/**
 * The platform's libraries as a Power Apps host loads them: production React 16.14 and
 * ReactDOM, `Reactv16` (the alias the control's bundle reads), and the Fluent 9 platform
 * library that pcf-start ships (`FluentUIReactv940`).
 */
const PLATFORM = ["/vendor/react.js", "/vendor/react-dom.js", "inline:window.Reactv16 = window.React;", "/vendor/fluent.js"];

// pcf-scripts' bundle registers itself with ComponentFramework.registerControl when it exists.
const REGISTER_SHIM =
  "inline:window.ComponentFramework = { registerControl: function (name, ctor) { (window.benchControls = window.benchControls || {})[name] = ctor; } };";

/** Marks around a script tag: the page's parser waits for it, so the span is its fetch, compile and run. */
const timed = (name: string, tags: readonly string[]) => [`inline:performance.mark("${name}:start");`, ...tags, `inline:performance.mark("${name}:end");`];

const SCRIPT_TAGS: Readonly<Record<PageKind, readonly string[]>> = {
  control: [...timed("platform", PLATFORM), "/scripts/probes.js", REGISTER_SHIM, ...timed("bundle", ["/control/bundle.js"]), "/scripts/controlHost.js"],
  plainDataGrid: [...PLATFORM, "/scripts/probes.js", "/scripts/plainDataGrid.js"],
  reactQueryDefaults: [...PLATFORM, "/scripts/probes.js", "/scripts/reactQueryDefaults.js"],
};

function pageHtml(kind: PageKind): string {
  const scripts = SCRIPT_TAGS[kind]
    .map((src) => (src.startsWith("inline:") ? `<script>${src.slice("inline:".length)}</script>` : `<script src="${src}"></script>`))
    .join("\n");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>OrdersGrid bench: ${kind}</title>
<style>html,body{margin:0;padding:0;font-family:sans-serif}</style>
${scripts}</head><body><div id="root"></div></body></html>`;
}

/** The platform's libraries the pages load, by the path they are served at. */
export function platformFiles(nodeModules: string): Readonly<Record<string, string>> {
  return {
    "/vendor/react.js": path.join(nodeModules, "react/umd/react.production.min.js"),
    "/vendor/react-dom.js": path.join(nodeModules, "react-dom/umd/react-dom.production.min.js"),
    "/vendor/fluent.js": path.join(nodeModules, "pcf-start/lib/fluent_9_4_0.js"),
  };
}

/** A loopback server for the bench pages; nothing is fetched from outside the machine. */
export async function startPageServer(options: PageServerOptions): Promise<{ url: string; close(): Promise<void> }> {
  const scriptNames = Object.keys(BUILT_SCRIPTS) as PageScript[];
  const files = new Map<string, string>([
    ...Object.entries(platformFiles(options.nodeModules)),
    ["/control/bundle.js", options.controlBundle],
    ...scriptNames.map((name): [string, string] => [`/scripts/${name}.js`, path.join(options.scriptsDir, `${name}.js`)]),
  ]);
  const pages = new Map<string, PageKind>([
    ["/control.html", "control"],
    ["/plain-datagrid.html", "plainDataGrid"],
    ["/react-query-defaults.html", "reactQueryDefaults"],
  ]);

  const server = http.createServer((req, res) => {
    const requestPath = new URL(req.url ?? "/", "http://127.0.0.1").pathname;
    const page = pages.get(requestPath);
    if (page) {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
      res.end(pageHtml(page));
      return;
    }
    if (requestPath === "/favicon.ico") {
      res.writeHead(204).end();
      return;
    }
    const file = files.get(requestPath);
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    fs.readFile(file, (error, data) => {
      if (error) {
        res.writeHead(500).end(String(error));
        return;
      }
      res.writeHead(200, { "content-type": "text/javascript; charset=utf-8", "cache-control": "max-age=3600" });
      res.end(data);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export const PAGE_PATHS: Readonly<Record<PageKind, string>> = {
  control: "/control.html",
  plainDataGrid: "/plain-datagrid.html",
  reactQueryDefaults: "/react-query-defaults.html",
};
