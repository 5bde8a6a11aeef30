// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";
import type { MockContextOptions } from "../../support/mockContext";
import { MockDataset, orderRows } from "../../support/mockDataset";
import { mountControl } from "../../support/mountControl";
import { withOrdersApi } from "../../support/ordersApi";
import { scrollToRow } from "../../support/renderPanel";

const server = withOrdersApi({ count: 120 });
beforeEach(() => server.reset());

const mount = (options: MockContextOptions = {}) => mountControl({ apiBaseUrl: server.url, ...options });
const row = (id: string) => {
  const element = document.querySelector<HTMLElement>(`[data-order-id="${id}"]`);
  if (!element) throw new Error(`no row ${id}`);
  return element;
};
const selectedRows = () => Array.from(document.querySelectorAll<HTMLElement>('[aria-selected="true"]'), (r) => r.dataset.orderId);
const selectedIds = (outputs: { selectedOrderIds?: string }) => JSON.parse(outputs.selectedOrderIds ?? "null") as unknown;
const grid = () => screen.getByRole("grid", { name: "Orders" });

describe("selection modes", () => {
  it("Single (the default): a click selects one order, reports it in the outputs and raises OnSelectionChange after them, then OnSelect", async () => {
    const events: { name: string; outputs: ReturnType<typeof control.getOutputs> }[] = [];
    const { control, mock } = mount({ onEvent: (name) => events.push({ name, outputs: control.getOutputs() }) });
    await screen.findByText("ORD-000002");
    expect(grid().getAttribute("aria-multiselectable")).toBeNull();
    expect(screen.queryAllByRole("checkbox")).toHaveLength(0);

    fireEvent.click(row("ORD-000002"));
    expect(events.map((e) => e.name)).toEqual(["OnSelectionChange", "OnSelect"]);
    expect(events[0]?.outputs).toMatchObject({ selectedOrderId: "ORD-000002", selectedCount: 1, selectedOrderIds: '["ORD-000002"]' });
    expect(row("ORD-000002").getAttribute("aria-selected")).toBe("true");

    fireEvent.click(row("ORD-000003"), { ctrlKey: true });
    expect(selectedRows()).toEqual(["ORD-000003"]);
    expect(mock.raised.get("OnSelectionChange")).toBe(2);
    // The same order again is no change.
    fireEvent.click(row("ORD-000003"));
    expect(mock.raised.get("OnSelectionChange")).toBe(2);
    expect(mock.raised.get("OnSelect")).toBe(3);
  });

  it.each(["Single", "None"] as const)("%s: Ctrl+A on the grid selects nothing, neither orders nor the app's text", async (selectionMode) => {
    const { mock } = mount({ selectionMode });
    await screen.findByText("ORD-000002");
    fireEvent.click(row("ORD-000002"));
    act(() => grid().focus());
    const browserWent = fireEvent.keyDown(grid(), { key: "a", ctrlKey: true });
    expect(browserWent).toBe(false);
    expect(selectedRows()).toEqual(selectionMode === "Single" ? ["ORD-000002"] : []);
    expect(mock.raised.get("OnSelectionChange")).toBe(selectionMode === "Single" ? 1 : undefined);
  });

  it("Ctrl+A on the grid while its first page loads leaves the app's text alone too", async () => {
    await server.reset({ latencyMs: 400 });
    mount();
    const loading = await screen.findByRole("grid", { name: "Orders" });
    expect(loading.querySelector("[data-order-id]")).toBeNull();
    act(() => loading.focus());
    expect(fireEvent.keyDown(loading, { key: "a", ctrlKey: true })).toBe(false);
  });

  it("None: rows are invoked (OnSelect, selectedOrderId) but never selected", async () => {
    const { control, mock } = mount({ selectionMode: "None" });
    await screen.findByText("ORD-000002");
    fireEvent.click(row("ORD-000002"));
    act(() => grid().focus());
    fireEvent.keyDown(grid(), { key: " " });
    expect(mock.raised.get("OnSelect")).toBe(2);
    expect(mock.raised.get("OnSelectionChange")).toBeUndefined();
    expect(control.getOutputs()).toMatchObject({ selectedOrderId: "ORD-000002", selectedCount: 0, selectedOrderIds: "[]" });
    expect(row("ORD-000002").getAttribute("aria-selected")).toBeNull();
  });

  it("Multiple: Ctrl/Cmd+click toggles, Shift+click extends, a plain click selects one; only a plain click invokes", async () => {
    const { control, mock } = mount({ selectionMode: "Multiple" });
    await screen.findByText("ORD-000005");
    expect(grid().getAttribute("aria-multiselectable")).toBe("true");

    fireEvent.click(row("ORD-000002"));
    fireEvent.click(row("ORD-000005"), { shiftKey: true });
    expect(selectedRows()).toEqual(["ORD-000002", "ORD-000003", "ORD-000004", "ORD-000005"]);
    fireEvent.click(row("ORD-000003"), { ctrlKey: true });
    fireEvent.click(row("ORD-000009"), { metaKey: true });
    expect(selectedRows()).toEqual(["ORD-000002", "ORD-000004", "ORD-000005", "ORD-000009"]);
    expect(control.getOutputs()).toMatchObject({ selectedCount: 4, selectedOrderId: "ORD-000009" });
    expect(selectedIds(control.getOutputs())).toEqual(expect.arrayContaining(["ORD-000002", "ORD-000004", "ORD-000005", "ORD-000009"]));
    expect(mock.raised.get("OnSelect")).toBe(1);
    expect(mock.raised.get("OnSelectionChange")).toBe(4);

    // A row's checkbox toggles that row only.
    fireEvent.click(screen.getByRole("checkbox", { name: "Select order ORD-000010" }));
    expect(control.getOutputs().selectedCount).toBe(5);
    fireEvent.click(row("ORD-000001"));
    expect(selectedRows()).toEqual(["ORD-000001"]);
  });

  it("Multiple: Space toggles the focused row, Shift+arrows extend a range, Ctrl+A selects all, Enter invokes without changing the selection", async () => {
    const { control, mock } = mount({ selectionMode: "Multiple" });
    await screen.findByText("ORD-000005");
    act(() => grid().focus());
    fireEvent.keyDown(grid(), { key: "ArrowDown" });
    fireEvent.keyDown(grid(), { key: " " });
    expect(selectedRows()).toEqual(["ORD-000002"]);
    fireEvent.keyDown(grid(), { key: "ArrowDown", shiftKey: true });
    fireEvent.keyDown(grid(), { key: "ArrowDown", shiftKey: true });
    expect(selectedRows()).toEqual(["ORD-000002", "ORD-000003", "ORD-000004"]);
    fireEvent.keyDown(grid(), { key: "ArrowUp", shiftKey: true });
    expect(selectedRows()).toEqual(["ORD-000002", "ORD-000003"]);
    fireEvent.keyDown(grid(), { key: " " });
    expect(selectedRows()).toEqual(["ORD-000002"]);
    expect(mock.raised.get("OnSelect")).toBeUndefined();

    fireEvent.keyDown(grid(), { key: "Enter" });
    expect(mock.raised.get("OnSelect")).toBe(1);
    expect(control.getOutputs()).toMatchObject({ selectedOrderId: "ORD-000003", selectedCount: 1 });
    fireEvent.keyDown(grid(), { key: "a", ctrlKey: true });
    expect(control.getOutputs().selectedCount).toBe(50);
  });

  it("Multiple: the header checkbox selects the loaded orders and says so while more are to come, is mixed when some are selected, and clears", async () => {
    const { control } = mount({ selectionMode: "Multiple" });
    await screen.findByText("ORD-000005");
    const header = () => screen.getByRole("checkbox", { name: /loaded orders/ });
    expect(header().getAttribute("aria-label")).toBe("Select the loaded orders (50); more are not loaded yet");
    fireEvent.click(row("ORD-000003"), { ctrlKey: true });
    expect((header() as HTMLInputElement).indeterminate || header().getAttribute("aria-checked") === "mixed").toBe(true);
    fireEvent.click(header());
    expect(control.getOutputs().selectedCount).toBe(50);
    expect((header() as HTMLInputElement).checked).toBe(true);
    expect(screen.getByTestId("footer-selected").textContent).toBe("50 selected");
    fireEvent.click(header());
    expect(control.getOutputs()).toMatchObject({ selectedCount: 0, selectedOrderIds: "[]", selectedOrderId: "" });
  });

  it("keeps selected orders selected while they scroll out of the DOM and back, and while pages arrive", async () => {
    const { container, control } = mount({ selectionMode: "Multiple" });
    await screen.findByText("ORD-000002");
    fireEvent.click(row("ORD-000002"));
    fireEvent.click(row("ORD-000004"), { ctrlKey: true });
    scrollToRow(container, 45);
    await screen.findByText("ORD-000050");
    await waitFor(() => expect(control.getOutputs().loadedCount).toBe(100));
    expect(document.querySelector('[data-order-id="ORD-000002"]')).toBeNull();
    fireEvent.click(row("ORD-000050"), { ctrlKey: true });
    scrollToRow(container, 0);
    await screen.findByText("ORD-000002");
    expect(selectedRows()).toEqual(["ORD-000002", "ORD-000004"]);
    expect(control.getOutputs().selectedCount).toBe(3);
  });
});

