import { OrdersError, type ClientErrorCode } from "../orders/OrdersError";
import type { OrdersPage } from "../orders/OrdersPage";
import type { OrdersSource } from "../orders/OrdersSource";
import { parseErrorResponse } from "../orders/parseErrorResponse";
import { PageFormatError, parseOrdersPage, type ItemFields } from "../orders/parseOrdersPage";
import type { OrderSort } from "../orders/OrderSort";
import { newClientRequestId, newTraceparent } from "./requestIds";
import { fillSortQuery, type SortQuery } from "./sortQuery";

export interface HttpOrdersSourceOptions {
  /** A URL already checked by `parseApiBaseUrl`. */
  readonly baseUrl: URL;
  /** Orders per page, 1..200. */
  readonly pageSize: number;
  /** Aborts a request that has not answered by then. @default 30000 */
  readonly timeoutMs?: number;
  /** @default globalThis.fetch */
  readonly fetch?: typeof fetch;
  /** The API's sort parameters (`sortQuery`): without them the source cannot sort. */
  readonly sortQuery?: SortQuery | undefined;
  /** The order page 1 is asked for in, with `sortQuery` filled in. */
  readonly sort?: OrderSort | undefined;
  /** The item fields the API names otherwise (`columns`' `date=orderDate`). */
  readonly fields?: ItemFields | undefined;
  /** The search the API applies to every page, when the maker named its parameter (`searchQuery`). */
  readonly search?: SearchParameter | undefined;
}

/** The API's search parameter (`template`, with `{text}`) and what the user searches for (`text`). */
export interface SearchParameter {
  readonly template: string;
  readonly text: string;
}

/** The placeholder of `searchQuery` where the URL-encoded search text goes. */
export const SEARCH_PLACEHOLDER = "{text}";

/** `search={text}` with "gräf & co" → `search=gr%C3%A4f%20%26%20co`; a leading `?` or `&` is dropped. */
export function searchParameterText(template: string, text: string): string {
  return template.replace(/^[?&]+/, "").split(SEARCH_PLACEHOLDER).join(encodeURIComponent(text));
}

export const DEFAULT_TIMEOUT_MS = 30_000;

/**
 * The first page's URL: `{base}/orders?page=1&pageSize=N`, then the sort parameters if any.
 * Built from the origin, never resolved against it, so that a path starting with `//` stays a path.
 */
export function firstPageUrl(baseUrl: URL, pageSize: number, sortParams: SortQuery = [], search?: SearchParameter): URL {
  const url = new URL(`${baseUrl.origin}${baseUrl.pathname.replace(/\/+$/, "")}/orders?page=1&pageSize=${pageSize}`);
  for (const [name, value] of sortParams) url.searchParams.append(name, value);
  // No search text, no parameter: the same first page (and cached pages) as without a search.
  if (search?.text) url.search += `&${searchParameterText(search.template, search.text)}`;
  return url;
}

/**
 * Checks a nextLink before it is requested: it must be absolute and on the API's own origin
 * (scheme, host and port), so no request, and no header we add, ever goes anywhere else; and
 * it must carry no user name or password, which would travel in the clear in logs and history
 * (fetch refuses such a URL anyway, with an error that reads like a network failure).
 */
export function checkNextLink(nextLink: string, baseUrl: URL): URL {
  let url: URL;
  try {
    url = new URL(nextLink);
  } catch {
    throw new OrdersError({ kind: "unsafeLink", code: "NextLinkInvalid", message: `nextLink is not an absolute URL: ${nextLink}` });
  }
  if (url.username || url.password) {
    // The link itself is not repeated: it holds the credentials.
    throw new OrdersError({ kind: "unsafeLink", code: "NextLinkCredentials", message: "nextLink carries a user name or password; it was not requested" });
  }
  if (url.origin !== baseUrl.origin) {
    throw new OrdersError({
      kind: "unsafeLink",
      code: "NextLinkOtherOrigin",
      message: `nextLink points to another origin (${url.origin}); it was not requested`,
    });
  }
  return url;
}

