// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { MockDataset, orderRows } from "../../support/mockDataset";
import { mountControl } from "../../support/mountControl";
import { orderAt } from "../../orders-api/orderData";
import { withOrdersApi } from "../../support/ordersApi";

const server = withOrdersApi({ count: 120 });

const row = (id: string) => {
  const element = document.querySelector<HTMLElement>(`[data-order-id="${id}"]`);
  if (!element) throw new Error(`no row ${id}`);
  return element;
};
const grid = (name = "Orders") => screen.getByRole("grid", { name });
/** The cell or row the grid's aria-activedescendant names. */
const active = () => {
  const id = grid().getAttribute("aria-activedescendant");
  const element = id ? document.getElementById(id) : null;
  if (!element) throw new Error("no active cell or row");
  return element;
};
const press = (key: string, times = 1) => {
  for (let i = 0; i < times; i++) fireEvent.keyDown(grid(), { key });
};

let clipboard: string[];
let downloads: { name: string; blob: Blob }[];
beforeEach(async () => {
  await server.reset();
  clipboard = [];
  downloads = [];
  Object.defineProperty(navigator, "clipboard", {
    configurable: true,
    value: { writeText: (text: string) => Promise.resolve(void clipboard.push(text)) },
  });
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, "createObjectURL").mockImplementation((blob) => {
    const url = `blob:test/${blobs.size}`;
    if (blob instanceof Blob) blobs.set(url, blob);
    return url;
  });
  vi.spyOn(URL, "revokeObjectURL").mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (blob) downloads.push({ name: this.download, blob });
  });
});
afterEach(() => vi.restoreAllMocks());

/** A data-set order whose customer and status are formulas: what a hostile record could hold. */
const hostileRows = () =>
  orderRows(3).map((r, i) => (i === 1 ? { ...r, account: '=HYPERLINK("http://evil.example","click")', state: "@SUM(1+1)", amount: -12.5 } : r));

/** The lines of the one file Export wrote, its byte order mark off, once it is there. */
async function downloadedLines(): Promise<string[]> {
  await waitFor(() => expect(downloads).toHaveLength(1));
  return (await (downloads[0]?.blob ?? new Blob()).text()).replace(/^\uFEFF/, "").split("\r\n");
}

