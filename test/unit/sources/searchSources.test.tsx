// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { parseApiBaseUrl } from "../../../OrdersGrid/sources/apiBaseUrl";
import { createHttpOrdersSource, firstPageUrl, searchParameterText } from "../../../OrdersGrid/sources/createHttpOrdersSource";
import { createWebApiOrdersSource, searchableColumns, searchFilter } from "../../../OrdersGrid/sources/createWebApiOrdersSource";
import { searchWhereTheDataIs, selectSource, type HostServices } from "../../../OrdersGrid/sources/selectSource";
import { createDatasetFeed } from "../../../OrdersGrid/sources/datasetFeed";
import { createDatasetReader } from "../../../OrdersGrid/host/readDataset";
import { parseWebApiColumns } from "../../../OrdersGrid/sources/webApiColumns";
import { orderAt } from "../../orders-api/orderData";
import { mountControl } from "../../support/mountControl";
import { withOrdersApi } from "../../support/ordersApi";
import { MockDataset, orderRows } from "../../support/mockDataset";
import { renderedIds } from "../../support/renderPanel";

const server = withOrdersApi({ count: 300 });
beforeEach(() => server.reset());

const base = () => {
  const target = parseApiBaseUrl(server.url);
  if (!target.ok) throw new Error("bad test URL");
  return target.url;
};
const columns = () => {
  const parsed = parseWebApiColumns("id:contoso_ordernumber, total:contoso_total, customer:_contoso_customerid_value, status:contoso_statustext");
  if (!parsed.ok) throw new Error(parsed.problem.key);
  return parsed.columns;
};
const never: HostServices = {
  feed: createDatasetFeed(),
  dataset: () => {
    throw new Error("no data-set here");
  },
  requestMore: () => undefined,
  webAPI: () => {
    throw new Error("no Web API here");
  },
};