/**
 * The ListOrders HTTP contract behind the OrdersSource port.
 *
 * A page's first request is a CORS "simple" request (a GET with only `Accept`). The tracing
 * headers, `x-ms-client-request-id` (which the service echoes and logs) and a W3C `traceparent`,
 * are not CORS-safelisted: a cross-origin request that carries them waits for a preflight
 * OPTIONS, and since every page has its own URL the browser's preflight cache never helps, so
 * each link of the nextLink chain would cost two round trips. They are sent when a page is
 * requested again after a failure: the failure a user finally sees (after the retries) then
 * carries an id the service can find.
 */
export function createHttpOrdersSource(options: HttpOrdersSourceOptions): OrdersSource {
  const { baseUrl, pageSize, sortQuery, sort, search } = options;
  // The API sorts by its own name for the field (`columns`' `date=orderDate` asks for orderDate).
  const sortParams = sortQuery && sort ? fillSortQuery(sortQuery, sort, options.fields?.[sort.column]) : [];
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  /** Pages whose last request failed: the next request for them is traced. */
  const failed = new Set<string>();

  async function request(url: URL, signal: AbortSignal): Promise<OrdersPage> {
    const clientRequestId = failed.has(url.href) ? newClientRequestId() : undefined;
    const headers: Record<string, string> = { Accept: "application/json" };
    if (clientRequestId) {
      headers["x-ms-client-request-id"] = clientRequestId;
      headers.traceparent = newTraceparent();
    }
    // Aborted by the caller's signal or by the timeout, nothing else.
    const controller = new AbortController();
    const onAbort = () => controller.abort();
    const timer = setTimeout(onAbort, timeoutMs);
    signal.addEventListener("abort", onAbort);
    if (signal.aborted) controller.abort();

    const failure = (kind: "network" | "timeout" | "aborted", code: ClientErrorCode, message: string) =>
      new OrdersError({ kind, code, message, requestId: clientRequestId });
    try {
      let response: Response;
      let bodyText: string;
      try {
        // No method: GET, the default, keeps the request CORS-simple (see above).
        response = await doFetch(url.href, {
          headers,
          credentials: "omit",
          redirect: "error",
          signal: controller.signal,
        });
        bodyText = await response.text();
      } catch (error) {
        if (signal.aborted) throw failure("aborted", "RequestCancelled", "The request was cancelled");
        if (controller.signal.aborted) throw failure("timeout", "RequestTimeout", `No answer within ${Math.round(timeoutMs / 1000)} s`);
        throw failure("network", "NetworkError", error instanceof Error ? error.message : String(error));
      }
      if (!response.ok) {
        throw parseErrorResponse({ status: response.status, headers: response.headers, bodyText, clientRequestId });
      }
      const requestId = response.headers.get("x-ms-request-id") ?? clientRequestId;
      try {
        return { ...parseOrdersPage(JSON.parse(bodyText), options.fields), link: url.href };
      } catch (error) {
        const shape = error instanceof PageFormatError;
        const detail = shape ? error.message : "the body is not valid JSON";
        throw new OrdersError({
          kind: "invalidResponse",
          code: shape ? "InvalidPage" : "InvalidJson",
          status: response.status,
          message: `The orders page could not be read: ${detail}`,
          requestId,
        });
      }
    } finally {
      clearTimeout(timer);
      signal.removeEventListener("abort", onAbort);
    }
  }

  return {
    // Another sort or search is another list: its query starts over from page 1, no other rows mixed in.
    key: `http|${baseUrl.href}|${pageSize}|${timeoutMs}${sortParams.length > 0 ? `|${new URLSearchParams(sortParams.map(([name, value]) => [name, value])).toString()}` : ""}${search?.text ? `|${searchParameterText(search.template, search.text)}` : ""}${options.fields ? `|${JSON.stringify(options.fields)}` : ""}`,
    // The nextLink chain of a sorted or searched list is the API's: it carries the sort and search on.
    sortedBy: sortParams.length > 0 ? sort : undefined,
    sortBy: sortQuery && ((next) => createHttpOrdersSource({ ...options, sort: next })),
    search: search?.text,
    async loadPage(continuation, signal) {
      const url = continuation === undefined ? firstPageUrl(baseUrl, pageSize, sortParams, search) : checkNextLink(continuation, baseUrl);
      try {
        const page = await request(url, signal);
        failed.delete(url.href);
        return page;
      } catch (error) {
        // A cancelled request (a Refresh, the grid going away) is no failure to trace.
        if (!signal.aborted) failed.add(url.href);
        throw error;
      }
    },
  };
}
