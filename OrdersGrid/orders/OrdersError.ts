/** What went wrong, as the user and the automatic reactions need to know it. */
export type OrdersErrorKind =
  | "unauthorized"
  | "forbidden"
  | "badRequest"
  | "throttled"
  | "server"
  | "network"
  | "timeout"
  | "invalidResponse"
  | "unsafeLink"
  /** The app maker's maxPages reached: the list stops there on purpose, nothing failed. */
  | "pageLimit"
  | "aborted"
  /** Something the control did not foresee (a bug, a host API throwing): no service or network to blame. */
  | "unexpected";

export interface OrdersErrorDetails {
  readonly kind: OrdersErrorKind;
  /** For logs and app makers: the service's message, or our own description (English). */
  readonly message: string;
  /**
   * The message the service itself sent, as sent (it may hold markup or be a stack trace);
   * undefined when it sent none (an HTML error page, an empty body) or the failure is the
   * client's own. Only this is ever shown to users as the service's words.
   */
  readonly serviceMessage?: string | undefined;
  /** HTTP status, when there was a response. */
  readonly status?: number | undefined;
  /** The most specific error code known (deepest innererror code, else error.code). */
  readonly code?: string | undefined;
  /** The server's request id when it sent one, else the client request id we sent. */
  readonly requestId?: string | undefined;
  /** How long the server asked us to wait before trying again. */
  readonly retryAfterMs?: number | undefined;
}

/** The one error type a source rejects with; the view narrows `kind` in one place. */
export class OrdersError extends Error {
  declare readonly kind: OrdersErrorKind;
  declare readonly status: number | undefined;
  declare readonly code: string | undefined;
  declare readonly serviceMessage: string | undefined;
  declare readonly requestId: string | undefined;
  declare readonly retryAfterMs: number | undefined;

  constructor(details: OrdersErrorDetails) {
    super(details.message);
    this.name = "OrdersError";
    // The details become the error's own fields (`message` with the same value).
    Object.assign(this, details);
  }
}

/**
 * Codes of the failures the client itself detects (no service involved). The view has a
 * translated explanation for each; app makers can branch on them through `errorCode`.
 */
export const CLIENT_ERROR_CODES = [
  "NetworkError",
  "RequestTimeout",
  "RequestCancelled",
  "InvalidJson",
  "InvalidPage",
  "NextLinkOtherOrigin",
  "NextLinkInvalid",
  "NextLinkCredentials",
  "NextLinkCycle",
  "PageLimitReached",
  "LoadMoreTimeout",
  "DatasetError",
  "UnexpectedError",
] as const;
export type ClientErrorCode = (typeof CLIENT_ERROR_CODES)[number];

export function isClientErrorCode(code: string | undefined): code is ClientErrorCode {
  return (CLIENT_ERROR_CODES as readonly (string | undefined)[]).includes(code);
}

/**
 * Turns anything thrown into an OrdersError, so callers never see an unknown. What the sources
 * did not turn into an OrdersError themselves is no network failure: calling it one would tell
 * the user to check a connection that is fine. Its message stays for the app maker only.
 */
export function toOrdersError(error: unknown): OrdersError {
  if (error instanceof OrdersError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new OrdersError({ kind: "unexpected", code: "UnexpectedError", message });
}
