// @vitest-environment jsdom
import { act, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ORDER_COLUMNS } from "../../../OrdersGrid/components/OrdersGrid/columns";
import type { MockContextOptions } from "../../support/mockContext";
import { mountControl } from "../../support/mountControl";
import { withOrdersApi } from "../../support/ordersApi";
import { FakeOrdersSource } from "../../support/fakeSource";
import { findFooter, renderPanel, scrollToRow } from "../../support/renderPanel";

const server = withOrdersApi({ count: 120 });

/** The width (px) jsdom, which lays nothing out, reports for every heading: what a browser drew. */
const DRAWN = 200;
beforeEach(() => {
  // Everything else measures 0, as in jsdom.
  vi.spyOn(HTMLElement.prototype, "getBoundingClientRect").mockImplementation(function (this: HTMLElement) {
    return new DOMRect(0, 0, this.getAttribute("role") === "columnheader" ? DRAWN : 0, 0);
  });
});
afterEach(() => vi.restoreAllMocks());

const mount = (options: MockContextOptions) => mountControl({ apiBaseUrl: server.url, ...options });
/** The panel over 120 orders in pages of 50, every column shown (the width is not known). */
async function panel(options: Parameters<typeof renderPanel>[1] = {}) {
  const view = renderPanel(new FakeOrdersSource({ count: 120, pageSize: 50 }), options);
  await screen.findByText("ORD-000001");
  return view;
}
const minWidth = (key: string) => ORDER_COLUMNS.find((column) => column.key === key)?.minWidth ?? Number.NaN;
const header = (name: string) => screen.getByRole("columnheader", { name: new RegExp(`^${name}`) });
const sortButton = (name: string) => within(header(name)).getByRole("button");
const announcement = () => screen.getByTestId("resize-announcer").textContent;
/** Ctrl+Left or Ctrl+Right on the heading's button, as a keyboard user presses it. */
const press = (name: string, key: "ArrowLeft" | "ArrowRight") => fireEvent.keyDown(sortButton(name), { key, ctrlKey: true });
/** The flex (width) of column `col` (0-based) in the header and in every order row in the DOM. */
function columnFlex(container: HTMLElement, col: number): { header: string; rows: string[] } {
  const heading = screen.getAllByRole("columnheader")[col];
  const rows = [...container.querySelectorAll<HTMLElement>("[data-order-id]")];
  return { header: heading?.style.flex ?? "", rows: rows.map((row) => within(row).getAllByRole("gridcell")[col]?.style.flex ?? "") };
}

