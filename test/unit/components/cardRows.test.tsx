// @vitest-environment jsdom
import { act, fireEvent, screen, within } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";
import { CARD_ROW_HEIGHT, HEADER_HEIGHT, ROW_HEIGHT } from "../../../OrdersGrid/components/OrdersGrid/OrdersGrid.styles";
import { SEARCH_BAR_HEIGHT } from "../../../OrdersGrid/components/QuickFind/QuickFind";
import { FOOTER_HEIGHT } from "../../../OrdersGrid/components/StatusFooter/StatusFooter";
import { mountControl } from "../../support/mountControl";
import { withOrdersApi } from "../../support/ordersApi";
import { rowOf, scrollToRow } from "../../support/renderPanel";

const server = withOrdersApi({ count: 120 });
beforeEach(() => server.reset());

const HEIGHT = 480;

describe("a control narrower than Order and Total side by side", () => {
  it("shows each order as a two-line card that is still a grid row: Order, then Total", async () => {
    const { container } = mountControl({ apiBaseUrl: server.url, allocatedWidth: 220, allocatedHeight: HEIGHT });
    await screen.findByText("ORD-000001");
    expect(screen.getAllByRole("columnheader").map((h) => [h.textContent, h.getAttribute("aria-colindex")])).toEqual([
      ["Order", "1"],
      ["Total", "2"],
    ]);
    const second = rowOf(container, "ORD-000002");
    expect(second.getAttribute("aria-rowindex")).toBe("3");
    expect(second.style.height).toBe(`${CARD_ROW_HEIGHT}px`);
    expect(second.style.top).toBe(`${CARD_ROW_HEIGHT}px`);
    expect(within(second).getAllByRole("gridcell").map((cell) => cell.getAttribute("aria-colindex"))).toEqual(["1", "2"]);
    expect(within(second).getAllByRole("gridcell")[0]?.textContent).toBe("ORD-000002");
    // Virtualized as before: the rows in view and the overscan, not the 50 loaded.
    expect(container.querySelectorAll("[data-order-id]").length).toBeLessThan(30);
  });

  it("pages the keyboard by the cards in view and moves between a card's two cells", async () => {
    mountControl({ apiBaseUrl: server.url, allocatedWidth: 220, allocatedHeight: HEIGHT });
    await screen.findByText("ORD-000001");
    const grid = screen.getByRole("grid", { name: "Orders" });
    const activeText = () => document.getElementById(grid.getAttribute("aria-activedescendant") ?? "")?.textContent ?? "";
    act(() => grid.focus());
    fireEvent.keyDown(grid, { key: "PageDown" });
    const page = Math.floor((HEIGHT - SEARCH_BAR_HEIGHT - HEADER_HEIGHT - FOOTER_HEIGHT) / CARD_ROW_HEIGHT) - 1;
    expect(activeText()).toMatch(new RegExp(`^ORD-${String(1 + page).padStart(6, "0")}`));
    fireEvent.keyDown(grid, { key: "ArrowRight" });
    expect(activeText()).toBe(`ORD-${String(1 + page).padStart(6, "0")}`);
    fireEvent.keyDown(grid, { key: "ArrowRight" });
    expect(activeText()).toMatch(/^[$€£][\d,]+\.\d\d$/);
  });

  it("keeps the row at the top when the rows turn into cards and back", async () => {
    const { container, update } = mountControl({ apiBaseUrl: server.url, allocatedWidth: 800, allocatedHeight: HEIGHT });
    await screen.findByText("ORD-000001");
    scrollToRow(container, 20);
    const grid = screen.getByRole("grid", { name: "Orders" });
    update({ allocatedWidth: 220 });
    expect(grid.scrollTop).toBe(20 * CARD_ROW_HEIGHT);
    update({ allocatedWidth: 800 });
    expect(grid.scrollTop).toBe(20 * ROW_HEIGHT);
  });
});
