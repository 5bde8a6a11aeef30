// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { MockDataset, ORDER_COLUMNS, orderRows } from "../../support/mockDataset";
import type { MockContextOptions } from "../../support/mockContext";
import { mountControl } from "../../support/mountControl";
import { withOrdersApi } from "../../support/ordersApi";
import { findFooter, renderedIds } from "../../support/renderPanel";

const server = withOrdersApi({ count: 120 });
beforeEach(() => server.reset());

const sortButton = (name: string) => within(screen.getByRole("columnheader", { name: new RegExp(`^${name}`) })).getByRole("button");
const listRequests = () => server.log.filter((r) => r.path.startsWith("/orders")).map((r) => r.path);

/** The control over the orders API, recording the outputs the app reads in each OnSort. */
function mount(options: MockContextOptions = {}) {
  const seenInOnSort: unknown[] = [];
  const mounted = mountControl({
    apiBaseUrl: server.url,
    onEvent: (name) => {
      if (name !== "OnSort") return;
      const { sortColumn, sortDirection } = mounted.control.getOutputs();
      seenInOnSort.push({ sortColumn, sortDirection, notified: mounted.notifyOutputChanged.mock.calls.length });
    },
    ...options,
  });
  return { ...mounted, seenInOnSort };
}

describe("sorting through the control", () => {
  it("sets sortColumn and sortDirection, calls notifyOutputChanged, then raises OnSort, once per change", async () => {
    const { control, mock, notifyOutputChanged, seenInOnSort, update } = mount();
    await screen.findByText("ORD-000001");
    await waitFor(() => expect(control.getOutputs().loadedCount).toBe(50));
    expect(control.getOutputs()).toMatchObject({ sortColumn: "", sortDirection: "" });

    const before = notifyOutputChanged.mock.calls.length;
    fireEvent.click(sortButton("Total"));
    fireEvent.click(sortButton("Total"));
    fireEvent.click(sortButton("Total"));
    expect(mock.raised.get("OnSort")).toBe(3);
    expect(seenInOnSort).toEqual([
      { sortColumn: "total", sortDirection: "Ascending", notified: before + 1 },
      { sortColumn: "total", sortDirection: "Descending", notified: before + 2 },
      { sortColumn: "", sortDirection: "", notified: before + 3 },
    ]);
    // A later updateView (a resize) is no sort change.
    update({ allocatedHeight: 600 });
    expect(mock.raised.get("OnSort")).toBe(3);
  });

  it("Connector without sortQuery: sorts the orders loaded so far in the browser, asks the API for nothing new, and says so", async () => {
    const { container } = mount();
    await screen.findByText("ORD-000001");
    fireEvent.click(sortButton("Total"));
    fireEvent.click(sortButton("Total"));
    await findFooter("Sorted the 50 orders loaded so far");
    expect(listRequests()).toEqual(["/orders?page=1&pageSize=50"]);
    const first = await (await fetch(`${server.url}/orders?page=1&pageSize=50`)).json() as { items: { id: string; total: number }[] };
    const highest = [...first.items].sort((a, b) => b.total - a.total).map((o) => o.id);
    expect(renderedIds(container).slice(0, 5)).toEqual(highest.slice(0, 5));
  });

  it("Connector with sortQuery: requests page 1 again with the sort filled in, shows only the API's sorted rows, and the sort survives Refresh", async () => {
    const { container } = mount({ sortQuery: "orderBy={field} {direction}" });
    await screen.findByText("ORD-000001");
    fireEvent.click(sortButton("Total"));
    fireEvent.click(sortButton("Total"));
    const sorted = await (await fetch(`${server.url}/orders?page=1&pageSize=50&orderBy=total%20desc`)).json() as { items: { id: string }[] };
    const expected = sorted.items.map((o) => o.id);
    await waitFor(() => expect(renderedIds(container).slice(0, 5)).toEqual(expected.slice(0, 5)));
    expect(listRequests().slice(0, 3)).toEqual(["/orders?page=1&pageSize=50", "/orders?page=1&pageSize=50&orderBy=total+asc", "/orders?page=1&pageSize=50&orderBy=total+desc"]);
    // The API sorted the list: no "so far" note, no rows of the unsorted list among them.
    await findFooter("Orders loaded: 50");

    server.log.length = 0;
    fireEvent.click(screen.getByRole("button", { name: "Refresh" }));
    await waitFor(() => expect(listRequests()).toEqual(["/orders?page=1&pageSize=50&orderBy=total+desc"]));
    await waitFor(() => expect(renderedIds(container).slice(0, 5)).toEqual(expected.slice(0, 5)));
  });

  it("Connector with sortQuery and a field the API names otherwise (columns' total=amount): the API is asked to sort by its own name", async () => {
    await server.fault({ items: [1, 2, 3].map((n) => ({ id: `ORD-${n}`, amount: 10 * n })) });
    mount({ sortQuery: "orderBy={field} {direction}", columns: "id, total=amount" });
    await screen.findByText("ORD-1");
    fireEvent.click(sortButton("Total"));
    await waitFor(() => expect(listRequests()).toContain("/orders?page=1&pageSize=50&orderBy=amount+asc"));
  });

  it("Connector with a sortQuery it can't use: the hint names the problem, with its code", () => {
    const { control } = mount({ sortQuery: "orderBy={column} {direction}" });
    expect(screen.getByText(/The API sort parameter setting \(sortQuery\) can't be used: unknown placeholder \{column\}/)).toBeTruthy();
    expect(control.getOutputs().errorCode).toBe("SortQueryInvalid");
    expect(listRequests()).toEqual([]);
  });

  it("WebApi: asks Dataverse for the first page again with $orderby on the mapped column; a column it does not map is sorted in the browser", async () => {
    const retrieve = vi.fn((_table: string, _options?: string, maxPageSize?: number) =>
      Promise.resolve({
        entities: Array.from({ length: Math.min(maxPageSize ?? 5000, 3) }, (_, i) => ({ contoso_ordernumber: `ORD-00000${i + 1}`, contoso_total: 10 * (i + 1) })),
      }),
    );
    const { container } = mountControl({ dataSource: "WebApi", webApiTable: "contoso_order", webApiColumns: "id:contoso_ordernumber, total:contoso_total", retrieveMultipleRecords: retrieve });
    await screen.findByText("ORD-000001");
    fireEvent.click(sortButton("Total"));
    fireEvent.click(sortButton("Total"));
    await waitFor(() => expect(retrieve).toHaveBeenCalledTimes(3));
    expect(retrieve.mock.calls.map((call) => call[1])).toEqual([
      "?$select=contoso_ordernumber,contoso_total",
      "?$select=contoso_ordernumber,contoso_total&$orderby=contoso_total asc",
      "?$select=contoso_ordernumber,contoso_total&$orderby=contoso_total desc",
    ]);
    // Status has no Dataverse column here: no request, the loaded rows in the browser.
    fireEvent.click(sortButton("Order"));
    fireEvent.click(sortButton("Order"));
    await waitFor(() => expect(retrieve).toHaveBeenCalledTimes(5));
    expect(retrieve.mock.calls[4]?.[1]).toBe("?$select=contoso_ordernumber,contoso_total&$orderby=contoso_ordernumber desc");
    fireEvent.click(sortButton("Status"));
    expect(retrieve).toHaveBeenCalledTimes(5);
    expect(screen.getByRole("columnheader", { name: /^Status/ }).getAttribute("aria-sort")).toBe("ascending");
    expect(renderedIds(container)).toHaveLength(3);
  });

  it("Dataset: the data-set sorts its whole view (its sorting, then refresh), and the grid shows its first page", async () => {
    const dataset = new MockDataset({ rows: orderRows(120).reverse(), pageSize: 50 });
    const { container } = mountControl({ dataSource: "Dataset", dataset });
    await screen.findByText("ORD-000120");
    fireEvent.click(sortButton("Order"));
    await screen.findByText("ORD-000001");
    expect(dataset.sorting).toEqual([{ name: "orderid", sortDirection: 0 }]);
    expect(dataset.calls).toContain("refresh");
    expect(renderedIds(container).slice(0, 3)).toEqual(["ORD-000001", "ORD-000002", "ORD-000003"]);
    expect(screen.queryByText(/Sorted the/)).toBeNull();

    // Descending, then off: the data-set is set back to the view's own order, not left sorted
    // under the rows the grid showed before the sort.
    fireEvent.click(sortButton("Order"));
    await waitFor(() => expect(renderedIds(container)[0]).toBe("ORD-000120"));
    fireEvent.click(sortButton("Order"));
    await waitFor(() => expect(dataset.sorting).toEqual([]));
    // One refresh per sort: ascending, descending, off.
    await waitFor(() => expect(dataset.calls.filter((call) => call === "refresh")).toHaveLength(3));
    await waitFor(() => expect(renderedIds(container).slice(0, 2)).toEqual(["ORD-000120", "ORD-000119"]));
    expect(dataset.sortedRecordIds.slice(0, 2)).toEqual(["rec-ORD-000120", "rec-ORD-000119"]);
  });

  it("Dataset over the canvas bridge: the app's collection is the app's (OnSort); the grid sorts the rows loaded so far", async () => {
    const dataset = new MockDataset({ rows: orderRows(50).reverse(), pageSize: 50 });
    const { container } = mountControl({ dataSource: "Dataset", dataset, nextLink: "https://sales.contoso.com/orders?page=2" });
    await screen.findByText("ORD-000050");
    fireEvent.click(sortButton("Order"));
    await findFooter("Sorted the 50 orders loaded so far");
    expect(dataset.sorting).toEqual([]);
    expect(renderedIds(container).slice(0, 3)).toEqual(["ORD-000001", "ORD-000002", "ORD-000003"]);
  });

  it("Dataset the app does not page (no nextLink): collectionSort, a canvas bridge input, does not stop the grid sorting what it loaded by a field the data-set has no column for", async () => {
    // No columns input: the usual Status column stays, blank, over a data-set without one.
    const dataset = new MockDataset({ rows: orderRows(60).reverse(), pageSize: 50, columns: ORDER_COLUMNS.filter((column) => column.alias !== "status") });
    const { container } = mountControl({ dataSource: "Dataset", dataset, collectionSort: "status Ascending" });
    await screen.findByText("ORD-000060");
    fireEvent.click(sortButton("Status"));
    await findFooter("Sorted the 50 orders loaded so far");
    expect(renderedIds(container)[0]).toBe("ORD-000060");
  });

  it("Dataset over the canvas bridge: once the app says it loaded its collection in the grid's sort (collectionSort), the grid shows it in the app's order, not as sorted so far", async () => {
    const dataset = new MockDataset({ rows: orderRows(50).reverse(), pageSize: 50 });
    const { container, update } = mountControl({ dataSource: "Dataset", dataset, nextLink: "https://sales.contoso.com/orders?page=2" });
    await screen.findByText("ORD-000050");
    fireEvent.click(sortButton("Order"));
    await findFooter("Sorted the 50 orders loaded so far");
    // README's OnSort: page 1 again from an API that sorts ids as text, where ORD-10 comes before ORD-2.
    const ids = Array.from({ length: 50 }, (_, i) => `ORD-${i + 1}`);
    const sortedByApi = [...ids].sort().map((orderid, i) => ({ ...orderRows(1, i)[0], orderid }));
    dataset.setCollection(sortedByApi);
    // The grid sorts what it loaded until the app says the collection is in its sort.
    await waitFor(() => expect(renderedIds(container).slice(0, 3)).toEqual(["ORD-1", "ORD-2", "ORD-3"]));
    update({ collectionSort: "id Ascending" });
    await waitFor(() => expect(renderedIds(container).slice(0, 3)).toEqual(["ORD-1", "ORD-10", "ORD-11"]));
    await findFooter("Orders loaded: 50");
    // A collection sorted otherwise than the grid's sort is sorted in the browser again.
    fireEvent.click(sortButton("Order"));
    await findFooter("Sorted the 50 orders loaded so far");
    expect(renderedIds(container)[0]).toBe("ORD-50");
    // The app's OnSort again, descending.
    dataset.setCollection([...sortedByApi].reverse());
    update({ collectionSort: "id Descending" });
    await findFooter("Orders loaded: 50");
    await waitFor(() => expect(renderedIds(container).slice(0, 3)).toEqual(["ORD-9", "ORD-8", "ORD-7"]));
  });
});
