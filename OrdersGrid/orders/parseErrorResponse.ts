import { isRecord } from "./coerce";
import { OrdersError, type OrdersErrorKind } from "./OrdersError";

/** The part of a `Headers` object the parser needs; lets tests pass plain maps. */
export interface HeaderReader {
  get(name: string): string | null;
}

export interface ErrorResponse {
  readonly status: number;
  readonly headers: HeaderReader;
  readonly bodyText: string;
  /** The `x-ms-client-request-id` we sent, shown when the server gave no request id. */
  readonly clientRequestId?: string | undefined;
}

interface BodyFacts {
  code?: string | undefined;
  message?: string | undefined;
  requestId?: string | undefined;
}

function text(value: unknown): string | undefined {
  if (typeof value === "string" && value.trim() !== "") return value.trim();
  // OData v3 and some gateways wrap the message: { "message": { "lang": "en-US", "value": "…" } }
  if (isRecord(value)) return text(value.value);
  return undefined;
}

/** Walks `innererror` down to the deepest code: the most specific one the service knows. */
function deepestCode(error: Record<string, unknown>): string | undefined {
  let code = text(error.code);
  let inner = error.innererror;
  for (let depth = 0; isRecord(inner) && depth < 32; depth++) {
    code = text(inner.code) ?? code;
    inner = inner.innererror;
  }
  return code;
}

function factsFromJson(body: unknown): BodyFacts {
  if (!isRecord(body)) return {};
  // Microsoft REST guidelines / OData v4: { error: { code, message, innererror } }; OData v3: "odata.error".
  const envelope = body.error ?? body["odata.error"];
  if (isRecord(envelope)) {
    return {
      code: deepestCode(envelope),
      message: text(envelope.message),
      requestId: text(envelope.requestId) ?? text(body.requestId),
    };
  }
  // RFC 9457 problem details: { type, title, status, detail, instance }.
  if ("title" in body || "detail" in body || "type" in body) {
    const type = text(body.type);
    const typeCode = type && type !== "about:blank" ? type.split(/[/#]/).filter(Boolean).pop() : undefined;
    return {
      code: text(body.code) ?? typeCode ?? text(body.title),
      message: text(body.detail) ?? text(body.title),
      requestId: text(body.traceId) ?? text(body.requestId),
    };
  }
  return { code: text(body.code), message: text(body.message) };
}

/** Facts from a JSON body; any other body (HTML, plain text, empty) gives none. */
function factsFromBody(bodyText: string): BodyFacts {
  try {
    return factsFromJson(JSON.parse(bodyText));
  } catch {
    return {};
  }
}

/** Reads `retry-after-ms`, `x-ms-retry-after-ms`, then `Retry-After` (seconds or an HTTP date). */
export function readRetryAfterMs(headers: HeaderReader, now: number): number | undefined {
  for (const name of ["retry-after-ms", "x-ms-retry-after-ms"]) {
    const value = Number(headers.get(name));
    if (headers.get(name) !== null && Number.isFinite(value) && value >= 0) return value;
  }
  const retryAfter = headers.get("retry-after")?.trim();
  if (!retryAfter) return undefined;
  if (/^\d+(\.\d+)?$/.test(retryAfter)) return Number(retryAfter) * 1000;
  const date = Date.parse(retryAfter);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** The trace id of a W3C traceparent (`00-<trace id>-<span id>-<flags>`). */
function traceIdOf(traceparent: string | null): string | undefined {
  const parts = traceparent?.split("-");
  return parts?.length === 4 && parts[1]?.length === 32 ? parts[1] : undefined;
}

export function kindForStatus(status: number, retryAfterMs: number | undefined): OrdersErrorKind {
  if (status === 401) return "unauthorized";
  if (status === 403) return "forbidden";
  if (status === 408) return "timeout";
  if (status === 429) return "throttled";
  if (status === 503 && retryAfterMs !== undefined) return "throttled";
  if (status >= 500) return "server";
  return "badRequest";
}

/** Turns a failed HTTP response of any shape (envelope, OData, problem+json, HTML, empty) into an OrdersError. */
export function parseErrorResponse(response: ErrorResponse, now: number = Date.now()): OrdersError {
  const { status, headers } = response;
  const facts = factsFromBody(response.bodyText);
  const retryAfterMs = readRetryAfterMs(headers, now);
  return new OrdersError({
    kind: kindForStatus(status, retryAfterMs),
    status,
    code: facts.code ?? headers.get("x-ms-error-code") ?? undefined,
    message: facts.message ?? `HTTP ${status}`,
    serviceMessage: facts.message,
    requestId:
      headers.get("x-ms-request-id") ??
      headers.get("request-id") ??
      facts.requestId ??
      traceIdOf(headers.get("traceparent")) ??
      response.clientRequestId,
    retryAfterMs,
  });
}
