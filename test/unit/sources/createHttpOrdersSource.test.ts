import { beforeEach, describe, expect, it } from "vitest";
import { OrdersError } from "../../../OrdersGrid/orders/OrdersError";
import { parseApiBaseUrl } from "../../../OrdersGrid/sources/apiBaseUrl";
import { checkNextLink, createHttpOrdersSource, firstPageUrl } from "../../../OrdersGrid/sources/createHttpOrdersSource";
import { withOrdersApi } from "../../support/ordersApi";

const server = withOrdersApi({ count: 120 });
const signal = () => new AbortController().signal;

function source(pageSize = 50, timeoutMs?: number) {
  const target = parseApiBaseUrl(server.url);
  if (!target.ok) throw new Error("bad url");
  return createHttpOrdersSource({ baseUrl: target.url, pageSize, ...(timeoutMs ? { timeoutMs } : {}) });
}

async function rejection(promise: Promise<unknown>): Promise<OrdersError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof OrdersError)) throw new Error(`expected an OrdersError, got ${String(error)}`);
  return error;
}

beforeEach(() => server.reset());

describe("createHttpOrdersSource against the orders API", () => {
  it("requests page 1 with the page size, then follows each nextLink as given", async () => {
    const orders = source(50);
    const first = await orders.loadPage(undefined, signal());
    expect(first.items).toHaveLength(50);
    expect(first.items[0]?.id).toBe("ORD-000001");
    const second = await orders.loadPage(first.nextLink ?? "", signal());
    const third = await orders.loadPage(second.nextLink ?? "", signal());
    expect(third.items.map((o) => o.id).at(-1)).toBe("ORD-000120");
    expect(third.nextLink).toBeNull();
    expect(server.log.map((r) => r.path)).toEqual([
      "/orders?page=1&pageSize=50",
      "/orders?page=2&pageSize=50",
      "/orders?page=3&pageSize=50",
    ]);
  });

  it("sends a page's first request with no header that would cost a CORS preflight", async () => {
    const requests: Headers[] = [];
    const recording: typeof fetch = (input, init) => {
      requests.push(new Headers(init?.headers));
      return fetch(input, init);
    };
    const orders = createHttpOrdersSource({ baseUrl: new URL(server.url), pageSize: 50, fetch: recording });
    const first = await orders.loadPage(undefined, signal());
    await orders.loadPage(first.nextLink ?? "", signal());
    expect(requests.map((headers) => [...headers.keys()])).toEqual([["accept"], ["accept"]]);
  });

  it("traces the retry of a page that failed: a client request id and a W3C traceparent, and its failure names that id", async () => {
    await server.fault({ page: 1, times: 2, status: 500, envelope: { code: "DatabaseUnavailable", message: "offline" } });
    const orders = source();
    const first = await rejection(orders.loadPage(undefined, signal()));
    const retry = await rejection(orders.loadPage(undefined, signal()));
    await orders.loadPage(undefined, signal());
    const [untraced, traced, succeeded] = server.log;
    expect(untraced?.clientRequestId).toBeUndefined();
    expect(traced?.clientRequestId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(traced?.traceparent).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
    expect(succeeded?.clientRequestId).toBeDefined();
    // The service's own request id is what both failures show.
    expect(first.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(retry.requestId).not.toBe(first.requestId);

    // Once a page has loaded, the next page starts untraced again.
    await orders.loadPage(`${server.url}/orders?page=2&pageSize=50`, signal());
    expect(server.log.at(-1)?.clientRequestId).toBeUndefined();
  });

  it("turns an error envelope into an OrdersError with code, message and the server's request id", async () => {
    await server.fault({ page: 1, status: 500, envelope: { code: "DatabaseUnavailable", message: "The orders database is offline" } });
    const error = await rejection(source().loadPage(undefined, signal()));
    expect(error).toMatchObject({ kind: "server", status: 500, code: "DatabaseUnavailable", message: "The orders database is offline" });
    expect(error.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("reports a malformed body as invalidResponse", async () => {
    await server.fault({ page: 1, status: 200, body: '{"items": [', contentType: "application/json" });
    const error = await rejection(source().loadPage(undefined, signal()));
    expect(error.kind).toBe("invalidResponse");
    expect(error.message).toMatch(/not valid JSON/);
  });

  it("reports an item without id as invalidResponse", async () => {
    await server.fault({ page: 1, items: [{ id: "A" }, { total: 2 }] });
    const error = await rejection(source().loadPage(undefined, signal()));
    expect(error).toMatchObject({ kind: "invalidResponse" });
    expect(error.message).toMatch(/items\[1\] has no id/);
  });

  it("aborts a request that hangs past the timeout; a retry that times out names its client request id", async () => {
    await server.fault({ page: 1, hang: true, times: 2 });
    const orders = source(50, 300);
    const error = await rejection(orders.loadPage(undefined, signal()));
    expect(error.kind).toBe("timeout");
    // Nothing answered and nothing identified the first request: no id to show.
    expect(error.requestId).toBeUndefined();
    const retried = await rejection(orders.loadPage(undefined, signal()));
    expect(retried.kind).toBe("timeout");
    expect(retried.requestId).toBe(server.log[1]?.clientRequestId);
    expect(retried.requestId).toBeDefined();
  });

  it("reports a cancelled request as aborted, and asks for that page again untraced: a cancel is no failure", async () => {
    await server.fault({ page: 1, hang: true, times: 1 });
    const orders = source();
    const controller = new AbortController();
    const pending = orders.loadPage(undefined, controller.signal);
    setTimeout(() => controller.abort(), 50);
    expect((await rejection(pending)).kind).toBe("aborted");
    await orders.loadPage(undefined, signal());
    expect(server.log.map((r) => r.clientRequestId)).toEqual([undefined, undefined]);
  });

  it("never requests a nextLink on another origin", async () => {
    const elsewhere = server.url.replace("127.0.0.1", "localhost");
    const error = await rejection(source().loadPage(`${elsewhere}/orders?page=2&pageSize=50`, signal()));
    expect(error.kind).toBe("unsafeLink");
    expect(server.log).toHaveLength(0);
  });

  it("never requests a nextLink that carries a user name or password, and says so without repeating them", async () => {
    const withCredentials = server.url.replace("://", "://sales:s3cret@");
    await server.fault({ page: 1, nextLink: `${withCredentials}/orders?page=2&pageSize=50` });
    const orders = source();
    const first = await orders.loadPage(undefined, signal());
    const error = await rejection(orders.loadPage(first.nextLink ?? "", signal()));
    expect(error).toMatchObject({ kind: "unsafeLink", code: "NextLinkCredentials" });
    expect(error.message).not.toMatch(/s3cret/);
    expect(server.log.map((r) => r.path)).toEqual(["/orders?page=1&pageSize=50"]);
  });

  it("carries the service's own message as sent, and none when the service sent none", async () => {
    await server.fault({ page: 1, times: 1, status: 500, envelope: { code: "DatabaseUnavailable", message: "<p>The orders database is <b>offline</b></p>" } });
    expect(await rejection(source().loadPage(undefined, signal()))).toMatchObject({ serviceMessage: "<p>The orders database is <b>offline</b></p>" });
    await server.fault({ page: 1, times: 1, status: 502, contentType: "text/html", body: "<html><body><h1>502 Bad Gateway</h1></body></html>" });
    expect(await rejection(source().loadPage(undefined, signal()))).toMatchObject({ message: "HTTP 502", serviceMessage: undefined });
  });

  it("reports an unreachable API as a network error", async () => {
    const target = parseApiBaseUrl("http://127.0.0.1:9");
    if (!target.ok) throw new Error("bad url");
    const error = await rejection(createHttpOrdersSource({ baseUrl: target.url, pageSize: 5 }).loadPage(undefined, signal()));
    expect(error.kind).toBe("network");
  });
});

describe("checkNextLink", () => {
  const base = new URL("https://sales.contoso.com/api");
  it.each([
    ["https://sales.contoso.com/api/orders?page=2&pageSize=50", "https://sales.contoso.com/api/orders?page=2&pageSize=50"],
    ["https://SALES.contoso.com:443/api/orders?page=2", "https://sales.contoso.com/api/orders?page=2"],
  ])("follows %s", (link, href) => {
    expect(checkNextLink(link, base).href).toBe(href);
  });

  it.each([
    ["a user name and password", "https://sales:s3cret@sales.contoso.com/api/orders?page=2", "NextLinkCredentials"],
    ["a user name only", "https://sales@sales.contoso.com/api/orders?page=2", "NextLinkCredentials"],
    ["a password only", "https://:s3cret@sales.contoso.com/api/orders?page=2", "NextLinkCredentials"],
    ["credentials on another origin", "https://sales:s3cret@evil.example/orders?page=2", "NextLinkCredentials"],
    ["another host", "https://sales.contoso.net/api/orders?page=2", "NextLinkOtherOrigin"],
    ["another port", "https://sales.contoso.com:8443/api/orders?page=2", "NextLinkOtherOrigin"],
    ["http instead of https", "http://sales.contoso.com/api/orders?page=2", "NextLinkOtherOrigin"],
    ["a relative link", "/api/orders?page=2", "NextLinkInvalid"],
  ])("refuses a link with %s", (_name, link, code) => {
    expect(() => checkNextLink(link, base)).toThrow(expect.objectContaining({ kind: "unsafeLink", code }));
  });
});

describe("firstPageUrl", () => {
  it.each([
    ["https://sales.contoso.com", "https://sales.contoso.com/orders?page=1&pageSize=25"],
    ["https://sales.contoso.com/api/", "https://sales.contoso.com/api/orders?page=1&pageSize=25"],
    ["https://sales.contoso.com/api?x=1#top", "https://sales.contoso.com/api/orders?page=1&pageSize=25"],
  ])("%s → %s", (base, expected) => {
    const target = parseApiBaseUrl(base);
    if (!target.ok) throw new Error("bad url");
    expect(firstPageUrl(target.url, 25).href).toBe(expected);
  });
});