describe("selection through keys and toggles", () => {
  it("Multiple: Shift+Down starts its range at the row the focus was moved to last, not the row clicked before", async () => {
    mount({ selectionMode: "Multiple" });
    await screen.findByText("ORD-000006");
    fireEvent.click(row("ORD-000002"));
    for (let i = 0; i < 3; i++) fireEvent.keyDown(grid(), { key: "ArrowDown" });
    fireEvent.keyDown(grid(), { key: "ArrowDown", shiftKey: true });
    expect(selectedRows()).toEqual(["ORD-000005", "ORD-000006"]);
  });

  it("Multiple: toggling off the order selected last reports the most recent one still selected as selectedOrderId", async () => {
    const { control } = mount({ selectionMode: "Multiple" });
    await screen.findByText("ORD-000004");
    fireEvent.click(row("ORD-000002"), { ctrlKey: true });
    fireEvent.click(row("ORD-000004"), { ctrlKey: true });
    fireEvent.click(row("ORD-000004"), { ctrlKey: true });
    expect(control.getOutputs()).toMatchObject({ selectedOrderId: "ORD-000002", selectedCount: 1, selectedOrderIds: '["ORD-000002"]' });
  });
});

describe("selection across a sort, a search and a Refresh the source runs", () => {
  const sortButton = (name: string) => within(screen.getByRole("columnheader", { name: new RegExp(`^${name}`) })).getByRole("button");
  const selectTwo = async () => {
    await screen.findByText("ORD-000004");
    fireEvent.click(row("ORD-000002"));
    fireEvent.click(row("ORD-000004"), { ctrlKey: true });
  };

  it("Connector with sortQuery: the selected orders stay selected while the sorted list loads and after, and show so when they come back", async () => {
    const { control } = mount({ selectionMode: "Multiple", sortQuery: "orderBy={field} {direction}" });
    await selectTwo();
    fireEvent.click(sortButton("Total"));
    await waitFor(() => expect(server.log.some((entry) => entry.path.includes("orderBy=total"))).toBe(true));
    await waitFor(() => expect(control.getOutputs().loadedCount).toBe(50));
    expect(control.getOutputs()).toMatchObject({ selectedCount: 2, selectedOrderIds: '["ORD-000002","ORD-000004"]', selectedOrderId: "ORD-000004" });
    expect(screen.getByTestId("footer-selected").textContent).toBe("2 selected");
    // Descending, then no sort: the list as it came, the two rows selected in it.
    fireEvent.click(sortButton("Total"));
    fireEvent.click(sortButton("Total"));
    await waitFor(() => expect(selectedRows()).toEqual(["ORD-000002", "ORD-000004"]));
    expect(control.getOutputs().selectedCount).toBe(2);
  });

  it("Connector with searchQuery: the API's search keeps the selection; a selected order among the matches shows selected", async () => {
    const { control } = mount({ selectionMode: "Multiple", searchQuery: "search={text}" });
    await selectTwo();
    const customer = row("ORD-000002").querySelectorAll("[role=gridcell]")[3]?.textContent ?? "";
    fireEvent.change(screen.getByRole("searchbox", { name: "Search orders" }), { target: { value: customer } });
    await waitFor(() => expect(server.log.some((entry) => entry.path.includes("search="))).toBe(true));
    await waitFor(() => expect(selectedRows()).toContain("ORD-000002"));
    expect(control.getOutputs()).toMatchObject({ selectedCount: 2, selectedOrderId: "ORD-000004" });
  });

  it("Refresh keeps the selection while the list reloads, then drops only the orders the whole refreshed list no longer returns", async () => {
    const { control } = mount({ selectionMode: "Multiple" });
    await selectTwo();
    const refresh = () => fireEvent.click(screen.getByRole("button", { name: "Refresh" }));
    refresh();
    await waitFor(() => expect(server.log.filter((entry) => entry.path.startsWith("/orders?page=1")).length).toBe(2));
    await waitFor(() => expect(control.getOutputs()).toMatchObject({ loadedCount: 50, hasMore: true }));
    expect(control.getOutputs().selectedCount).toBe(2);
    expect(selectedRows()).toEqual(["ORD-000002", "ORD-000004"]);

    // The API now has three orders: ORD-000004 is gone.
    await server.reset({ count: 3 });
    refresh();
    await waitFor(() => expect(control.getOutputs()).toMatchObject({ loadedCount: 3, hasMore: false }));
    await waitFor(() => expect(control.getOutputs()).toMatchObject({ selectedCount: 1, selectedOrderIds: '["ORD-000002"]', selectedOrderId: "ORD-000002" }));
    expect(selectedRows()).toEqual(["ORD-000002"]);
  });
});

