import { describe, expect, it } from "vitest";
import { parseErrorResponse, readRetryAfterMs } from "../../../OrdersGrid/orders/parseErrorResponse";

const headers = (values: Record<string, string | undefined> = {}) =>
  new Headers(Object.entries(values).filter((entry): entry is [string, string] => entry[1] !== undefined));
const NOW = Date.parse("2026-11-26T10:00:00Z");

describe("parseErrorResponse", () => {
  it.each([
    {
      name: "the standard envelope with request id header",
      status: 500,
      headers: { "x-ms-request-id": "req-1", "x-ms-error-code": "InternalError" },
      body: '{"error":{"code":"InternalError","message":"Something broke"}}',
      expected: { kind: "server", code: "InternalError", message: "Something broke", serviceMessage: "Something broke", requestId: "req-1", status: 500 },
    },
    {
      name: "nested innererror: the deepest code wins",
      status: 400,
      headers: {},
      body: '{"error":{"code":"BadArgument","message":"Bad page","innererror":{"code":"PageOutOfRange","innererror":{"code":"PageTooLarge"}}}}',
      expected: { kind: "badRequest", code: "PageTooLarge", message: "Bad page" },
    },
    {
      name: "OData v3 message object",
      status: 404,
      headers: {},
      body: '{"odata.error":{"code":"NotFound","message":{"lang":"en-US","value":"No such order"}}}',
      expected: { kind: "badRequest", code: "NotFound", message: "No such order", serviceMessage: "No such order" },
    },
    {
      name: "RFC 9457 problem+json",
      status: 403,
      headers: { "content-type": "application/problem+json" },
      body: '{"type":"https://contoso.com/probs/no-access","title":"No access","status":403,"detail":"Your role cannot read orders"}',
      expected: { kind: "forbidden", code: "no-access", message: "Your role cannot read orders", serviceMessage: "Your role cannot read orders" },
    },
    {
      name: "an HTML gateway page",
      status: 502,
      headers: { "content-type": "text/html" },
      body: "<html><body><h1>502 Bad Gateway</h1></body></html>",
      expected: { kind: "server", code: undefined, message: "HTTP 502", serviceMessage: undefined },
    },
    {
      name: "an empty 502 with the code only in a header",
      status: 502,
      headers: { "x-ms-error-code": "GatewayTimeout" },
      body: "",
      expected: { kind: "server", code: "GatewayTimeout", message: "HTTP 502", serviceMessage: undefined },
    },
    {
      name: "401",
      status: 401,
      headers: {},
      body: '{"error":{"code":"InvalidAuthenticationToken","message":"Token expired"}}',
      expected: { kind: "unauthorized", code: "InvalidAuthenticationToken" },
    },
    {
      name: "429 with Retry-After seconds",
      status: 429,
      headers: { "retry-after": "2" },
      body: '{"error":{"code":"TooManyRequests","message":"Slow down"}}',
      expected: { kind: "throttled", retryAfterMs: 2000 },
    },
    {
      name: "503 with Retry-After is throttling",
      status: 503,
      headers: { "retry-after": "Thu, 26 Nov 2026 10:00:05 GMT" },
      body: "",
      expected: { kind: "throttled", retryAfterMs: 5000 },
    },
    {
      name: "503 without Retry-After is a server error",
      status: 503,
      headers: {},
      body: "",
      expected: { kind: "server", retryAfterMs: undefined },
    },
    {
      name: "408",
      status: 408,
      headers: {},
      body: "",
      expected: { kind: "timeout" },
    },
    {
      name: "a traceparent when there is no request id",
      status: 500,
      headers: { traceparent: "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01" },
      body: "",
      expected: { requestId: "4bf92f3577b34da6a3ce929d0e0e4736" },
    },
  ])("$name", ({ status, headers: h, body, expected }) => {
    const error = parseErrorResponse({ status, headers: headers(h), bodyText: body, clientRequestId: "client-1" }, NOW);
    expect(error).toMatchObject(expected);
  });

  it("falls back to the client request id we sent, so support can always correlate", () => {
    const error = parseErrorResponse({ status: 500, headers: headers(), bodyText: "", clientRequestId: "client-1" }, NOW);
    expect(error.requestId).toBe("client-1");
  });
});

describe("readRetryAfterMs", () => {
  it.each([
    [{ "retry-after-ms": "1500" }, 1500],
    [{ "x-ms-retry-after-ms": "250", "retry-after": "9" }, 250],
    [{ "retry-after": "3" }, 3000],
    [{ "retry-after": "Thu, 26 Nov 2026 09:59:00 GMT" }, 0],
    [{ "retry-after": "soon" }, undefined],
    [{}, undefined],
  ])("%o → %s", (values, expected) => {
    expect(readRetryAfterMs(headers(values), NOW)).toBe(expected);
  });
});
