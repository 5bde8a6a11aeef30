/**
 * Faults the orders API can be told to produce, through its control endpoint only (which
 * exists only when the server is started with `control: true`, as tests and the benchmark do).
 */
export interface Fault {
  /** The page number it applies to; any page when absent. */
  page?: number;
  /** How many matching requests it applies to; every one when absent. */
  times?: number;
  /** Answer with this status (and `envelope`, or `body` verbatim). */
  status?: number;
  /** The standard error envelope's `error` object; the code goes into `x-ms-error-code` too. */
  envelope?: { code: string; message: string; [key: string]: unknown };
  /** A raw body, sent as is with `contentType`. */
  body?: string;
  contentType?: string;
  /** Extra response headers, e.g. `{ "Retry-After": "2" }`. */
  headers?: Record<string, string>;
  /** Never answer (until the client gives up or the server closes). */
  hang?: boolean;
  /** Answer this many milliseconds later than the others (a slow call among fast ones). */
  delayMs?: number;
  /** Serve the page but replace its nextLink (null ends the list). */
  nextLink?: string | null;
  /** Serve the page but replace its items. */
  items?: unknown[];
}

export interface ActiveFault extends Fault {
  used: number;
}

/** Finds the first fault for a page that has uses left, and counts the use. */
export function takeFault(faults: ActiveFault[], page: number): Fault | undefined {
  const fault = faults.find((f) => (f.page === undefined || f.page === page) && (f.times === undefined || f.used < f.times));
  if (fault) fault.used++;
  return fault;
}
