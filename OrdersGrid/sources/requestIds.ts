/**
 * A v4 UUID for `x-ms-client-request-id`. `crypto.randomUUID` exists only in secure contexts,
 * which is everywhere the control runs: Power Apps is served over https, and the test harness
 * on localhost counts as secure.
 */
export function newClientRequestId(): string {
  return crypto.randomUUID();
}

/** A W3C `traceparent` that starts a new trace for one request. */
export function newTraceparent(): string {
  const ids = crypto.getRandomValues(new Uint8Array(24));
  const hex = Array.from(ids, (b) => b.toString(16).padStart(2, "0")).join("");
  return `00-${hex.slice(0, 32)}-${hex.slice(32)}-01`;
}