describe("selection with a data-set (model-driven)", () => {
  const datasetMount = (dataset: MockDataset, options: MockContextOptions = {}) => mountControl({ dataSource: "Dataset", dataset, pageSize: 25, ...options });

  it("tells the host the selected records (command bar) and shows a selection the host sets", async () => {
    const dataset = new MockDataset({ rows: orderRows(25), pageSize: 25 });
    const { control } = datasetMount(dataset, { selectionMode: "Multiple" });
    await screen.findByText("ORD-000003");
    fireEvent.click(row("ORD-000002"));
    fireEvent.click(row("ORD-000003"), { ctrlKey: true });
    expect(dataset.selectedRecordIds).toEqual(["rec-ORD-000002", "rec-ORD-000003"]);

    act(() => {
      dataset.selectedRecordIds = ["rec-ORD-000007", "rec-ORD-000009"];
      dataset.onChange();
    });
    await waitFor(() => expect(selectedRows()).toEqual(["ORD-000007", "ORD-000009"]));
    expect(control.getOutputs()).toMatchObject({ selectedCount: 2 });
    expect(selectedIds(control.getOutputs())).toEqual(["ORD-000007", "ORD-000009"]);
  });

  it("drops selected orders the data-set no longer holds", async () => {
    const dataset = new MockDataset({ rows: orderRows(25), pageSize: 25 });
    const { control } = datasetMount(dataset, { selectionMode: "Multiple" });
    await screen.findByText("ORD-000003");
    fireEvent.click(row("ORD-000002"));
    fireEvent.click(row("ORD-000003"), { ctrlKey: true });
    act(() => dataset.setCollection(orderRows(25).filter((r) => r.orderid !== "ORD-000002")));
    await waitFor(() => expect(control.getOutputs().selectedOrderIds).toBe('["ORD-000003"]'));
    expect(selectedRows()).toEqual(["ORD-000003"]);
    // The command bar acts on what the grid shows selected.
    expect(dataset.selectedRecordIds).toEqual(["rec-ORD-000003"]);
  });

  it("a header sort through the data-set keeps the selection, in the grid and in the host", async () => {
    const dataset = new MockDataset({ rows: orderRows(60), pageSize: 25 });
    const { control } = datasetMount(dataset, { selectionMode: "Multiple" });
    await screen.findByText("ORD-000003");
    fireEvent.click(row("ORD-000002"));
    fireEvent.click(row("ORD-000003"), { ctrlKey: true });
    fireEvent.click(within(screen.getByRole("columnheader", { name: /^Order/ })).getByRole("button"));
    fireEvent.click(within(screen.getByRole("columnheader", { name: /^Order/ })).getByRole("button"));
    await waitFor(() => expect(document.querySelector("[data-order-id]")?.getAttribute("data-order-id")).toBe("ORD-000060"));
    expect(control.getOutputs()).toMatchObject({ selectedCount: 2, selectedOrderIds: '["ORD-000002","ORD-000003"]' });
    expect(dataset.selectedRecordIds).toEqual(["rec-ORD-000002", "rec-ORD-000003"]);

    // One more among the sorted records: the two selected before, now off the data-set's records, stay selected in both.
    fireEvent.click(row("ORD-000060"), { ctrlKey: true });
    await waitFor(() => expect(dataset.selectedRecordIds).toEqual(["rec-ORD-000002", "rec-ORD-000003", "rec-ORD-000060"]));
    expect(control.getOutputs()).toMatchObject({ selectedCount: 3, selectedOrderIds: '["ORD-000002","ORD-000003","ORD-000060"]' });
  });
});

