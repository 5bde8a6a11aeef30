import type http from "node:http";

/** Where the stand-in answers: the connector's `{host}{basePath}` as the app's calls reach it. */
export const CONNECTOR_BASE_PATH = "/connector";
const LIST_ORDERS = `${CONNECTOR_BASE_PATH}/orders`;
const LIST_ORDERS_NEXT_PAGE = `${CONNECTOR_BASE_PATH}/orders/nextpage`;

/** The refusal codes of Solutions/connector/script.csx, with its messages. */
export const REFUSALS = {
  NextLinkMissing: "The nextLink parameter is required.",
  NextLinkInvalid: "The nextLink parameter must be one absolute URL.",
  NextLinkNotHttps: "The nextLink must use https.",
  NextLinkCredentials: "The nextLink must not carry a user name or password.",
  NextLinkOtherHost: "The nextLink must point to this connector's API.",
} as const;

export type RefusalCode = keyof typeof REFUSALS;

/** The response headers the connector runtime hands the app as the API sent them. */
const PASSED_HEADERS = ["content-type", "x-ms-request-id", "x-ms-error-code", "x-ms-client-request-id", "retry-after", "retry-after-ms"];

/** The one value of `name` in a query string; undefined when it is repeated (ambiguous: who parses it decides). */
function singleQueryValue(search: string, name: string): { value: string | null } | undefined {
  const values = new URLSearchParams(search).getAll(name);
  if (values.length > 1) return undefined;
  return { value: values[0] ?? null };
}

/**
 * script.csx's CheckNextLink: the link the app passed, or why it is refused. `apiRoot` is the
 * API's scheme, host, port and base path (ending in "/"). One rule is relaxed: the script asks
 * for https, the stand-in for the API's own scheme, because the reference API listens on
 * loopback over http; a link of any other scheme is still refused as NextLinkNotHttps.
 */
export function checkNextLink(search: string, apiRoot: URL): { link: URL } | { refused: RefusalCode } {
  const query = singleQueryValue(search, "nextLink");
  if (!query) return { refused: "NextLinkInvalid" };
  const value = query.value ?? "";
  if (value.trim() === "") return { refused: "NextLinkMissing" };
  if (value.startsWith("/") || value.startsWith("\\") || !URL.canParse(value)) return { refused: "NextLinkInvalid" };
  const link = new URL(value);
  if (link.protocol !== apiRoot.protocol) return { refused: "NextLinkNotHttps" };
  if (link.username !== "" || link.password !== "") return { refused: "NextLinkCredentials" };
  const sameServer = link.host.toLowerCase() === apiRoot.host.toLowerCase();
  // WHATWG URL has removed dot segments; an escaped one would be resolved only by the server.
  const underBasePath = link.pathname.startsWith(apiRoot.pathname) && !/%2e/i.test(link.pathname);
  if (!sameServer || !underBasePath) return { refused: "NextLinkOtherHost" };
  return { link };
}

function refuse(res: http.ServerResponse, code: RefusalCode): void {
  res.writeHead(400, { "content-type": "application/json; charset=utf-8", "x-ms-error-code": code });
  res.end(JSON.stringify({ error: { code, message: REFUSALS[code] } }));
}

/** Requests `target` and hands its status, headers the runtime passes and body back as they came. */
async function forward(target: URL, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  const headers: Record<string, string> = {};
  const clientRequestId = req.headers["x-ms-client-request-id"];
  if (typeof clientRequestId === "string") headers["x-ms-client-request-id"] = clientRequestId;
  let response: Response;
  try {
    response = await fetch(target, { headers });
  } catch {
    // The connector runtime's own answer when the API cannot be reached.
    res.writeHead(502, { "content-type": "application/json; charset=utf-8", "x-ms-error-code": "BadGateway" });
    res.end(JSON.stringify({ error: { code: "BadGateway", message: "The orders API could not be reached." } }));
    return;
  }
  const passed = Object.fromEntries(PASSED_HEADERS.flatMap((name) => {
    const value = response.headers.get(name);
    return value === null ? [] : [[name, value]];
  }));
  res.writeHead(response.status, passed);
  res.end(Buffer.from(await response.arrayBuffer()));
}

/**
 * A stand-in for the Contoso Sales connector in front of the reference orders API at
 * `apiUrl`: ListOrders (`/connector/orders?page=&pageSize=`) is a plain operation, forwarded as
 * is; ListOrdersNextPage (`/connector/orders/nextpage?nextLink=`) applies the custom code's
 * rules (checkNextLink) and requests exactly the link. Returns false for other paths.
 */
export async function handleConnectorRequest(req: http.IncomingMessage, res: http.ServerResponse, apiUrl: string): Promise<boolean> {
  const url = new URL(req.url ?? "/", "http://stand-in");
  const apiRoot = new URL("/", apiUrl);
  if (url.pathname === LIST_ORDERS) {
    await forward(new URL(`orders${url.search}`, apiRoot), req, res);
    return true;
  }
  if (url.pathname === LIST_ORDERS_NEXT_PAGE) {
    const checked = checkNextLink(url.search, apiRoot);
    if ("refused" in checked) refuse(res, checked.refused);
    else await forward(checked.link, req, res);
    return true;
  }
  return false;
}