describe("Connector with searchQuery", () => {
  it("puts the URL-encoded text where the template says, after page and pageSize", () => {
    expect(searchParameterText("search={text}", "gräf & co")).toBe("search=gr%C3%A4f%20%26%20co");
    expect(searchParameterText("&q={text}&mode=contains", "a")).toBe("q=a&mode=contains");
    expect(firstPageUrl(base(), 50, [], { template: "search={text}", text: "Toys" }).href).toBe(`${server.url}/orders?page=1&pageSize=50&search=Toys`);
    // A sort and a search together: both parameters on page 1.
    expect(firstPageUrl(base(), 50, [["orderBy", "total desc"]], { template: "search={text}", text: "Toys" }).href).toBe(`${server.url}/orders?page=1&pageSize=50&orderBy=total+desc&search=Toys`);
    // No text, no parameter: the page and the cache key of the list without a search.
    expect(firstPageUrl(base(), 50, [], { template: "search={text}", text: "" }).href).toBe(`${server.url}/orders?page=1&pageSize=50`);
  });

  it("is another list per search text, says it searched, and follows the API's nextLink with the search in it", async () => {
    const plain = createHttpOrdersSource({ baseUrl: base(), pageSize: 50 });
    const blank = createHttpOrdersSource({ baseUrl: base(), pageSize: 50, search: { template: "search={text}", text: "" } });
    const toys = createHttpOrdersSource({ baseUrl: base(), pageSize: 10, search: { template: "search={text}", text: "toys" } });
    expect(blank.key).toBe(plain.key);
    expect(toys.key).not.toBe(plain.key);
    expect([plain.search, blank.search, toys.search]).toEqual([undefined, "", "toys"]);

    const first = await toys.loadPage(undefined, new AbortController().signal);
    expect(first.items.every((order) => /toys/i.test(order.customer ?? ""))).toBe(true);
    expect(first.nextLink).not.toBeNull();
    await toys.loadPage(first.nextLink ?? "", new AbortController().signal);
    expect(server.log.map((entry) => entry.path)).toEqual(["/orders?page=1&pageSize=10&search=toys", "/orders?page=2&pageSize=10&search=toys"]);
  });

  it("without searchQuery leaves the search to the loaded rows; one without {text} is the app maker's to fix", () => {
    const settings = { dataSource: "Connector" as const, apiBaseUrl: server.url, pageSize: 50, timeoutMs: 1000, webApiTable: undefined, webApiColumns: undefined, sortQuery: undefined, columns: undefined };
    expect(searchWhereTheDataIs({ ...settings, searchQuery: undefined }, "toys", never)).toBeUndefined();
    expect(searchWhereTheDataIs({ ...settings, searchQuery: "search=" }, "toys", never)).toBeUndefined();
    expect(searchWhereTheDataIs({ ...settings, searchQuery: "search={text}" }, "toys", never)).toBe("toys");
    const none = selectSource({ ...settings, searchQuery: undefined, search: undefined }, never);
    const with_ = selectSource({ ...settings, searchQuery: "search={text}", search: "toys" }, never);
    expect(none.ok && none.source.search).toBeUndefined();
    expect(with_.ok && with_.source.search).toBe("toys");
    // One without {text} would search nothing: the app maker's hint says so, as for sortQuery.
    expect(selectSource({ ...settings, searchQuery: "search=", search: "toys" }, never)).toMatchObject({ ok: false, code: "SearchQueryInvalid", hint: "State_SearchQueryInvalid_Body" });
  });

  it("through the control, sorted by the API: a search asks for its sorted list only, never the unsorted one first", async () => {
    mountControl({ apiBaseUrl: server.url, sortQuery: "orderBy={field} {direction}", searchQuery: "search={text}" });
    await screen.findByText("ORD-000001");
    fireEvent.click(within(screen.getByRole("columnheader", { name: /^Total/ })).getByRole("button"));
    await waitFor(() => expect(server.log.some((entry) => entry.path.includes("orderBy=total+asc"))).toBe(true));
    const before = server.log.length;
    fireEvent.change(screen.getByRole("searchbox", { name: "Search orders" }), { target: { value: "toys" } });
    await waitFor(() => expect(server.log.slice(before).some((entry) => entry.path.includes("search=toys"))).toBe(true));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(server.log.slice(before).map((entry) => entry.path)).toEqual(["/orders?page=1&pageSize=50&orderBy=total+asc&search=toys"]);
  });

  it("through the control, without searchQuery: the loaded rows are searched, no request carries the text", async () => {
    const { container } = mountControl({ apiBaseUrl: server.url });
    await screen.findByText("ORD-000001");
    fireEvent.change(screen.getByRole("searchbox", { name: "Search orders" }), { target: { value: "toys" } });
    const expected = Array.from({ length: 50 }, (_, i) => orderAt(i, 1)).filter((order) => order.customer.includes("Toys"));
    expect(renderedIds(container)).toEqual(expected.map((order) => order.id));
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(server.log.every((entry) => !entry.path.includes("toys"))).toBe(true);
  });
});

