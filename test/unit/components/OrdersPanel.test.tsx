// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { OrdersSource } from "../../../OrdersGrid/orders/OrdersSource";
import { withReadAhead } from "../../../OrdersGrid/sources/withReadAhead";
import { FakeOrdersSource } from "../../support/fakeSource";
import { ROW_HEIGHT } from "../../../OrdersGrid/components/OrdersGrid/OrdersGrid.styles";
import { findFooter, renderedIds, renderPanel, scrollToRow } from "../../support/renderPanel";
import { useTestClock } from "../../support/testClock";

const serverError = {
  kind: "server" as const,
  status: 500,
  message: "The orders database is offline",
  serviceMessage: "The orders database is offline",
  code: "DatabaseUnavailable",
  requestId: "req-page-3",
};

describe("OrdersPanel", () => {
  it("shows placeholder rows while the first page loads, then the orders formatted for the locale", async () => {
    const source = new FakeOrdersSource({ count: 10, pageSize: 50 });
    source.hold();
    const { container } = renderPanel(source, { locale: "de-DE" });
    expect(container.querySelectorAll('[role="row"][aria-busy="true"]').length).toBeGreaterThan(5);
    expect(renderedIds(container)).toEqual([]);

    act(() => source.release());
    await screen.findByText("ORD-000001");
    const row = container.querySelector<HTMLElement>('[data-order-id="ORD-000001"]');
    if (!row) throw new Error("no row");
    const cells = within(row).getAllByRole("gridcell").map((cell) => cell.textContent.replace(/[\u00a0\u202f]/g, " "));
    expect(cells).toEqual(["ORD-000001", "14.03.2026, 09:30", "Customer 1", "Shipped", "100,00 $"]);
    expect(container.querySelectorAll('[aria-busy="true"]')).toHaveLength(0);
  });

  it("is a named grid with one header row and column headers", async () => {
    renderPanel(new FakeOrdersSource({ count: 3, pageSize: 50 }));
    await screen.findByText("ORD-000003");
    const grid = screen.getByRole("grid", { name: "Orders" });
    expect(within(grid).getAllByRole("columnheader").map((h) => h.textContent)).toEqual(["Order", "Date", "Customer", "Status", "Total"]);
    expect(grid.getAttribute("aria-rowcount")).toBe("4");
  });

  it("requests the next page only when the user scrolls near the end, once, never two at a time", async () => {
    const source = new FakeOrdersSource({ count: 200, pageSize: 50 });
    const { container } = renderPanel(source);
    await screen.findByText("ORD-000001");
    expect(source.calls).toEqual([undefined]);

    source.hold();
    scrollToRow(container, 30);
    scrollToRow(container, 32);
    scrollToRow(container, 35);
    await waitFor(() => expect(source.calls).toEqual([undefined, "page:2"]));
    expect(container.querySelector('[data-footer-state="loadingMore"]')).not.toBeNull();
    // More scrolling while the page loads asks for nothing more.
    scrollToRow(container, 38);
    expect(source.calls).toEqual([undefined, "page:2"]);
    act(() => source.release());
    await waitFor(() => expect(renderedIds(container)).toContain("ORD-000051"));
    expect(source.calls.filter((c) => c === "page:2")).toHaveLength(1);
  });

  describe("reading ahead, as the control composes its source", () => {
    /** A first page that takes FIRST_PAGE_MS: the round trip the grid plans its prefetch on. */
    const FIRST_PAGE_MS = 150;
    // Round trips and scroll speeds on the test's own clock, whatever the machine's load.
    let clock: ReturnType<typeof useTestClock>;
    beforeEach(() => {
      clock = useTestClock();
    });
    afterEach(() => clock.restore());

    async function slowFirstPage() {
      const fake = new FakeOrdersSource({ count: 1000, pageSize: 50 });
      fake.hold();
      const { container } = renderPanel(withReadAhead(fake, { firstPage: true }));
      await clock.pass(FIRST_PAGE_MS);
      act(() => fake.release());
      await findFooter("Orders loaded: 50");
      return { fake, container };
    }

    it("while the user scrolls faster than pages arrive, loads the page after the next one as soon as the next arrives", async () => {
      const { fake, container } = await slowFirstPage();
      expect(fake.calls).toEqual([undefined]);
      fake.hold();
      scrollToRow(container, 2);
      await clock.pass(10);
      scrollToRow(container, 14);
      await waitFor(() => expect(fake.calls).toEqual([undefined, "page:2"]));
      act(() => fake.release());
      // Nobody scrolled since: page 3 is on its way because the grid will want it at once.
      await waitFor(() => expect(fake.calls).toEqual([undefined, "page:2", "page:3"]));
      await findFooter("Orders loaded: 100");
      scrollToRow(container, 70);
      await findFooter("Orders loaded: 150");
      // The grid's own request for page 3 took the one loaded ahead.
      expect(fake.calls.filter((call) => call === "page:3")).toHaveLength(1);
    });

    it("cancels the page read ahead for a list the grid no longer shows (another sort, search or setting)", async () => {
      const cancelled: (string | undefined)[] = [];
      const fake = new FakeOrdersSource({ count: 1000, pageSize: 50 });
      const recording: OrdersSource = {
        key: fake.key,
        loadPage: (continuation, signal) => {
          signal.addEventListener("abort", () => cancelled.push(continuation));
          return fake.loadPage(continuation);
        },
      };
      const shown = withReadAhead(recording, { firstPage: false });
      const { setSource } = renderPanel(shown);
      await findFooter("Orders loaded: 50");
      fake.hold();
      // The query's hint, as when the user flings: page 2 is on its way before the grid asks.
      shown.prefetch?.("page:2");
      setSource(new FakeOrdersSource({ count: 10, pageSize: 50 }));
      await findFooter("End of list · Orders: 10");
      expect(cancelled).toEqual(["page:2"]);
      act(() => fake.release());
    });

    it("at rest or scrolling slowly, loads only the page the view comes near", async () => {
      const { fake, container } = await slowFirstPage();
      await clock.pass(100);
      expect(fake.calls).toEqual([undefined]);
      scrollToRow(container, 2);
      // A pause, then a small step: a reader, not a fling.
      await clock.pass(400);
      scrollToRow(container, 14);
      await findFooter("Orders loaded: 100");
      await clock.pass(100);
      expect(fake.calls).toEqual([undefined, "page:2"]);
    });
  });

  it("keeps only the visible rows and a small overscan in the DOM", async () => {
    const source = new FakeOrdersSource({ count: 5000, pageSize: 200 });
    const { container } = renderPanel(source, { pageSize: 200 });
    await screen.findByText("ORD-000001");
    scrollToRow(container, 150);
    await screen.findByText("ORD-000151");
    const rows = Array.from(container.querySelectorAll<HTMLElement>("[data-order-id]"));
    expect(rows.length).toBeLessThan(30);
    // Row elements are reused as the view moves: each one shows its own order, at its own position.
    for (const row of rows) {
      const position = Number(row.getAttribute("aria-rowindex")) - 1;
      expect(row.dataset.orderId).toBe(`ORD-${String(position).padStart(6, "0")}`);
      expect(row.querySelector('[role="gridcell"]')?.textContent).toBe(row.dataset.orderId);
    }
  });

  it("renders rows ahead of the view while the user reads, and only the rows in view while flinging", async () => {
    const source = new FakeOrdersSource({ count: 5000, pageSize: 200 });
    const { container } = renderPanel(source, { pageSize: 200 });
    await screen.findByText("ORD-000001");
    // Rows entirely below the view of a grid scrolled to row `top` (ORD-000001 is row 0).
    const viewHeight = Number.parseFloat(screen.getByRole("grid").style.height);
    const rowsBelowView = (top: number) =>
      renderedIds(container).filter((id) => (Number(id.slice(4)) - 1) * ROW_HEIGHT >= top * ROW_HEIGHT + viewHeight).length;

    // The scroll speed is measured on the test's own clock: a loaded machine cannot turn a fling into a slow scroll.
    const clock = useTestClock();
    const pause = (ms: number) => clock.pass(ms);
    try {
      // A reader: small steps with pauses. The browser may scroll ahead of the rendering, so rows
      // ahead of the view are ready.
      scrollToRow(container, 2);
      await pause(400);
      scrollToRow(container, 4);
      expect(rowsBelowView(4)).toBeGreaterThanOrEqual(5);

      // A fling: dozens of rows a frame, far more than rows rendered ahead would cover.
      scrollToRow(container, 30);
      await pause(20);
      scrollToRow(container, 90);
      expect(rowsBelowView(90)).toBeLessThanOrEqual(1);
      expect(renderedIds(container)).toContain("ORD-000091");

      // Reading again after the fling: the rows ahead come back.
      await pause(400);
      scrollToRow(container, 92);
      expect(rowsBelowView(92)).toBeGreaterThanOrEqual(5);
    } finally {
      clock.restore();
    }
  });

  it("says so when there are no orders", async () => {
    const { container } = renderPanel(new FakeOrdersSource({ count: 0, pageSize: 50 }));
    await screen.findByText("No orders");
    expect(container.querySelector('[role="grid"]')).toBeNull();
  });

  it("says when the end of the list is reached and reports hasMore false", async () => {
    const { lastStatus } = renderPanel(new FakeOrdersSource({ count: 20, pageSize: 50 }));
    await screen.findByText("End of list · Orders: 20");
    expect(lastStatus()).toEqual({ loadedCount: 20, hasMore: false, error: null });
  });

  it("reads right for a single order, on screen and to screen readers", async () => {
    renderPanel(new FakeOrdersSource({ count: 1, pageSize: 50 }));
    await screen.findByText("End of list · Orders: 1");
    await waitFor(() => expect(screen.getByTestId("announcer").textContent).toBe("End of the list. Orders: 1"));
  });

  it("reports the loaded count and that more pages exist", async () => {
    const { lastStatus } = renderPanel(new FakeOrdersSource({ count: 200, pageSize: 50 }));
    await findFooter("Orders loaded: 50");
    expect(lastStatus()).toEqual({ loadedCount: 50, hasMore: true, error: null });
  });

  it("keeps the loaded rows when a page fails, shows message, code and request id, and Retry resumes at that page", async () => {
    const source = new FakeOrdersSource({ count: 200, pageSize: 50, failures: { 3: { ...serverError, kind: "badRequest", status: 400 } } });
    const { container, lastStatus } = renderPanel(source);
    await screen.findByText("ORD-000001");
    scrollToRow(container, 40);
    await screen.findByText("ORD-000051");
    scrollToRow(container, 80);

    const alert = await screen.findByRole("alert");
    expect(within(alert).getByText("The Sales API refused the request")).toBeTruthy();
    expect(within(alert).getByText("The orders database is offline")).toBeTruthy();
    expect(within(alert).getByTestId("error-code").textContent).toBe("DatabaseUnavailable");
    expect(within(alert).getByTestId("error-request-id").textContent).toBe("req-page-3");
    expect(within(alert).getByText("The orders already loaded are kept (100).")).toBeTruthy();
    expect(lastStatus()).toMatchObject({ loadedCount: 100, hasMore: true, error: { code: "DatabaseUnavailable" } });
    expect(renderedIds(container)).toContain("ORD-000090");
    // A failed page is not requested again by scrolling: only by Retry.
    scrollToRow(container, 85);
    expect(source.calls).toEqual([undefined, "page:2", "page:3"]);

    source.heal(3);
    fireEvent.click(within(alert).getByRole("button", { name: "Retry" }));
    await waitFor(() => expect(lastStatus()?.loadedCount).toBeGreaterThanOrEqual(150));
    scrollToRow(container, 100);
    await screen.findByText("ORD-000101");
    // Page 3 again, not page 1; a quick scroll may already have asked for page 4 after it.
    expect(source.calls.slice(0, 4)).toEqual([undefined, "page:2", "page:3", "page:3"]);
    expect(source.calls.filter((c) => c === undefined)).toHaveLength(1);
    expect(screen.queryByRole("alert")).toBeNull();
    expect(lastStatus()?.error).toBeNull();
    expect(lastStatus()?.loadedCount).toBeGreaterThanOrEqual(150);
  });

  it("retries a failed first page from the start", async () => {
    const source = new FakeOrdersSource({ count: 10, pageSize: 50, failures: { 1: { kind: "forbidden", status: 403, message: "No access", code: "Forbidden" } } });
    renderPanel(source);
    const alert = await screen.findByRole("alert");
    expect(within(alert).getByText("You don't have access to these orders: ask your administrator")).toBeTruthy();
    source.heal(1);
    fireEvent.click(within(alert).getByRole("button", { name: "Retry" }));
    await screen.findByText("ORD-000010");
    expect(source.calls).toEqual([undefined, undefined]);
  });

  it("selects an order by click and marks it selected", async () => {
    const { container, onSelect } = renderPanel(new FakeOrdersSource({ count: 5, pageSize: 50 }));
    await screen.findByText("ORD-000003");
    const row = (id: string) => container.querySelector<HTMLElement>(`[data-order-id="${id}"]`) ?? document.body;
    fireEvent.click(row("ORD-000003"));
    expect(onSelect).toHaveBeenLastCalledWith(expect.objectContaining({ id: "ORD-000003" }));
    expect(row("ORD-000003").getAttribute("aria-selected")).toBe("true");
    fireEvent.click(row("ORD-000004"));
    expect(row("ORD-000003").getAttribute("aria-selected")).toBe("false");
    expect(onSelect).toHaveBeenCalledTimes(2);
  });

  it("moves through rows and cells with the keyboard, keeping focus on the grid, and selects with Enter", async () => {
    const { container, onSelect } = renderPanel(new FakeOrdersSource({ count: 30, pageSize: 50 }));
    await screen.findByText("ORD-000001");
    const grid = screen.getByRole("grid", { name: "Orders" });
    const activeText = () => document.getElementById(grid.getAttribute("aria-activedescendant") ?? "")?.textContent ?? "";
    act(() => grid.focus());
    expect(document.activeElement).toBe(grid);
    expect(activeText()).toMatch(/^ORD-000001/);

    fireEvent.keyDown(grid, { key: "ArrowDown" });
    fireEvent.keyDown(grid, { key: "ArrowDown" });
    expect(activeText()).toMatch(/^ORD-000003/);
    fireEvent.keyDown(grid, { key: "ArrowRight" });
    fireEvent.keyDown(grid, { key: "ArrowRight" });
    fireEvent.keyDown(grid, { key: "ArrowRight" });
    expect(activeText()).toBe("Customer 3");
    fireEvent.keyDown(grid, { key: "Home" });
    expect(activeText()).toBe("ORD-000003");
    fireEvent.keyDown(grid, { key: "ArrowLeft" });
    expect(activeText()).toMatch(/^ORD-000003.*Shipped/);

    fireEvent.keyDown(grid, { key: "End" });
    await waitFor(() => expect(activeText()).toMatch(/^ORD-000030/));
    expect(renderedIds(container)).toContain("ORD-000030");
    fireEvent.keyDown(grid, { key: "Enter" });
    expect(onSelect).toHaveBeenLastCalledWith(expect.objectContaining({ id: "ORD-000030" }));
    expect(document.activeElement).toBe(grid);
  });

  it("keeps the keyboard position while more pages arrive", async () => {
    const source = new FakeOrdersSource({ count: 200, pageSize: 50 });
    renderPanel(source);
    await findFooter("Orders loaded: 50");
    const grid = screen.getByRole("grid", { name: "Orders" });
    act(() => grid.focus());
    for (let i = 0; i < 40; i++) fireEvent.keyDown(grid, { key: "ArrowDown" });
    await findFooter("Orders loaded: 100");
    expect(document.activeElement).toBe(grid);
    expect(document.getElementById(grid.getAttribute("aria-activedescendant") ?? "")?.textContent).toMatch(/^ORD-000041/);
    expect(grid.getAttribute("aria-rowcount")).toBe("-1");
  });

  it("tells screen readers how many orders arrived and when the list ends", async () => {
    const source = new FakeOrdersSource({ count: 120, pageSize: 50 });
    const { container } = renderPanel(source);
    const announcer = () => screen.getByTestId("announcer").textContent;
    await waitFor(() => expect(announcer()).toBe("Orders loaded: 50"));
    scrollToRow(container, 40);
    await waitFor(() => expect(announcer()).toBe("More orders loaded: 50, 100 in all"));
    scrollToRow(container, 90);
    await waitFor(() => expect(announcer()).toBe("End of the list. Orders: 120"));
  });

  it("reloads from page 1 on Refresh, and says so", async () => {
    const source = new FakeOrdersSource({ count: 200, pageSize: 50 });
    const { container } = renderPanel(source);
    await findFooter("Orders loaded: 50");
    scrollToRow(container, 40);
    await waitFor(() => expect(source.calls).toContain("page:2"));
    await waitFor(() => expect(container.querySelector('[data-footer-state="loaded"]')).not.toBeNull());
    const before = source.calls.length;
    source.hold();
    fireEvent.click(screen.getByRole("button", { name: "Refresh" }));
    await findFooter("Reloading from the first page…");
    act(() => source.release());
    await findFooter("Orders loaded: 50");
    expect(source.calls.slice(before)).toEqual([undefined]);
    expect(renderedIds(container)[0]).toBe("ORD-000001");
  });

  it("does not refetch when the window regains focus or comes back online", async () => {
    const source = new FakeOrdersSource({ count: 200, pageSize: 50 });
    renderPanel(source);
    await findFooter("Orders loaded: 50");
    act(() => {
      window.dispatchEvent(new Event("visibilitychange"));
      window.dispatchEvent(new Event("focus"));
      window.dispatchEvent(new Event("online"));
    });
    await new Promise((r) => setTimeout(r, 50));
    expect(source.calls).toEqual([undefined]);
  });

  it("copies the request id for a support ticket", async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, "clipboard", { configurable: true, value: { writeText } });
    const source = new FakeOrdersSource({ count: 10, pageSize: 50, failures: { 1: { ...serverError, kind: "badRequest", status: 400 } } });
    renderPanel(source);
    const alert = await screen.findByRole("alert");
    fireEvent.click(within(alert).getByRole("button", { name: "Copy" }));
    expect(writeText).toHaveBeenCalledWith("req-page-3");
    await within(alert).findByRole("button", { name: "Copied" });
  });
});