describe("resizing a column from the keyboard", () => {
  it("Ctrl+Right and Ctrl+Left make the focused heading's column 16 px wider or narrower, the rows' cells with it, and say the new width", async () => {
    const { container } = await panel();
    const customer = 2;
    const before = columnFlex(container, customer);
    expect(before.header).toBe("2 1 0px");

    act(() => sortButton("Customer").focus());
    press("Customer", "ArrowRight");
    expect(columnFlex(container, customer).header).toBe(`0 0 ${DRAWN + 16}px`);
    expect(announcement()).toBe(`Customer column: ${DRAWN + 16} pixels wide`);
    press("Customer", "ArrowRight");
    const wider = columnFlex(container, customer);
    expect(wider.header).toBe(`0 0 ${DRAWN + 32}px`);
    // Header and cells agree: every row in the DOM draws the column as wide as its heading.
    expect(wider.rows.length).toBeGreaterThan(5);
    expect(new Set(wider.rows)).toEqual(new Set([wider.header]));
    // The other columns keep sharing what is left.
    expect(columnFlex(container, 1).header).toBe("1.4 1 0px");
    expect(announcement()).toBe(`Customer column: ${DRAWN + 32} pixels wide`);

    // The keys resize; they neither move the focus to the next heading nor sort.
    expect(document.activeElement).toBe(sortButton("Customer"));
    expect(header("Customer").getAttribute("aria-sort")).toBe("none");

    press("Customer", "ArrowLeft");
    expect(columnFlex(container, customer).header).toBe(`0 0 ${DRAWN + 16}px`);
    // Down to the column's minimum, and no further.
    for (let i = 0; i < 5; i++) press("Customer", "ArrowLeft");
    const narrowest = columnFlex(container, customer);
    expect(narrowest.header).toBe(`0 0 ${minWidth("customer")}px`);
    expect(new Set(narrowest.rows)).toEqual(new Set([narrowest.header]));
    expect(announcement()).toBe(`Customer column: ${minWidth("customer")} pixels wide, its minimum`);

    // Left and Right without Ctrl still move between the headings.
    fireEvent.keyDown(sortButton("Customer"), { key: "ArrowRight" });
    expect(document.activeElement).toBe(sortButton("Status"));
  });

  it("says the minimum again at each further Ctrl+Left, though the width no longer changes", async () => {
    await panel();
    act(() => sortButton("Status").focus());
    for (let i = 0; i < 10; i++) press("Status", "ArrowLeft");
    expect(announcement()).toBe(`Status column: ${minWidth("status")} pixels wide, its minimum`);
    const changes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => changes.push(...records));
    observer.observe(screen.getByTestId("resize-announcer"), { childList: true, subtree: true, characterData: true });
    press("Status", "ArrowLeft");
    await act(() => Promise.resolve());
    observer.disconnect();
    // The live region changed, so a screen reader speaks; and it says the same.
    expect(changes.length).toBeGreaterThan(0);
    expect(announcement()).toBe(`Status column: ${minWidth("status")} pixels wide, its minimum`);
  });

  it("says the width in the user's language", async () => {
    await panel({ lcid: 1031, locale: "de-DE" });
    act(() => sortButton("Kunde").focus());
    press("Kunde", "ArrowRight");
    expect(announcement()).toBe(`Spalte Kunde: ${DRAWN + 16} Pixel breit`);
  });

  it("makes the rows at least as wide as the resized columns need: a grid narrower than that scrolls sideways rather than cut them", async () => {
    const { container } = await panel();
    act(() => sortButton("Customer").focus());
    for (let i = 0; i < 10; i++) press("Customer", "ArrowRight");
    const customerWidth = DRAWN + 10 * 16;
    const others = ORDER_COLUMNS.filter((column) => column.key !== "customer").reduce((sum, column) => sum + column.minWidth, 0);
    const [headerGroup, bodyGroup] = container.querySelectorAll<HTMLElement>('[role="grid"] > [role="rowgroup"]');
    expect(headerGroup?.style.minWidth).toBe(`${customerWidth + others}px`);
    expect(bodyGroup?.style.minWidth).toBe(`${customerWidth + others}px`);
  });

  it("offers a resize handle on every heading's edge while the rows are lines, hidden from screen readers", async () => {
    const { container } = await panel();
    const handles = screen.getAllByRole("columnheader").map((heading) => heading.querySelector(".fui-TableResizeHandle"));
    expect(handles.every((handle) => handle?.getAttribute("aria-hidden") === "true")).toBe(true);
    expect(container.querySelectorAll(".fui-TableResizeHandle")).toHaveLength(5);
  });
});

describe("resized columns in the control", () => {
  beforeEach(() => server.reset());

  it("keeps the width through new pages, sorting, quick find (no match included) and Refresh", async () => {
    const { container } = mount({ allocatedWidth: 1000, pageSize: 50 });
    await screen.findByText("ORD-000001");
    act(() => sortButton("Customer").focus());
    press("Customer", "ArrowRight");
    const resized = `0 0 ${DRAWN + 16}px`;

    scrollToRow(container, 40);
    await findFooter("Orders loaded: 100");
    expect(columnFlex(container, 2).header).toBe(resized);

    fireEvent.click(sortButton("Total"));
    expect(header("Total").getAttribute("aria-sort")).toBe("ascending");
    expect(columnFlex(container, 2).header).toBe(resized);

    const searchBox = screen.getByRole("searchbox", { name: "Search orders" });
    fireEvent.change(searchBox, { target: { value: "no such customer" } });
    expect(screen.queryByRole("grid")).toBeNull();
    fireEvent.change(searchBox, { target: { value: "" } });
    expect(columnFlex(container, 2).header).toBe(resized);

    fireEvent.click(screen.getByRole("button", { name: "Refresh" }));
    await findFooter("Sorted the 50 orders loaded so far");
    const afterRefresh = columnFlex(container, 2);
    expect(afterRefresh.header).toBe(resized);
    expect(new Set(afterRefresh.rows)).toEqual(new Set([resized]));
  });

  it("is off in cards (a narrow control): no resize handle, and Ctrl+Right moves to the next heading", async () => {
    const { container } = mount({ allocatedWidth: 220 });
    await screen.findByText("ORD-000001");
    expect(container.querySelector(".fui-TableResizeHandle")).toBeNull();
    act(() => sortButton("Order").focus());
    press("Order", "ArrowRight");
    expect(document.activeElement).toBe(sortButton("Total"));
    expect(header("Order").style.flex).toBe("1 1 0px");
    expect(announcement()).toBe("");
  });
});