describe("WebApi search", () => {
  it("filters with contains over the text columns, quotes doubled, lookups and choice numbers left out", () => {
    expect(searchableColumns(columns())).toEqual(["contoso_ordernumber", "contoso_statustext"]);
    const parsed = parseWebApiColumns("id:contoso_ordernumber, status:statuscode");
    expect(parsed.ok && searchableColumns(parsed.columns)).toEqual(["contoso_ordernumber"]);
    expect(searchFilter(columns(), "O'Brien")).toBe("contains(contoso_ordernumber,'O''Brien') or contains(contoso_statustext,'O''Brien')");
  });

  it("takes %, _ and [ as the letters typed, not as Dataverse's wildcards (\"50%\" does not find \"500\", \"A_1\" not \"AB1\")", () => {
    expect(searchFilter(columns(), "50%_[a]")).toBe("contains(contoso_ordernumber,'50[%][_][[]a]') or contains(contoso_statustext,'50[%][_][[]a]')");
    expect(searchFilter(columns(), "O'Brien_")).toBe("contains(contoso_ordernumber,'O''Brien[_]') or contains(contoso_statustext,'O''Brien[_]')");
  });

  it("asks Dataverse for the filtered rows, URL-encoded, and is another list per text", async () => {
    const retrieve = vi.fn<(table: string, options?: string) => Promise<{ entities: Record<string, unknown>[] }>>(() => Promise.resolve({ entities: [{ contoso_ordernumber: "ORD-1" }] }));
    const source = createWebApiOrdersSource({ webAPI: () => ({ retrieveMultipleRecords: retrieve }), table: "contoso_order", columns: columns(), pageSize: 20, search: "O'Brien & Co" });
    expect(source.search).toBe("O'Brien & Co");
    await source.loadPage(undefined, new AbortController().signal);
    const options = retrieve.mock.calls[0]?.[1] ?? "";
    expect(options.startsWith("?$select=contoso_ordernumber,contoso_total,_contoso_customerid_value,contoso_statustext&$filter=")).toBe(true);
    expect(new URLSearchParams(options.slice(1)).get("$filter")).toBe("contains(contoso_ordernumber,'O''Brien & Co') or contains(contoso_statustext,'O''Brien & Co')");
    const all = createWebApiOrdersSource({ webAPI: () => ({ retrieveMultipleRecords: retrieve }), table: "contoso_order", columns: columns(), pageSize: 20, search: "" });
    expect(all.key).not.toBe(source.key);
    expect(all.search).toBe("");
  });

  it("through the control: the settled text reaches Dataverse as $filter, and the answer is shown, not filtered again", async () => {
    const retrieve = vi.fn((_table: string, options?: string) => {
      const filtered = options?.includes("$filter") ?? false;
      // Dataverse matched on a column the grid does not show: the grid must not hide it.
      const entities = filtered ? [{ contoso_ordernumber: "ORD-000042", contoso_statustext: "Open" }] : [{ contoso_ordernumber: "ORD-000001" }, { contoso_ordernumber: "ORD-000002" }];
      return Promise.resolve({ entities });
    });
    const { container } = mountControl({
      dataSource: "WebApi",
      webApiTable: "contoso_order",
      webApiColumns: "id:contoso_ordernumber, status:contoso_statustext",
      allocatedWidth: 450,
      retrieveMultipleRecords: retrieve,
    });
    await screen.findByText("ORD-000001");
    fireEvent.change(screen.getByRole("searchbox", { name: "Search orders" }), { target: { value: "open" } });
    await waitFor(() => expect(renderedIds(container)).toEqual(["ORD-000042"]));
    expect(retrieve.mock.calls.filter((call) => call[1]?.includes("$filter"))).toHaveLength(1);
    expect(screen.getByTestId("search-status").textContent).toBe("Matching orders loaded: 1");
  });
});

