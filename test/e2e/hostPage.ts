import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { expect, type Page } from "@playwright/test";

const root = path.resolve(__dirname, "../..");
const out = path.join(root, "out/controls/OrdersGrid");
const FILES: Readonly<Record<string, string>> = {
  "/": path.join(__dirname, "pages/host.html"),
  "/twoInstances.html": path.join(__dirname, "pages/twoInstances.html"),
  // React's development builds: they report what production builds keep quiet (bad style values, keys).
  "/vendor/react.js": path.join(root, "node_modules/react/umd/react.development.js"),
  "/vendor/react-dom.js": path.join(root, "node_modules/react-dom/umd/react-dom.development.js"),
  "/vendor/fluent.js": path.join(root, "node_modules/pcf-start/lib/fluent_9_4_0.js"),
  "/control/bundle.js": path.join(out, "bundle.js"),
};

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
 * widest values (`/orders`, 10 pages).
 */
export async function startHostPage(): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
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
    const type = file.endsWith(".html") ? "text/html" : file.endsWith(".js") ? "text/javascript" : "application/xml";
    res.writeHead(200, { "content-type": `${type}; charset=utf-8` });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
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
