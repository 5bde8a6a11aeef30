import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { expect, type Page } from "@playwright/test";
import { buildHostScripts, isHostScript } from "./hosts/buildHostScripts";
import { handleConnectorRequest } from "./hosts/connectorStandIn";

const root = path.resolve(__dirname, "../..");
const out = path.join(root, "out/controls/OrdersGrid");
const FILES: Readonly<Record<string, string>> = {
  "/": path.join(__dirname, "pages/host.html"),
  "/twoInstances.html": path.join(__dirname, "pages/twoInstances.html"),
  "/canvas.html": path.join(__dirname, "pages/canvas.html"),
  "/modelDriven.html": path.join(__dirname, "pages/modelDriven.html"),
  "/webApi.html": path.join(__dirname, "pages/webApi.html"),
  // React's development builds: they report what production builds keep quiet (bad style values, keys).
  "/vendor/react.js": path.join(root, "node_modules/react/umd/react.development.js"),
  "/vendor/react-dom.js": path.join(root, "node_modules/react-dom/umd/react-dom.development.js"),
  "/vendor/fluent.js": path.join(root, "node_modules/pcf-start/lib/fluent_9_4_0.js"),
  "/control/bundle.js": path.join(out, "bundle.js"),
};

/**
 * What every host page loads first, as a Power Apps host provides it to a virtual control: React,
 * ReactDOM (also as `Reactv16`, the name the bundle reads), the platform's Fluent 9, a
 * `ComponentFramework.registerControl` the bundle registers itself with, then the bundle.
 */
const PLATFORM_SCRIPTS = [
  '<script src="/vendor/react.js"></script>',
  '<script src="/vendor/react-dom.js"></script>',
  "<script>window.Reactv16 = window.React;</script>",
  '<script src="/vendor/fluent.js"></script>',
  "<script>window.ComponentFramework = { registerControl: function (name, ctor) { window.controls = window.controls || {}; window.controls[name] = ctor; } };</script>",
  '<script src="/control/bundle.js"></script>',
].join("\n");

const CUSTOMERS = ["Contoso Pharmaceuticals", "Graphic Design Institute", "Best For You Organics", "Wide World Importers", "Litware, Inc."];
const STATUSES = ["Confirmed", "Cancelled", "Delivered", "Pending", "Shipped"];
const CURRENCIES = ["EUR", "USD", "GBP"];

/**
 * Orders with the longest values a cell shows: every customer and status of the reference
 * API's longest, totals of five digits in each currency, dates whose month, day and time are
 * the widest to write.
 */
function widestOrders(page: number, pageSize: number): unknown[] {
  return Array.from({ length: pageSize }, (_, i) => {
    const n = (page - 1) * pageSize + i;
    return {
      id: `ORD-${String(n + 1).padStart(6, "0")}`,
      total: n % 4 === 3 ? 4999.99 : 12345.67,
      currency: CURRENCIES[n % CURRENCIES.length],
      date: new Date(Date.UTC(2026, n % 12, [11, 28, 30][n % 3] ?? 1, [12, 23, 10][n % 3] ?? 0, 58)).toISOString(),
      customer: CUSTOMERS[n % CUSTOMERS.length],
      status: STATUSES[n % STATUSES.length],
    };
  });
}

/**
 * Host pages of our own for the built control: the platform libraries, the bundle, and a mock
 * context with the language, size and API the test asks for (`/`, pages/host.html) or two
 * instances side by side (`/twoInstances.html`); on the same origin an orders API of the
 * widest values (`/orders`, 10 pages). The canvas and model-driven hosts (`/canvas.html`,
 * `/modelDriven.html`, their scripts built from hosts/browser on first request) and, for the
 * canvas app, the Contoso Sales connector's stand-in (`/connector/...`) in front of the shared
 * orders API (ORDERS_API_URL).
 */
export async function startHostPage(): Promise<{ url: string; close(): Promise<void> }> {
  let hostScripts: Promise<string> | undefined;
  const server = http.createServer((req, res) => {
    serve(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain" }).end(String(error));
      else res.destroy();
    });
  });
  async function serve(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const ordersApi = process.env.ORDERS_API_URL;
    if (ordersApi && (await handleConnectorRequest(req, res, ordersApi))) return;
    const script = /^\/hosts\/(\w+)\.js$/.exec(url.pathname)?.[1];
    if (script !== undefined && isHostScript(script)) {
      hostScripts ??= buildHostScripts();
      res.writeHead(200, { "content-type": "text/javascript; charset=utf-8" });
      fs.createReadStream(path.join(await hostScripts, `${script}.js`)).pipe(res);
      return;
    }
    if (url.pathname === "/orders") {
      const page = Number(url.searchParams.get("page") ?? 1);
      const pageSize = Number(url.searchParams.get("pageSize") ?? 50);
      const next = page < 10 ? `${url.origin}/orders?page=${page + 1}&pageSize=${pageSize}` : null;
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ items: widestOrders(page, pageSize), nextLink: next }));
      return;
    }
    if (url.pathname === "/favicon.ico") {
      res.writeHead(204).end();
      return;
    }
    const resx = /^\/control\/strings\/(OrdersGrid\.\d+\.resx)$/.exec(url.pathname);
    const file = resx?.[1] ? path.join(out, "strings", resx[1]) : FILES[url.pathname];
    if (!file || !fs.existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    if (file.endsWith(".html")) {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(fs.readFileSync(file, "utf8").replace("<!--#platform-->", PLATFORM_SCRIPTS));
      return;
    }
    const type = file.endsWith(".js") ? "text/javascript" : "application/xml";
    res.writeHead(200, { "content-type": `${type}; charset=utf-8` });
    fs.createReadStream(file).pipe(res);
  }
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      if (hostScripts) fs.rmSync(await hostScripts, { recursive: true, force: true });
    },
  };
}

export interface HostOptions {
  /** LCID of the user's language. @default 1033 */
  readonly lang?: number;
  /** The orders API; @default this page's own (the widest values) */
  readonly api?: string;
  readonly width: number;
  readonly height: number;
  /** Whether the host tells the control its size (allocatedWidth/Height), or passes -1 like a host that does not know it. */
  readonly hostSize: boolean;
  /** Height of the host page's content above and below the control (px). @default 0 */
  readonly around?: number;
  /** The selectionMode input. @default "Single" */
  readonly selectionMode?: "None" | "Single" | "Multiple";
  /** The density input. @default "Comfortable" */
  readonly density?: "Comfortable" | "Compact";
  /** The columns input. @default the five columns */
  readonly columns?: string;
  /** userSettings.isRTL: the user's language runs right to left. @default false */
  readonly rtl?: boolean;
  /** mode.label: the control's label in the app. @default "" (none) */
  readonly label?: string;
}

/** Opens the host page with the control mounted; collects what the page logs as warnings or errors. */
export async function openHostPage(page: Page, url: string, options: HostOptions): Promise<{ problems: string[] }> {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning") problems.push(message.text());
  });
  page.on("pageerror", (error) => problems.push(error.message));
  const query = new URLSearchParams(Object.entries(options).map(([name, value]) => [name, String(value)]));
  await page.goto(`${url}?${query.toString()}`);
  await expect(page.locator("#host [role=grid] [data-order-id]").first()).toBeVisible();
  return { problems };
}
