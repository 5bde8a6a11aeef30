import { randomUUID } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { takeFault, type ActiveFault, type Fault } from "./faults";
import { ordersPage, parseOrderBy, searchPage, sortedOrdersPage, ORDER_BY_FIELDS } from "./orderData";

export interface OrdersApiOptions {
  /** 0 picks a free port. @default 0 */
  port?: number;
  /** Loopback only. @default "127.0.0.1" */
  host?: string;
  /** @default 10000 */
  count?: number;
  /** @default 1 */
  seed?: number;
  /** Delay before each answer, in ms. @default 0 */
  latencyMs?: number;
  /** Enables `/_control/*` (faults, request log, settings). Off for `npm start`. @default false */
  control?: boolean;
}

export interface LoggedRequest {
  method: string;
  path: string;
  page?: number;
  status: number;
  clientRequestId?: string;
  traceparent?: string;
  at: number;
}

export interface OrdersApi {
  readonly url: string;
  readonly log: LoggedRequest[];
  close(): Promise<void>;
}

const LOOPBACK = new Set(["127.0.0.1", "localhost", "::1"]);
const MAX_PAGE_SIZE = 200;
const EXPOSED_HEADERS = "x-ms-request-id, x-ms-error-code, x-ms-client-request-id, retry-after, retry-after-ms";
const ALLOWED_HEADERS = "accept, authorization, content-type, x-ms-client-request-id, traceparent";

function sendJson(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
  res.end(JSON.stringify(body));
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => {
      data += chunk;
      if (data.length > 1_000_000) req.destroy(new Error("body too large"));
    });
    req.on("end", () => resolve(data));
    req.on("error", reject);
  });
}

function parseInteger(value: string | null): number | undefined {
  if (value === null || !/^-?\d+$/.test(value.trim())) return undefined;
  return Number(value);
}