describe("copying", () => {
  it("Ctrl+C copies the selected rows as tab-separated text with a header row, the values as shown, and says how many", async () => {
    mountControl({ apiBaseUrl: server.url, selectionMode: "Multiple", languageId: 1031 });
    await screen.findByText("ORD-000003");
    fireEvent.click(row("ORD-000002"));
    fireEvent.click(row("ORD-000003"), { ctrlKey: true });
    act(() => grid("Bestellungen").focus());
    fireEvent.keyDown(grid("Bestellungen"), { key: "c", ctrlKey: true });
    await screen.findByText("Zeilen kopiert: 2");
    const lines = clipboard[0]?.split("\r\n") ?? [];
    expect(lines).toHaveLength(3);
    // The German headings, as the grid shows them.
    expect(lines[0]).toBe("Bestellung\tDatum\tKunde\tStatus\tSumme");
    expect(lines[1]?.split("\t")[0]).toBe("ORD-000002");
    // As the German user sees them: the grid's own cell text.
    expect(lines[1]?.split("\t")).toEqual(Array.from(row("ORD-000002").querySelectorAll('[role="gridcell"]'), (cell) => cell.textContent).slice(1));
  });

  it("copies the focused row when none is selected (Cmd+C), and makes formulas inert", async () => {
    const dataset = new MockDataset({ rows: hostileRows(), pageSize: 25 });
    mountControl({ dataSource: "Dataset", dataset, pageSize: 25, selectionMode: "None" });
    await screen.findByText("ORD-000002");
    act(() => grid().focus());
    fireEvent.keyDown(grid(), { key: "ArrowDown" });
    fireEvent.keyDown(grid(), { key: "c", metaKey: true });
    await screen.findByText("Rows copied: 1");
    const cells = clipboard[0]?.split("\r\n")[1]?.split("\t");
    expect(cells?.[0]).toBe("ORD-000002");
    expect(cells?.[2]).toBe('\'=HYPERLINK("http://evil.example","click")');
    expect(cells?.[3]).toBe("'@SUM(1+1)");
    expect(cells?.[4]).toBe("$-12.50");
  });

  it("with a cell focused and none selected, copies that cell's value alone, as shown and inert; back on the row, the row with its header", async () => {
    const dataset = new MockDataset({ rows: hostileRows(), pageSize: 25 });
    mountControl({ dataSource: "Dataset", dataset, pageSize: 25, selectionMode: "Multiple" });
    await screen.findByText("ORD-000002");
    act(() => grid().focus());
    press("ArrowDown");
    press("ArrowRight", 3);
    expect(active().getAttribute("role")).toBe("gridcell");
    const shownCustomer = active().textContent;
    fireEvent.keyDown(grid(), { key: "c", ctrlKey: true });
    await waitFor(() => expect(clipboard).toHaveLength(1));
    // One value for one spreadsheet cell: no header, no tab, no line break; the formula made text.
    expect(clipboard).toEqual([`'${shownCustomer}`]);
    await screen.findByText("Value copied");
    expect(shownCustomer).toBe('=HYPERLINK("http://evil.example","click")');

    press("ArrowRight", 2);
    fireEvent.keyDown(grid(), { key: "c", ctrlKey: true });
    await waitFor(() => expect(clipboard).toHaveLength(2));
    expect(clipboard[1]).toBe(active().textContent);

    press("ArrowLeft", 5);
    expect(active().getAttribute("role")).toBe("row");
    fireEvent.keyDown(grid(), { key: "c", ctrlKey: true });
    await screen.findByText("Rows copied: 1");
    const lines = clipboard[2]?.split("\r\n");
    expect(lines?.[0]).toBe("Order\tDate\tCustomer\tStatus\tTotal");
    expect(lines?.[1]?.split("\t")[0]).toBe("ORD-000002");
  });

  it("with rows selected, copies those rows even while a cell is focused", async () => {
    mountControl({ apiBaseUrl: server.url, selectionMode: "Multiple" });
    await screen.findByText("ORD-000003");
    fireEvent.click(row("ORD-000003"));
    act(() => grid().focus());
    press("ArrowRight", 2);
    expect(active().getAttribute("role")).toBe("gridcell");
    fireEvent.keyDown(grid(), { key: "c", ctrlKey: true });
    await screen.findByText("Rows copied: 1");
    expect(clipboard[0]?.split("\r\n").map((line) => line.split("\t")[0])).toEqual(["Order", "ORD-000003"]);
  });

  it("copies the selected orders a quick find of the loaded rows hides, as the footer counts them and Export writes them", async () => {
    mountControl({ apiBaseUrl: server.url, selectionMode: "Multiple" });
    await screen.findByText("ORD-000003");
    fireEvent.click(row("ORD-000002"));
    fireEvent.click(row("ORD-000003"), { ctrlKey: true });
    // A search only ORD-000002 of the two matches: ORD-000003 is selected but hidden.
    const customer = orderAt(1, 1).customer;
    expect(orderAt(2, 1).customer).not.toBe(customer);
    fireEvent.change(screen.getByRole("searchbox", { name: "Search orders" }), { target: { value: customer } });
    await waitFor(() => expect(document.querySelector('[data-order-id="ORD-000003"]')).toBeNull());
    expect(screen.getByTestId("footer-selected").textContent).toBe("2 selected");
    act(() => grid().focus());
    fireEvent.keyDown(grid(), { key: "c", ctrlKey: true });
    // The toast says that one of them is not in view.
    await screen.findByText("Rows copied: 2 (1 hidden by the search)");
    expect(clipboard[0]?.split("\r\n").map((line) => line.split("\t")[0])).toEqual(["Order", "ORD-000002", "ORD-000003"]);
    fireEvent.click(screen.getByRole("button", { name: "Export" }));
    expect((await downloadedLines()).filter(Boolean).slice(1).map((line) => line.split(",")[0])).toEqual(["ORD-000002", "ORD-000003"]);
  });
});

