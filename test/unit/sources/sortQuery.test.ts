import { beforeEach, describe, expect, it } from "vitest";
import { createHttpOrdersSource } from "../../../OrdersGrid/sources/createHttpOrdersSource";
import { fillSortQuery, parseSortQuery, type SortQuery } from "../../../OrdersGrid/sources/sortQuery";
import { phraseText } from "../../../OrdersGrid/strings/stringKeys";
import { withOrdersApi } from "../../support/ordersApi";
import { loadStrings } from "../../support/strings";

const server = withOrdersApi({ count: 120 });
beforeEach(() => server.reset());
const signal = () => new AbortController().signal;

function query(text: string): SortQuery {
  const parsed = parseSortQuery(text);
  if (!parsed.ok) throw new Error(phraseText(loadStrings(), parsed.problem));
  return parsed.query;
}

describe("parseSortQuery and fillSortQuery", () => {
  it.each([
    ["orderBy={field} {direction}", { column: "total", direction: "descending" }, [["orderBy", "total desc"]]],
    ["?sort={field}&order={direction}", { column: "date", direction: "ascending" }, [["sort", "date"], ["order", "asc"]]],
    ["$orderby={field}+{direction}&api-version=2", { column: "id", direction: "descending" }, [["$orderby", "id desc"], ["api-version", "2"]]],
    ["sort=%7Bfield%7D&dir=%7Bdirection%7D", { column: "customer", direction: "ascending" }, [["sort", "customer"], ["dir", "asc"]]],
  ] as const)("%s for %o gives the API's parameters %j", (text, sort, params) => {
    expect(fillSortQuery(query(text), sort)).toEqual(params);
  });

  it.each([
    ["orderBy={direction}", "{field} is missing"],
    ["orderBy={field}", "{direction} is missing"],
    ["orderBy={column} {direction}", "unknown placeholder {column}"],
    ["={field}", '"{field}" has no parameter name'],
    ["pageSize=200&orderBy={field}", '"pageSize" is the page parameter'],
  ])("refuses %s: %s", (text, problem) => {
    const parsed = parseSortQuery(text);
    expect(parsed.ok ? "read" : phraseText(loadStrings(), parsed.problem)).toBe(problem);
  });
});

describe("the Connector source with sortQuery", () => {
  const options = () => ({ baseUrl: new URL(server.url), pageSize: 50 });

  it("requests page 1 again with the sort filled in, as a list of its own, and follows the API's nextLink chain, which keeps the sort", async () => {
    const unsorted = createHttpOrdersSource({ ...options(), sortQuery: query("orderBy={field} {direction}") });
    const sorted = unsorted.sortBy?.({ column: "total", direction: "descending" });
    if (!sorted) throw new Error("the source does not sort");
    expect(sorted.key).not.toBe(unsorted.key);
    expect(sorted.sortedBy).toEqual({ column: "total", direction: "descending" });
    expect(unsorted.sortedBy).toBeUndefined();

    const first = await sorted.loadPage(undefined, signal());
    const second = await sorted.loadPage(first.nextLink ?? "", signal());
    const third = await sorted.loadPage(second.nextLink ?? "", signal());
    expect(third.nextLink).toBeNull();
    const totals = [...first.items, ...second.items, ...third.items].map((order) => order.total ?? 0);
    expect(totals).toHaveLength(120);
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
    expect(server.log.map((r) => r.path)).toEqual([
      "/orders?page=1&pageSize=50&orderBy=total+desc",
      "/orders?page=2&pageSize=50&orderBy=total+desc",
      "/orders?page=3&pageSize=50&orderBy=total+desc",
    ]);
  });

  it("cannot sort without sortQuery: the view sorts what it loaded, and the list stays the one already loaded", () => {
    const plain = createHttpOrdersSource(options());
    expect(plain.sortBy?.({ column: "total", direction: "descending" })).toBeUndefined();
    expect(plain.key).toBe(createHttpOrdersSource({ ...options(), sortQuery: query("orderBy={field} {direction}") }).key);
  });
});
