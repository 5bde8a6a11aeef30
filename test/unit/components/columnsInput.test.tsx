// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { orderAt } from "../../orders-api/orderData";
import { MockDataset, ORDER_COLUMNS, orderRows } from "../../support/mockDataset";
import { mountControl } from "../../support/mountControl";
import { withOrdersApi } from "../../support/ordersApi";

const server = withOrdersApi({ count: 120 });
beforeEach(() => server.reset());

const listIds = () => [...document.querySelectorAll("[data-order-id]")].map((row) => row.getAttribute("data-order-id"));
const headings = () => screen.getAllByRole("columnheader").map((heading) => heading.textContent.trim());
const firstRowCells = () => within(screen.getAllByRole("row")[1] ?? document.body).getAllByRole("gridcell").map((cell) => cell.textContent);

describe("the columns input", () => {
  it("Connector: the columns in its order, with the maker's headings and starting widths, the currency too", async () => {
    mountControl({ apiBaseUrl: server.url, columns: 'total "Amount", id:220, currency, customer' });
    await screen.findByText("ORD-000001");
    expect(headings()).toEqual(["Amount", "Order", "Currency", "Customer"]);
    const order = orderAt(0, 1);
    expect(firstRowCells().slice(1)).toEqual(["ORD-000001", order.currency, order.customer]);
    // The starting width is the id column's own, in the header and in the rows alike.
    const idHeading = screen.getAllByRole("columnheader")[1];
    const idCell = within(screen.getAllByRole("row")[1] ?? document.body).getAllByRole("gridcell")[1];
    expect([idHeading?.style.flex, idCell?.style.flex]).toEqual(["0 0 220px", "0 0 220px"]);
  });

  it("a bad entry: the app maker's hint names it, with its code, and nothing is requested", () => {
    const { control } = mountControl({ apiBaseUrl: server.url, columns: "id, region, total" });
    expect(screen.getByText(/The columns property has an entry the grid cannot read: "region": there is no column region/)).toBeTruthy();
    expect(control.getOutputs().errorCode).toBe("ColumnsInvalid");
    expect(server.log.filter((entry) => entry.path.startsWith("/orders"))).toEqual([]);
  });

  it("Connector: an item field no order of the API's first page has gives the hint naming it below the rows, not a blank column in silence; the corrected columns drop it", async () => {
    const { control, update } = mountControl({ apiBaseUrl: server.url, columns: "id, date=orderDate:160, total" });
    expect(await screen.findByText(/The columns property has an entry the grid cannot read: the API's orders have no field orderDate/)).toBeTruthy();
    expect(screen.getByText("Check the columns of OrdersGrid")).toBeTruthy();
    // The orders stay: the field may be one the API leaves out.
    expect(screen.getByText("ORD-000001")).toBeTruthy();
    await waitFor(() => expect(control.getOutputs().errorCode).toBe("ColumnsInvalid"));
    update({ columns: "id, date:160, total" });
    await waitFor(() => expect(control.getOutputs().errorCode).toBe(""));
    expect(screen.queryByTestId("columns-hint")).toBeNull();
    expect(headings()).toEqual(["Order", "Date", "Total"]);
  });

  it("Connector with searchQuery and sortQuery, nothing typed: the hint shows; a sort the API runs keeps it, and OnError is raised once", async () => {
    const { control, mock } = mountControl({ apiBaseUrl: server.url, columns: "id, date=orderDate, total", searchQuery: "search={text}", sortQuery: "orderBy={field} {direction}" });
    expect(await screen.findByTestId("columns-hint")).toBeTruthy();
    await waitFor(() => expect(control.getOutputs().errorCode).toBe("ColumnsInvalid"));
    fireEvent.click(within(screen.getByRole("columnheader", { name: /^Total/ })).getByRole("button"));
    await waitFor(() => expect(server.log.some((entry) => entry.path.includes("orderBy=total+asc"))).toBe(true));
    await waitFor(() => expect(screen.getByRole("columnheader", { name: /^Total/ }).getAttribute("aria-sort")).toBe("ascending"));
    await waitFor(() => expect(listIds().length).toBeGreaterThan(0));
    expect(screen.getByTestId("columns-hint")).toBeTruthy();
    expect(control.getOutputs().errorCode).toBe("ColumnsInvalid");
    fireEvent.click(within(screen.getByRole("columnheader", { name: /^Total/ })).getByRole("button"));
    fireEvent.click(within(screen.getByRole("columnheader", { name: /^Total/ })).getByRole("button"));
    await waitFor(() => expect(screen.getByRole("columnheader", { name: /^Total/ }).getAttribute("aria-sort")).toBe("none"));
    expect(screen.getByTestId("columns-hint")).toBeTruthy();
    expect(control.getOutputs().errorCode).toBe("ColumnsInvalid");
    expect(mock.raised.get("OnError")).toBe(1);
  });

  it("Connector: a search the API runs is a choice of orders: its page without the field gives no hint", async () => {
    await server.fault({ page: 1, times: 1, items: [{ id: "ORD-1", total: 5, placedOn: "2026-03-14T09:30:00Z" }] });
    const { control } = mountControl({ apiBaseUrl: server.url, columns: "id, date=placedOn, total", searchQuery: "search={text}" });
    await screen.findByText("ORD-1");
    fireEvent.change(screen.getByRole("searchbox", { name: "Search orders" }), { target: { value: "a" } });
    await waitFor(() => expect(server.log.some((entry) => entry.path.includes("search=a"))).toBe(true));
    await screen.findByText("ORD-000001");
    expect(screen.queryByTestId("columns-hint")).toBeNull();
    expect(control.getOutputs().errorCode).toBe("");
  });

  it("Connector: an item field only some orders have is read where they have it, blank where not", async () => {
    await server.fault({ page: 1, items: [{ id: "ORD-1", total: 5, placedOn: "2026-03-14T09:30:00Z" }, { id: "ORD-2", total: 6 }] });
    const { control } = mountControl({ apiBaseUrl: server.url, columns: "id, date=placedOn, total" });
    await screen.findByText("ORD-1");
    expect(control.getOutputs().errorCode).toBe("");
    const dates = screen.getAllByRole("row").slice(1, 3).map((row) => within(row).getAllByRole("gridcell")[1]?.textContent);
    expect(dates[0]).toMatch(/2026/);
    expect(dates[1]).toBe("");
  });

  it("the hint's title names what to check, and a German maker reads the whole hint in German", () => {
    const { unmount } = mountControl({ apiBaseUrl: server.url, columns: "id, region, total" });
    expect(screen.getByText("Check the columns of OrdersGrid")).toBeTruthy();
    unmount();
    mountControl({ apiBaseUrl: server.url, columns: "id, region, total", languageId: 1031 });
    expect(screen.getByText("Spalten von OrdersGrid prüfen")).toBeTruthy();
    expect(screen.getByText(/Die Eigenschaft „columns“ enthält einen Eintrag, den das Raster nicht lesen kann: „region“: Es gibt keine Spalte region/)).toBeTruthy();
  });

  it("Dataset: a field read from the data-set column the maker names", async () => {
    const dataset = new MockDataset({ rows: orderRows(5), pageSize: 5 });
    mountControl({ dataSource: "Dataset", dataset, columns: "id, customer=state, status=account" });
    await screen.findByText("ORD-000001");
    expect(headings()).toEqual(["Order", "Customer", "Status"]);
    expect(firstRowCells()).toEqual(["ORD-000001", "Shipped", "Customer 1"]);
  });

  it("Dataset: a data-set column the data-set does not have gives the app maker's hint naming it, not another column in its place", async () => {
    const dataset = new MockDataset({ rows: orderRows(5), pageSize: 5 });
    const { control } = mountControl({ dataSource: "Dataset", dataset, columns: "id, customer=accountname, status" });
    expect(await screen.findByText(/The columns property has an entry the grid cannot read: the data-set has no column accountname/)).toBeTruthy();
    expect(control.getOutputs().errorCode).toBe("ColumnsInvalid");
    expect(screen.queryByText("Customer 1")).toBeNull();
  });

  it("Dataset: a listed field the data-set has no column for gives the hint naming it, not a blank column; an order without an id column keeps its record's id", async () => {
    const dataset = new MockDataset({ rows: orderRows(5), pageSize: 5 });
    const { control, unmount } = mountControl({ dataSource: "Dataset", dataset, columns: "id, currency, total" });
    expect(await screen.findByText(/The columns property has an entry the grid cannot read: the data-set has no column currency/)).toBeTruthy();
    expect(control.getOutputs().errorCode).toBe("ColumnsInvalid");
    unmount();
    const withoutIds = new MockDataset({ rows: orderRows(5), pageSize: 5, columns: ORDER_COLUMNS.filter((column) => column.alias !== "orderId") });
    mountControl({ dataSource: "Dataset", dataset: withoutIds, columns: "id, total" });
    expect(await screen.findByText("rec-ORD-000001")).toBeTruthy();
  });

  it("Dataset: the same hint when the data-set's columns come after the first updateView, and it goes once the column is there", async () => {
    const dataset = new MockDataset({ rows: orderRows(5), pageSize: 5 });
    const columns = dataset.columns;
    dataset.columns = [];
    const { control } = mountControl({ dataSource: "Dataset", dataset, columns: "id, customer=accountname, status" });
    dataset.columns = columns;
    dataset.onChange();
    expect(await screen.findByText(/the data-set has no column accountname/)).toBeTruthy();
    expect(control.getOutputs().errorCode).toBe("ColumnsInvalid");
    // The maker adds the column to the view: the grid reads it.
    dataset.columns = [...columns, { name: "accountname", displayName: "Account name", alias: "", dataType: "SingleLine.Text" }];
    dataset.onChange();
    await screen.findByText("ORD-000001");
    expect(control.getOutputs().errorCode).not.toBe("ColumnsInvalid");
  });

  it("WebApi: a listed column with no Dataverse column to read gives the app maker's hint naming it, not a blank column", () => {
    const retrieve = vi.fn(() => Promise.resolve({ entities: [] }));
    const { control } = mountControl({ dataSource: "WebApi", webApiTable: "contoso_order", columns: "id=contoso_ordernumber, total, customer", retrieveMultipleRecords: retrieve });
    expect(screen.getByText(/The columns property has an entry the grid cannot read: total has no Dataverse column \(write total=<column>\)/)).toBeTruthy();
    expect(control.getOutputs().errorCode).toBe("ColumnsInvalid");
    expect(retrieve).not.toHaveBeenCalled();
  });

  it("Dataset in a model-driven view, no columns input: the view's columns of the order's fields, in its order, with its headings and widths", async () => {
    const dataset = new MockDataset({ rows: orderRows(5), pageSize: 5 });
    const inView: Record<string, { order: number; visualSizeFactor: number }> = { state: { order: 0, visualSizeFactor: 150 }, orderid: { order: 1, visualSizeFactor: 200 }, amount: { order: 2, visualSizeFactor: 120 } };
    dataset.columns = dataset.columns.map((column) => ({ ...column, ...(inView[column.name] ?? { order: -1, visualSizeFactor: 100 }) }));
    mountControl({ dataSource: "Dataset", dataset });
    await screen.findByText("ORD-000001");
    expect(headings()).toEqual(["State", "Order", "Amount"]);
    const orderHeading = screen.getAllByRole("columnheader")[1];
    expect(orderHeading?.style.flex).toBe("0 0 200px");
  });

  it("WebApi: columns' field=column entries take the place of webApiColumns", async () => {
    const retrieve = vi.fn<(table: string, options?: string) => Promise<{ entities: Record<string, unknown>[] }>>(() => Promise.resolve({ entities: [{ contoso_ordernumber: "ORD-7", contoso_total: 12.5 }] }));
    mountControl({ dataSource: "WebApi", webApiTable: "contoso_order", columns: 'id=contoso_ordernumber, total=contoso_total "Amount"', retrieveMultipleRecords: retrieve });
    await screen.findByText("ORD-7");
    expect(retrieve.mock.calls[0]?.[1]).toBe("?$select=contoso_ordernumber,contoso_total");
    expect(headings()).toEqual(["Order", "Amount"]);
    await waitFor(() => expect(firstRowCells()[1]).toMatch(/12\.50/));
  });
});
