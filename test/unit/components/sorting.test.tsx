// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ROW_HEIGHT } from "../../../OrdersGrid/components/OrdersGrid/OrdersGrid.styles";
import { FakeOrdersSource, makeOrder } from "../../support/fakeSource";
import { findFooter, renderedIds, renderPanel, scrollToRow } from "../../support/renderPanel";

const header = (name: string) => screen.getByRole("columnheader", { name: new RegExp(`^${name}`) });
const sortButton = (name: string) => within(header(name)).getByRole("button");
const sortStates = () => screen.getAllByRole("columnheader").map((cell) => cell.getAttribute("aria-sort"));

/** `count` orders in pages of 50; makeOrder's totals grow with the index, so "descending by total" is the reverse of the loaded order. */
async function panel(count = 120) {
  const source = new FakeOrdersSource({ count, pageSize: 50 });
  const view = renderPanel(source);
  await screen.findByText("ORD-000001");
  return { source, ...view };
}

describe("sorting by a column header", () => {
  it("cycles a header ascending → descending → off on each click: aria-sort, an arrow, the rows in that order, and the change reported once each", async () => {
    const { container, onSortChange } = await panel();
    expect(sortStates()).toEqual(["none", "none", "none", "none", "none"]);
    expect(header("Total").querySelector("svg")).toBeNull();

    fireEvent.click(sortButton("Total"));
    expect(sortStates()).toEqual(["none", "none", "none", "none", "ascending"]);
    expect(renderedIds(container)[0]).toBe("ORD-000001");
    expect(header("Total").querySelector("svg")).not.toBeNull();

    fireEvent.click(sortButton("Total"));
    expect(header("Total").getAttribute("aria-sort")).toBe("descending");
    expect(renderedIds(container).slice(0, 3)).toEqual(["ORD-000050", "ORD-000049", "ORD-000048"]);

    fireEvent.click(sortButton("Total"));
    expect(sortStates()).toEqual(["none", "none", "none", "none", "none"]);
    expect(renderedIds(container).slice(0, 2)).toEqual(["ORD-000001", "ORD-000002"]);
    expect(header("Total").querySelector("svg")).toBeNull();

    expect(onSortChange.mock.calls).toEqual([[{ column: "total", direction: "ascending" }], [{ column: "total", direction: "descending" }], [undefined]]);
  });

  it("sorts on Enter and on Space on a header's button, without selecting a row, and the grid's keys then work on the sorted rows", async () => {
    const { container, onSelect } = await panel();
    sortButton("Order").focus();
    fireEvent.keyDown(sortButton("Order"), { key: "Enter" });
    expect(header("Order").getAttribute("aria-sort")).toBe("ascending");
    // A sort draws the grid anew: the heading keeps the focus.
    expect(document.activeElement).toBe(sortButton("Order"));
    fireEvent.keyDown(sortButton("Order"), { key: " " });
    fireEvent.keyUp(sortButton("Order"), { key: " " });
    expect(header("Order").getAttribute("aria-sort")).toBe("descending");
    expect(onSelect).not.toHaveBeenCalled();
    expect(renderedIds(container)[0]).toBe("ORD-000050");

    const grid = screen.getByRole("grid");
    fireEvent.focus(grid);
    fireEvent.keyDown(grid, { key: "ArrowDown" });
    fireEvent.keyDown(grid, { key: "Enter" });
    expect(onSelect).toHaveBeenCalledWith(expect.objectContaining({ id: "ORD-000049" }));
  });

  it("keeps the headings one tab stop: Left, Right, Home and End move between them, and a sort keeps the focus on its heading", async () => {
    await panel();
    const tabStops = () => screen.getAllByRole("columnheader").map((cell) => within(cell).getByRole("button").tabIndex);
    expect(tabStops()).toEqual([0, -1, -1, -1, -1]);
    sortButton("Order").focus();
    fireEvent.keyDown(sortButton("Order"), { key: "ArrowRight" });
    expect(document.activeElement).toBe(sortButton("Date"));
    fireEvent.keyDown(sortButton("Date"), { key: "End" });
    expect(document.activeElement).toBe(sortButton("Total"));
    expect(tabStops()).toEqual([-1, -1, -1, -1, 0]);
    fireEvent.keyDown(sortButton("Total"), { key: "ArrowRight" });
    expect(document.activeElement).toBe(sortButton("Total"));
    fireEvent.keyDown(sortButton("Total"), { key: "Enter" });
    expect(document.activeElement).toBe(sortButton("Total"));
    expect(tabStops()).toEqual([-1, -1, -1, -1, 0]);
    fireEvent.keyDown(sortButton("Total"), { key: "ArrowLeft" });
    expect(document.activeElement).toBe(sortButton("Status"));
    fireEvent.keyDown(sortButton("Status"), { key: "Home" });
    expect(document.activeElement).toBe(sortButton("Order"));
    // The keys stay with the headings: the rows do not move.
    expect(screen.getByRole("grid").getAttribute("aria-activedescendant")).toBeNull();
  });

  it("says what activating a header does in its tooltip, and a screen reader hears the keys that resize its column", async () => {
    await panel();
    // The tooltip is the button's description: what a screen reader says after the heading's name.
    const description = () => document.getElementById(sortButton("Date").getAttribute("aria-describedby") ?? "")?.textContent;
    const keys = "Ctrl+Left or Ctrl+Right makes the column narrower or wider.";
    expect(description()).toBe(`Sort ascending. ${keys}`);
    fireEvent.click(sortButton("Date"));
    expect(description()).toBe(`Sort descending. ${keys}`);
    fireEvent.click(sortButton("Date"));
    expect(description()).toBe(`Remove sorting. ${keys}`);
    expect(within(header("Order")).getByRole("button").getAttribute("aria-describedby")).not.toBe(sortButton("Date").getAttribute("aria-describedby"));
  });

  it("says the sort covers only the orders loaded so far while more pages exist, merges new pages into the order, and keeps the sort through Refresh", async () => {
    const { container } = await panel();
    fireEvent.click(sortButton("Total"));
    fireEvent.click(sortButton("Total"));
    await findFooter("Sorted the 50 orders loaded so far");

    scrollToRow(container, 20);
    await findFooter("Sorted the 100 orders loaded so far");
    // The view stays on the orders it showed, now further down: the last page follows.
    await findFooter("End of list · Orders: 120");
    scrollToRow(container, 0);
    await waitFor(() => expect(renderedIds(container).slice(0, 3)).toEqual(["ORD-000120", "ORD-000119", "ORD-000118"]));

    fireEvent.click(screen.getByRole("button", { name: "Refresh" }));
    await findFooter("Sorted the 50 orders loaded so far");
    expect(header("Total").getAttribute("aria-sort")).toBe("descending");
    expect(renderedIds(container)[0]).toBe("ORD-000050");
  });

  it("keeps the order at the top of the view, and the active row, the same orders when a page merges in above them", async () => {
    const { container } = await panel(100);
    fireEvent.click(sortButton("Total"));
    fireEvent.click(sortButton("Total"));
    const grid = screen.getByRole("grid");
    fireEvent.focus(grid);
    fireEvent.keyDown(grid, { key: "ArrowDown" });
    const activeOrder = () => document.getElementById(grid.getAttribute("aria-activedescendant") ?? "")?.getAttribute("data-order-id");
    expect(activeOrder()).toBe("ORD-000049");

    // Row 20 at the top is ORD-000030; the next page's orders (51 to 100) all sort above it.
    scrollToRow(container, 20);
    await findFooter("End of list · Orders: 100");
    await waitFor(() => expect(grid.scrollTop).toBe(70 * ROW_HEIGHT));
    expect(renderedIds(container)).toContain("ORD-000030");
    // The active row moved down with its order (to row 51): scrolled to, it is still ORD-000049.
    scrollToRow(container, 45);
    await waitFor(() => expect(activeOrder()).toBe("ORD-000049"));
  });

  it("puts orders with no value last in both directions", async () => {
    const source = new FakeOrdersSource({ count: 3, pageSize: 50 });
    source.loadPage = (continuation) => {
      source.calls.push(continuation);
      return Promise.resolve({ items: [makeOrder(0, { customer: "Bellows College" }), makeOrder(1, { customer: undefined }), makeOrder(2, { customer: "Alpine Ski House" })], nextLink: null });
    };
    const { container } = renderPanel(source);
    await screen.findByText("ORD-000001");
    fireEvent.click(sortButton("Customer"));
    expect(renderedIds(container)).toEqual(["ORD-000003", "ORD-000001", "ORD-000002"]);
    fireEvent.click(sortButton("Customer"));
    expect(renderedIds(container)).toEqual(["ORD-000001", "ORD-000003", "ORD-000002"]);
    // Everything is loaded: the footer says the end, not "so far".
    await findFooter("End of list · Orders: 3");
  });
});