describe("copying in Single selection, and with a selection outside the list", () => {
  it("Single: the row clicked last does not stop a focused cell from being copied alone", async () => {
    mountControl({ apiBaseUrl: server.url });
    await screen.findByText("ORD-000004");
    fireEvent.click(row("ORD-000002"));
    act(() => grid().focus());
    press("ArrowDown", 2);
    press("ArrowRight", 2);
    expect(active().getAttribute("role")).toBe("gridcell");
    const shown = active().textContent;
    fireEvent.keyDown(grid(), { key: "c", ctrlKey: true });
    await screen.findByText("Value copied");
    expect(clipboard).toEqual([shown]);
  });

  it("Single: a selected row a quick find hides is not copied; the focused row is", async () => {
    mountControl({ apiBaseUrl: server.url });
    await screen.findByText("ORD-000003");
    fireEvent.click(row("ORD-000003"));
    const customer = orderAt(1, 1).customer;
    expect(orderAt(2, 1).customer).not.toBe(customer);
    fireEvent.change(screen.getByRole("searchbox", { name: "Search orders" }), { target: { value: customer } });
    await waitFor(() => expect(document.querySelector('[data-order-id="ORD-000003"]')).toBeNull());
    act(() => grid().focus());
    expect(active().getAttribute("data-order-id")).toBe("ORD-000002");
    fireEvent.keyDown(grid(), { key: "c", ctrlKey: true });
    await screen.findByText("Rows copied: 1");
    expect(clipboard[0]?.split("\r\n").map((line) => line.split("\t")[0])).toEqual(["Order", "ORD-000002"]);
  });

  it("a search the API ran keeps the selection; Export then writes the orders shown, not an empty file", async () => {
    mountControl({ apiBaseUrl: server.url, selectionMode: "Multiple", searchQuery: "search={text}" });
    await screen.findByText("ORD-000003");
    fireEvent.click(row("ORD-000002"));
    fireEvent.click(row("ORD-000003"), { ctrlKey: true });
    const shownBefore = new Set([...document.querySelectorAll("[data-order-id]")].map((element) => element.getAttribute("data-order-id")));
    // A customer of none of the two selected orders.
    const other = Array.from({ length: 120 }, (_, i) => orderAt(i, 1)).find((order) => order.customer !== orderAt(1, 1).customer && order.customer !== orderAt(2, 1).customer);
    fireEvent.change(screen.getByRole("searchbox", { name: "Search orders" }), { target: { value: other?.customer ?? "" } });
    await waitFor(() => expect(server.log.some((entry) => entry.path.includes("search="))).toBe(true));
    await waitFor(() => expect([...document.querySelectorAll("[data-order-id]")].some((element) => !shownBefore.has(element.getAttribute("data-order-id")))).toBe(true));
    expect(screen.getByTestId("footer-selected").textContent).toBe("2 selected");

    fireEvent.click(screen.getByRole("button", { name: "Export" }));
    const lines = (await downloadedLines()).filter(Boolean);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.slice(1).every((line) => line.includes(other?.customer ?? "?"))).toBe(true);
  });
});