/** Starts the reference ListOrders API: the contract in CONTRACT.md, on loopback only. */
export async function startOrdersApi(options: OrdersApiOptions = {}): Promise<OrdersApi> {
  const host = options.host ?? "127.0.0.1";
  if (!LOOPBACK.has(host)) throw new Error(`The orders API listens on loopback only, not ${host}`);
  const settings = { count: options.count ?? 10_000, seed: options.seed ?? 1, latencyMs: options.latencyMs ?? 0 };
  const faults: ActiveFault[] = [];
  const log: LoggedRequest[] = [];
  const hanging = new Set<http.ServerResponse>();

  async function handle(req: http.IncomingMessage, res: http.ServerResponse, origin: string) {
    const url = new URL(req.url ?? "/", origin);
    const requestId = randomUUID();
    const clientRequestId = req.headers["x-ms-client-request-id"];
    res.setHeader("access-control-allow-origin", "*");
    res.setHeader("access-control-expose-headers", EXPOSED_HEADERS);
    res.setHeader("x-ms-request-id", requestId);
    if (typeof clientRequestId === "string") res.setHeader("x-ms-client-request-id", clientRequestId);

    if (req.method === "OPTIONS") {
      // Logged like any request: a preflight is one more round trip before the page's own.
      log.push({ method: "OPTIONS", path: url.pathname + url.search, status: 204, at: Date.now() });
      res.writeHead(204, {
        "access-control-allow-methods": "GET, OPTIONS",
        "access-control-allow-headers": ALLOWED_HEADERS,
        "access-control-max-age": "600",
      });
      res.end();
      return;
    }

    if (options.control && url.pathname.startsWith("/_control/")) {
      await handleControl(req, res, url.pathname);
      return;
    }

    const entry: LoggedRequest = {
      method: req.method ?? "GET",
      path: url.pathname + url.search,
      status: 0,
      at: Date.now(),
      ...(typeof clientRequestId === "string" ? { clientRequestId } : {}),
      ...(typeof req.headers.traceparent === "string" ? { traceparent: req.headers.traceparent } : {}),
    };
    const error = (status: number, code: string, message: string, extra: Record<string, unknown> = {}) => {
      entry.status = status;
      sendJson(res, status, { error: { code, message, ...extra } }, { "x-ms-error-code": code });
    };

    if (url.pathname === "/" || url.pathname === "/health") {
      sendJson(res, 200, { name: "Contoso Sales API (reference)", orders: settings.count });
      return;
    }
    log.push(entry);
    if (url.pathname !== "/orders") {
      error(404, "NotFound", `No operation at ${url.pathname}`);
      return;
    }
    if (req.method !== "GET") {
      error(405, "MethodNotAllowed", "ListOrders is GET only");
      return;
    }
    const page = parseInteger(url.searchParams.get("page") ?? "1");
    const pageSize = parseInteger(url.searchParams.get("pageSize") ?? "50");
    if (page === undefined || page < 1) {
      error(400, "InvalidPage", "page must be an integer of at least 1", { target: "page" });
      return;
    }
    entry.page = page;
    if (pageSize === undefined || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
      error(400, "InvalidPageSize", `pageSize must be an integer from 1 to ${MAX_PAGE_SIZE}`, { target: "pageSize" });
      return;
    }

    // Optional: a real API may have no sort parameter, and the grid then sorts what it loaded.
    const orderByText = url.searchParams.get("orderBy");
    const orderBy = orderByText === null ? undefined : parseOrderBy(orderByText);
    if (orderByText !== null && !orderBy) {
      error(400, "InvalidOrderBy", `orderBy must be a field (${ORDER_BY_FIELDS.join(", ")}), then asc or desc`, { target: "orderBy" });
      return;
    }

    if (settings.latencyMs > 0) await new Promise((r) => setTimeout(r, settings.latencyMs));
    const fault = takeFault(faults, page);
    if (fault?.delayMs) await new Promise((r) => setTimeout(r, fault.delayMs));
    if (fault?.hang) {
      // -1 while it hangs; -2 once the client gave up (closed the connection).
      entry.status = -1;
      hanging.add(res);
      res.on("close", () => {
        hanging.delete(res);
        entry.status = -2;
      });
      return;
    }
    if (fault?.status !== undefined) {
      entry.status = fault.status;
      const headers: Record<string, string> = { ...fault.headers };
      if (fault.envelope) headers["x-ms-error-code"] = fault.envelope.code;
      res.writeHead(fault.status, { "content-type": fault.contentType ?? "application/json; charset=utf-8", ...headers });
      res.end(fault.body ?? (fault.envelope ? JSON.stringify({ error: fault.envelope }) : ""));
      return;
    }

    // Optional: the orders whose id, customer or status contains it (any case). A real API may have no such parameter.
    const search = url.searchParams.get("search")?.trim() ?? "";
    const found = search ? searchPage(search, page, pageSize, settings.count, settings.seed, orderBy) : undefined;
    const total = found?.total ?? settings.count;
    const items = fault?.items ?? found?.items ?? (orderBy ? sortedOrdersPage(page, pageSize, settings.count, settings.seed, orderBy) : ordersPage(page, pageSize, settings.count, settings.seed));
    const next = new URL("/orders", origin);
    // The next page of a sorted or searched list is of the same sort and search.
    next.search = new URLSearchParams({ page: String(page + 1), pageSize: String(pageSize), ...(orderByText === null ? {} : { orderBy: orderByText }), ...(search ? { search } : {}) }).toString();
    const nextLink = fault && "nextLink" in fault ? fault.nextLink : page * pageSize < total ? next.href : null;
    entry.status = 200;
    sendJson(res, 200, { items, nextLink }, fault?.headers);
  }

  async function handleControl(req: http.IncomingMessage, res: http.ServerResponse, pathname: string) {
    if (pathname === "/_control/log" && req.method === "GET") {
      sendJson(res, 200, log);
    } else if (pathname === "/_control/faults" && req.method === "POST") {
      const body = JSON.parse((await readBody(req)) || "[]") as Fault | Fault[];
      for (const fault of Array.isArray(body) ? body : [body]) faults.push({ ...fault, used: 0 });
      sendJson(res, 200, { faults: faults.length });
    } else if (pathname === "/_control/faults" && req.method === "DELETE") {
      faults.length = 0;
      sendJson(res, 200, { faults: 0 });
    } else if (pathname === "/_control/settings" && req.method === "POST") {
      const body = JSON.parse((await readBody(req)) || "{}") as Partial<typeof settings>;
      Object.assign(settings, body);
      sendJson(res, 200, settings);
    } else if (pathname === "/_control/reset" && req.method === "POST") {
      const body = JSON.parse((await readBody(req)) || "{}") as Partial<typeof settings>;
      faults.length = 0;
      log.length = 0;
      for (const res of hanging) res.destroy();
      Object.assign(settings, { count: options.count ?? 10_000, latencyMs: options.latencyMs ?? 0 }, body);
      sendJson(res, 200, settings);
    } else {
      sendJson(res, 404, { error: { code: "NotFound", message: "Unknown control call" } });
    }
  }

  const server = http.createServer((req, res) => {
    const address = server.address() as AddressInfo;
    const hostName = address.family === "IPv6" ? `[${address.address}]` : address.address;
    handle(req, res, `http://${hostName}:${address.port}`).catch((err: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { error: { code: "InternalError", message: String(err) } });
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 5_000;

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const url = `http://${address.family === "IPv6" ? `[${address.address}]` : address.address}:${address.port}`;

  return {
    url,
    log,
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hanging) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