describe("opening records", () => {
  it("Dataset: Enter and double-click open the record's form, unless openRecords is off; OnSelect is raised either way", async () => {
    const dataset = new MockDataset({ rows: orderRows(10), pageSize: 25 });
    const { mock, update } = mountControl({ dataSource: "Dataset", dataset, pageSize: 25 });
    await screen.findByText("ORD-000003");
    act(() => grid().focus());
    fireEvent.keyDown(grid(), { key: "ArrowDown" });
    fireEvent.keyDown(grid(), { key: "Enter" });
    fireEvent.doubleClick(screen.getByText("ORD-000004"));
    expect(dataset.opened).toEqual(["rec-ORD-000002", "rec-ORD-000004"]);
    expect(mock.raised.get("OnSelect")).toBe(1);

    update({ openRecords: false });
    fireEvent.keyDown(grid(), { key: "Enter" });
    expect(dataset.opened).toHaveLength(2);
    expect(mock.raised.get("OnSelect")).toBe(2);
  });

  it("WebApi: Enter opens the row's form by its primary key", async () => {
    const forms: unknown[] = [];
    mountControl({
      dataSource: "WebApi",
      webApiTable: "contoso_order",
      webApiColumns: "id:contoso_ordernumber, total:contoso_total",
      retrieveMultipleRecords: () =>
        Promise.resolve({ entities: [{ contoso_orderid: "6f1c0d1e-0000-4000-8000-000000000001", contoso_ordernumber: "ORD-1", contoso_total: 5 }] }),
      openForm: (options) => {
        forms.push(options);
        return Promise.resolve({});
      },
    });
    await screen.findByText("ORD-1");
    act(() => grid().focus());
    fireEvent.keyDown(grid(), { key: "Enter" });
    expect(forms).toEqual([{ entityName: "contoso_order", entityId: "6f1c0d1e-0000-4000-8000-000000000001" }]);
  });

  it("WebApi: a row of an activity table (a custom activity) opens by its primary key, activityid", async () => {
    const forms: unknown[] = [];
    mountControl({
      dataSource: "WebApi",
      webApiTable: "contoso_delivery",
      webApiColumns: "id:subject",
      retrieveMultipleRecords: () => Promise.resolve({ entities: [{ activityid: "6f1c0d1e-0000-4000-8000-000000000002", subject: "ORD-2" }] }),
      openForm: (options) => Promise.resolve(forms.push(options)),
    });
    await screen.findByText("ORD-2");
    fireEvent.doubleClick(screen.getByText("ORD-2"));
    expect(forms).toEqual([{ entityName: "contoso_delivery", entityId: "6f1c0d1e-0000-4000-8000-000000000002" }]);
  });

  it("Connector: Enter raises OnSelect and opens nothing", async () => {
    const forms: unknown[] = [];
    const { mock } = mount({ openForm: (options) => Promise.resolve(forms.push(options)) });
    await screen.findByText("ORD-000001");
    act(() => grid().focus());
    fireEvent.keyDown(grid(), { key: "Enter" });
    fireEvent.doubleClick(screen.getByText("ORD-000001"));
    expect(mock.raised.get("OnSelect")).toBe(1);
    expect(forms).toEqual([]);
  });
});
