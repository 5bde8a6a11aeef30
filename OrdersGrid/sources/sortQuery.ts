import type { OrderSort } from "../orders/OrderSort";
import { phrase, type Phrase } from "../strings/stringKeys";

/** The API's sort parameters as the app maker wrote them, placeholders unfilled: name/value pairs. */
export type SortQuery = readonly (readonly [name: string, value: string])[];

export type SortQueryResult = { readonly ok: true; readonly query: SortQuery } | { readonly ok: false; readonly problem: Phrase };

const PLACEHOLDER = /\{([^{}]*)\}/g;
const PLACEHOLDERS = new Set(["field", "direction"]);
/** The page parameters are the contract's: a sort parameter must not replace them. */
const RESERVED = new Set(["page", "pagesize"]);

/**
 * Reads `sortQuery`, the query parameters that make the API sort, written as in a URL, e.g.
 * `orderBy={field} {direction}` or `sort={field}&order={direction}`. `{field}` is the column's
 * key (id, date, customer, status, total) and `{direction}` is `asc` or `desc`.
 */
export function parseSortQuery(raw: string): SortQueryResult {
  const query: (readonly [string, string])[] = [];
  // URLSearchParams reads it as a browser does: `&` between parameters, `+` or %20 a space.
  for (const [name, value] of new URLSearchParams(raw.trim().replace(/^\?/, ""))) {
    if (name.trim() === "") return { ok: false, problem: phrase("Problem_SortQueryNoName", value) };
    if (RESERVED.has(name.toLowerCase())) return { ok: false, problem: phrase("Problem_SortQueryPageParameter", name) };
    for (const [, placeholder = ""] of `${name}=${value}`.matchAll(PLACEHOLDER)) {
      if (!PLACEHOLDERS.has(placeholder)) return { ok: false, problem: phrase("Problem_SortQueryPlaceholder", `{${placeholder}}`) };
    }
    query.push([name, value]);
  }
  const has = (placeholder: string) => query.some(([name, value]) => `${name}=${value}`.includes(placeholder));
  if (!has("{field}")) return { ok: false, problem: phrase("Problem_SortQueryNoField") };
  // Without it both directions are one request: a descending sort would show the ascending list.
  if (!has("{direction}")) return { ok: false, problem: phrase("Problem_SortQueryNoDirection") };
  return { ok: true, query };
}

/** The parameters for `sort`, placeholders filled: e.g. `["orderBy", "total desc"]`; `field` is the API's name for the column. */
export function fillSortQuery(query: SortQuery, sort: OrderSort, field: string = sort.column): SortQuery {
  const fill = (text: string) => text.replace(PLACEHOLDER, (_match, name: string) => (name === "field" ? field : sort.direction === "ascending" ? "asc" : "desc"));
  return query.map(([name, value]) => [fill(name), fill(value)] as const);
}
