// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";
import { orderAt } from "../../orders-api/orderData";
import type { MockContextOptions } from "../../support/mockContext";
import { mountControl } from "../../support/mountControl";
import { withOrdersApi } from "../../support/ordersApi";
import { renderedIds } from "../../support/renderPanel";

const server = withOrdersApi({ count: 120 });
beforeEach(() => server.reset());

const mount = (options: MockContextOptions = {}) => mountControl({ apiBaseUrl: server.url, ...options });
/** The reference API's orders (seed 1), as the grid loads them. */
const apiOrders = (count: number) => Array.from({ length: count }, (_, i) => orderAt(i, 1));
const searchBox = (name = "Search orders") => screen.getByRole("searchbox", { name });
const type = (text: string, box = searchBox()) => fireEvent.change(box, { target: { value: text } });
const status = () => screen.getByTestId("search-status").textContent;
const listRequests = () => server.log.filter((entry) => entry.path.startsWith("/orders"));

describe("quick find", () => {
  it("filters the loaded orders as the user types, case- and accent-insensitively, and marks the match in the cells", async () => {
    const { container } = mount();
    await screen.findByText("ORD-000001");
    const expected = apiOrders(50).filter((order) => order.customer === "Wingtip Toys");
    expect(expected.length).toBeGreaterThan(0);

    type("WÍNGTIP");
    expect(renderedIds(container)).toEqual(expected.map((order) => order.id));
    const marks = [...container.querySelectorAll("[role=gridcell] mark")].map((mark) => mark.textContent);
    expect(marks).toEqual(expected.map(() => "Wingtip"));
    expect(status()).toBe(`${expected.length} of 50 loaded orders match (more orders are not loaded yet)`);
    // Still the loaded rows: nothing was asked of the API for the search.
    expect(listRequests().some((entry) => entry.path.includes("search"))).toBe(false);

    // Over the date as the cell shows it, too.
    type("jun 30, 2026");
    const shownDates = [...container.querySelectorAll("[data-order-id]")].map((row) => within(row as HTMLElement).getAllByRole("gridcell")[1]?.textContent);
    expect(shownDates.length).toBeGreaterThan(0);
    expect(shownDates.every((date) => date?.startsWith("Jun 30, 2026"))).toBe(true);
  });

  it("searches what the cells show in the user's locale: German dates for a German user", async () => {
    const { container } = mount({ languageId: 1031, pageSize: 120 });
    await screen.findByText("ORD-000001");
    const german = searchBox("Bestellungen durchsuchen");
    type("30.06.2026", german);
    const rows = renderedIds(container);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows[0]).toBe("ORD-000001");
    expect(container.querySelector("mark")?.textContent).toBe("30.06.2026");
    // All 120 are loaded: no note about orders not loaded yet.
    expect(status()).toMatch(/^\d+ von 120 geladenen Bestellungen passen$/);
    type("jun 30", german);
    expect(renderedIds(container)).toEqual([]);
  });

  it("clears with Esc and shows every loaded order again", async () => {
    const { container } = mount();
    await screen.findByText("ORD-000001");
    type("contoso");
    expect(renderedIds(container).length).toBeLessThan(20);
    fireEvent.keyDown(searchBox(), { key: "Escape" });
    expect((searchBox() as HTMLInputElement).value).toBe("");
    expect(renderedIds(container)[0]).toBe("ORD-000001");
    expect(container.querySelector("mark")).toBeNull();
    expect(status()).toBe("");
  });

  it("says when nothing matches, how to clear it, and Clear brings the orders back with the focus in the box", async () => {
    const { container } = mount();
    await screen.findByText("ORD-000001");
    type("no such order");
    expect(screen.getByText("No orders match “no such order”")).toBeTruthy();
    expect(screen.getByText(/Only the orders loaded so far were searched\. Load all to search every order/)).toBeTruthy();
    const empty = container.querySelector<HTMLElement>('[data-grid-state="noMatch"]');
    if (!empty) throw new Error("no empty result");
    fireEvent.click(within(empty).getByRole("button", { name: "Clear search" }));
    expect(renderedIds(container)[0]).toBe("ORD-000001");
    expect(document.activeElement).toBe(searchBox());
  });

  it("with no match while loading has stopped on a failure, does not send the user to a Load all the footer no longer offers", async () => {
    await server.fault({ page: 2, status: 400, envelope: { code: "InvalidPage", message: "Page 2 is gone" } });
    const { container } = mount();
    await screen.findByText("ORD-000001");
    fireEvent.click(screen.getByRole("button", { name: "Load all" }));
    await screen.findByRole("alert");
    type("no such order");
    const empty = container.querySelector<HTMLElement>('[data-grid-state="noMatch"]');
    if (!empty) throw new Error("no empty result");
    expect(screen.queryByRole("button", { name: "Load all" })).toBeNull();
    expect(empty.textContent).not.toMatch(/Load all/);
    expect(within(empty).getByText("Clear the search to see all orders.")).toBeTruthy();
    // What was searched is still said: only the loaded orders.
    expect(status()).toBe("0 of 50 loaded orders match (more orders are not loaded yet)");
  });

  it("keeps the rows shown and their order when Load all brings more pages, appending the new matches", async () => {
    const { container } = mount();
    await screen.findByText("ORD-000001");
    type("toys");
    const before = renderedIds(container);
    const expected = apiOrders(120).filter((order) => order.customer.includes("Toys")).map((order) => order.id);
    expect(before).toEqual(expected.filter((id) => Number(id.slice(4)) <= 50));
    fireEvent.click(screen.getByRole("button", { name: "Load all" }));
    await waitFor(() => expect(status()).toBe(`${expected.length} of 120 loaded orders match`));
    expect(renderedIds(container).slice(0, before.length)).toEqual(before);
    expect(renderedIds(container).slice(0, 20)).toEqual(expected.slice(0, 20));
  });

  it("is not there when showSearch is false, and turning it off drops the search", async () => {
    const { update, container } = mount({ showSearch: false });
    await screen.findByText("ORD-000001");
    expect(screen.queryByRole("searchbox")).toBeNull();
    update({ showSearch: true });
    type("wingtip");
    expect(renderedIds(container)[0]).not.toBe("ORD-000001");
    update({ showSearch: false });
    expect(screen.queryByRole("searchbox")).toBeNull();
    expect(renderedIds(container)[0]).toBe("ORD-000001");
  });

  it("sets searchText and raises OnSearch once per pause in typing, after the outputs changed", async () => {
    const seen: string[] = [];
    const { control, notifyOutputChanged } = mount({
      onEvent: (name) => {
        if (name === "OnSearch") seen.push(`${control.getOutputs().searchText}|${notifyOutputChanged.mock.calls.length}`);
      },
    });
    await screen.findByText("ORD-000001");
    const callsBefore = notifyOutputChanged.mock.calls.length;
    type("t");
    type("to");
    type("toy");
    expect(seen).toEqual([]);
    await waitFor(() => expect(seen).toHaveLength(1));
    // notifyOutputChanged was called for searchText before OnSearch ran.
    expect(seen).toEqual([`toy|${callsBefore + 1}`]);
    expect(control.getOutputs().searchText).toBe("toy");

    fireEvent.keyDown(searchBox(), { key: "Escape" });
    await waitFor(() => expect(seen).toHaveLength(2));
    expect(control.getOutputs().searchText).toBe("");
  });

  it("gives the app the text as the cells space it: trimmed, a run of white space as one space", async () => {
    const { control } = mount();
    await screen.findByText("ORD-000001");
    type("  wide \t  world ");
    await waitFor(() => expect(control.getOutputs().searchText).toBe("wide world"));
  });

  it("Connector with searchQuery: asks the API for page 1 with the search, and shows its answer marked", async () => {
    const { container } = mount({ searchQuery: "search={text}" });
    await screen.findByText("ORD-000001");
    type("Toys");
    await waitFor(() => expect(listRequests().at(-1)?.path).toBe("/orders?page=1&pageSize=50&search=Toys"));
    const expected = apiOrders(120).filter((order) => order.customer.includes("Toys")).map((order) => order.id);
    await waitFor(() => expect(renderedIds(container).slice(0, 5)).toEqual(expected.slice(0, 5)));
    expect(status()).toBe(`Matching orders loaded: ${Math.min(50, expected.length)}`);
    expect(container.querySelector("mark")?.textContent).toBe("Toys");

    // Cleared: the list without the search, from the cache (no new request for it).
    const requests = listRequests().length;
    act(() => {
      fireEvent.keyDown(searchBox(), { key: "Escape" });
    });
    await waitFor(() => expect(renderedIds(container)[0]).toBe("ORD-000001"));
    expect(listRequests()).toHaveLength(requests);
  });
});