describe("Dataset search", () => {
  const typeSearch = (text: string) => fireEvent.change(screen.getByRole("searchbox", { name: "Search orders" }), { target: { value: text } });

  it("is the data-set's filtering, but not in the canvas bridge (the app's collection) or without filtering", () => {
    const settings = { dataSource: "Dataset" as const, searchQuery: undefined };
    const feed = createDatasetFeed();
    const dataset = new MockDataset({ rows: orderRows(5), pageSize: 5 });
    const unfiltered = Object.assign(new MockDataset({ rows: orderRows(5), pageSize: 5 }), { filtering: undefined });
    const read = createDatasetReader();
    feed.push({ dataset: read(dataset), nextLink: undefined });
    expect(searchWhereTheDataIs(settings, "x", { feed, dataset: () => dataset })).toBe("x");
    expect(searchWhereTheDataIs(settings, "x", { feed, dataset: () => unfiltered })).toBeUndefined();
    // No text column to search with like (a choice and a lookup only): the loaded rows are searched.
    const choices = new MockDataset({ rows: orderRows(5), pageSize: 5 });
    choices.columns = choices.columns.map((column) => (column.dataType === "SingleLine.Text" ? { ...column, dataType: "OptionSet" } : column));
    const choicesFeed = createDatasetFeed();
    choicesFeed.push({ dataset: createDatasetReader()(choices), nextLink: undefined });
    expect(searchWhereTheDataIs(settings, "x", { feed: choicesFeed, dataset: () => choices })).toBeUndefined();
    feed.push({ dataset: read(dataset), nextLink: "https://sales.contoso.com/orders?page=2" });
    // Once the app bound a nextLink, its last page's blank one does not make the collection the data-set's.
    feed.push({ dataset: read(dataset), nextLink: undefined });
    expect(searchWhereTheDataIs(settings, "x", { feed, dataset: () => dataset })).toBeUndefined();
  });

  it("filters the data-set's whole view with like over its text columns, then shows what it returns; a sort keeps the filter", async () => {
    const dataset = new MockDataset({ rows: orderRows(120), pageSize: 50 });
    const { container } = mountControl({ dataSource: "Dataset", dataset });
    await screen.findByText("ORD-000001");
    typeSearch("Customer 11");
    // Customer 11 and 110 to 119: the last ten are not among the 50 loaded, the data-set finds them.
    await waitFor(() => expect(renderedIds(container)).toEqual(["ORD-000011", ...Array.from({ length: 10 }, (_, i) => `ORD-0001${10 + i}`)]));
    expect(dataset.calls).toContain("setFilter(orderid like %Customer 11% or account like %Customer 11% or state like %Customer 11%)");
    expect(dataset.calls.at(-1)).toBe("refresh");
    expect(screen.getByTestId("search-status").textContent).toBe("Matching orders loaded: 11");

    fireEvent.click(within(screen.getByRole("columnheader", { name: /^Order/ })).getByRole("button"));
    fireEvent.click(within(screen.getByRole("columnheader", { name: /^Order/ })).getByRole("button"));
    await waitFor(() => expect(renderedIds(container)[0]).toBe("ORD-000119"));
    expect(renderedIds(container)).toHaveLength(11);
    expect(dataset.sorting).toEqual([{ name: "orderid", sortDirection: 1 }]);

    typeSearch("");
    // The whole view again, still sorted: 118 was not a match.
    await waitFor(() => expect(renderedIds(container).slice(0, 3)).toEqual(["ORD-000120", "ORD-000119", "ORD-000118"]));
    expect(dataset.calls).toContain("clearFilter");
  });

  it("over the canvas bridge, searches the rows loaded and leaves the collection's filter to the app (OnSearch)", async () => {
    const dataset = new MockDataset({ rows: orderRows(50), pageSize: 50 });
    const events: string[] = [];
    const mounted = mountControl({ dataSource: "Dataset", dataset, nextLink: "https://sales.contoso.com/orders?page=2", onEvent: (name) => events.push(name) });
    await screen.findByText("ORD-000001");
    typeSearch("Customer 4");
    expect(renderedIds(mounted.container)).toEqual(["ORD-000004", ...Array.from({ length: 10 }, (_, i) => `ORD-0000${40 + i}`)]);
    await waitFor(() => expect(events).toContain("OnSearch"));
    expect(mounted.control.getOutputs().searchText).toBe("Customer 4");
    expect(dataset.calls.some((call) => call.startsWith("setFilter"))).toBe(false);
  });

  it("over the canvas bridge, shows the app's orders as the matches once it says it loaded its collection for the search (collectionSearch)", async () => {
    const dataset = new MockDataset({ rows: orderRows(50), pageSize: 50 });
    const mounted = mountControl({ dataSource: "Dataset", dataset, nextLink: "https://sales.contoso.com/orders?page=2" });
    await screen.findByText("ORD-000001");
    typeSearch("  Northwind   ");
    await screen.findByText("No orders match “Northwind”");
    await waitFor(() => expect(mounted.control.getOutputs().searchText).toBe("Northwind"));
    // README's OnSearch: the API found orders by what no column shows (the customer's former name).
    const found = orderRows(3, 200);
    dataset.setCollection(found);
    mounted.update({ nextLink: null });
    // Loaded, and searched in the browser until the app says what it loaded them for.
    await waitFor(() => expect(mounted.control.getOutputs().loadedCount).toBe(3));
    expect(screen.getByText("No orders match “Northwind”")).toBeTruthy();
    mounted.update({ collectionSearch: "Northwind" });
    await waitFor(() => expect(renderedIds(mounted.container)).toEqual(["ORD-000201", "ORD-000202", "ORD-000203"]));
    expect(screen.getByTestId("search-status").textContent).toBe("Matching orders loaded: 3");
    // Typing on narrows what the app loaded, in the browser, until the app loads for the new text.
    typeSearch("Northwind 2");
    await screen.findByText("No orders match “Northwind 2”");
  });

  it("Connector: collectionSearch, a canvas bridge input, does not stop the grid searching the orders loaded", async () => {
    mountControl({ apiBaseUrl: server.url, collectionSearch: "Zzyzx" });
    await screen.findByText("ORD-000001");
    typeSearch("Zzyzx");
    await screen.findByText("No orders match “Zzyzx”");
  });
});
