export type ApiBaseUrlProblem = "missing" | "invalid" | "insecure" | "credentials";

export type ApiBaseUrlResult =
  | { readonly ok: true; readonly url: URL }
  | { readonly ok: false; readonly problem: ApiBaseUrlProblem };

/** localhost, [::1] and all of 127.0.0.0/8. */
export function isLoopbackHost(hostname: string): boolean {
  return hostname === "localhost" || hostname === "[::1]" || /^127(\.\d{1,3}){3}$/.test(hostname);
}

/**
 * Validates the app maker's `apiBaseUrl`: an absolute https URL, or http on a loopback host
 * (a local API during development), without a user name or password: the control sends no
 * credentials, and fetch refuses such a URL anyway. Query and fragment are dropped; trailing
 * slashes too.
 */
export function parseApiBaseUrl(raw: string | null | undefined): ApiBaseUrlResult {
  const trimmed = raw?.trim() ?? "";
  if (trimmed === "") return { ok: false, problem: "missing" };
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return { ok: false, problem: "invalid" };
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return { ok: false, problem: "invalid" };
  if (url.username || url.password) return { ok: false, problem: "credentials" };
  if (url.protocol === "http:" && !isLoopbackHost(url.hostname)) return { ok: false, problem: "insecure" };
  url.search = "";
  url.hash = "";
  url.pathname = url.pathname.replace(/\/+$/, "");
  return { ok: true, url };
}