describe("exporting", () => {
  it("names the file after the control's label in the app, so two grids' exports do not share a name", async () => {
    mountControl({ apiBaseUrl: server.url, label: "Open orders" });
    await screen.findByText("ORD-000003");
    fireEvent.click(screen.getByRole("button", { name: "Export" }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0]?.name).toMatch(/^Open orders-\d{4}-\d{2}-\d{2}T\d{4}\.csv$/);
    await screen.findByText(/Open orders-.*\.csv/);
  });

  it("writes every loaded order to a UTF-8 CSV with a BOM, formatted and raw values, and says only the loaded ones are in it", async () => {
    mountControl({ apiBaseUrl: server.url });
    await screen.findByText("ORD-000003");
    fireEvent.click(screen.getByRole("button", { name: "Export" }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    const file = downloads[0];
    expect(file?.name).toMatch(/^orders-\d{4}-\d{2}-\d{2}T\d{4}\.csv$/);
    const bytes = new Uint8Array(await (file?.blob ?? new Blob()).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // TextDecoder reads the BOM as the encoding's mark, not as text.
    const lines = new TextDecoder().decode(bytes).split("\r\n");
    expect(lines[0]).toBe("Order,Date,Customer,Status,Total,Date (ISO 8601),Total (number),Currency");
    // 50 loaded orders, then the line end after the last one.
    expect(lines).toHaveLength(52);
    const first = orderAt(0, 1);
    expect(lines[1]?.startsWith("ORD-000001,")).toBe(true);
    expect(lines[1]?.endsWith(`,${first.date},${first.total},${first.currency}`)).toBe(true);
    await screen.findByText(`Loaded orders exported: 50 (${file?.name ?? ""}). Orders not loaded yet are not in the file.`);
  });

  it("separates with ; where the user's decimal separator is a comma (German), as Excel there opens a CSV in columns; the raw number stays invariant", async () => {
    mountControl({ apiBaseUrl: server.url, languageId: 1031 });
    await screen.findByText("ORD-000003");
    fireEvent.click(screen.getByRole("button", { name: "Exportieren" }));
    const lines = await downloadedLines();
    expect(lines[0]).toBe("Bestellung;Datum;Kunde;Status;Summe;Datum (ISO 8601);Summe (Zahl);Währung");
    const first = orderAt(0, 1);
    // The German date and total hold commas ("14.03.2026, 09:30", "1.234,56 €"): no quotes needed with ;.
    const shown = Array.from(row("ORD-000001").querySelectorAll('[role="gridcell"]'), (cell) => cell.textContent);
    expect(shown.some((text) => text.includes(","))).toBe(true);
    expect(lines[1]).toBe([...shown, first.date, String(first.total), first.currency].join(";"));
  });

  it("writes a chosen Currency column once, not again beside the raw values", async () => {
    mountControl({ apiBaseUrl: server.url, columns: "id, total, currency" });
    await screen.findByText("ORD-000003");
    fireEvent.click(screen.getByRole("button", { name: "Export" }));
    const lines = await downloadedLines();
    expect(lines[0]).toBe("Order,Total,Currency,Date (ISO 8601),Total (number)");
    const first = orderAt(0, 1);
    expect(lines[1]?.endsWith(`,${first.currency},${first.date},${first.total}`)).toBe(true);
  });

  it("writes only the selected orders, with formulas inert and quotes escaped", async () => {
    const dataset = new MockDataset({ rows: hostileRows(), pageSize: 25 });
    mountControl({ dataSource: "Dataset", dataset, pageSize: 25, selectionMode: "Multiple" });
    await screen.findByText("ORD-000002");
    fireEvent.click(row("ORD-000002"));
    fireEvent.click(screen.getByRole("button", { name: "Export" }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    const text = await (downloads[0]?.blob ?? new Blob()).text();
    const lines = text.replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[0]).toMatch(/^Order,/);
    expect(lines).toHaveLength(3);
    // The raw total stays a number; the formatted one is the host's text.
    expect(lines[1]).toBe('ORD-000002,2026-03-14T09:30:00.000Z,"\'=HYPERLINK(""http://evil.example"",""click"")",\'@SUM(1+1),$-12.50,2026-03-14T09:30:00.000Z,-12.5,');
    await screen.findByText(/^Orders exported: 1 \(orders-.*\.csv\)$/);
  });
});
