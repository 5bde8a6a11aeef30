// @vitest-environment jsdom
import { act, fireEvent, screen } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";
import { OVERSCAN_ROWS } from "../../../OrdersGrid/components/OrdersGrid/OrdersGrid";
import { CARD_ROW_HEIGHT, ROW_HEIGHTS } from "../../../OrdersGrid/components/OrdersGrid/OrdersGrid.styles";
import { SEARCH_BAR_HEIGHT } from "../../../OrdersGrid/components/QuickFind/QuickFind";
import { FOOTER_HEIGHT } from "../../../OrdersGrid/components/StatusFooter/StatusFooter";
import type { Density } from "../../../OrdersGrid/host/readConfig";
import { FakeOrdersSource } from "../../support/fakeSource";
import { mountControl } from "../../support/mountControl";
import { withOrdersApi } from "../../support/ordersApi";
import { renderedIds, renderPanel, rowOf, scrollToRow } from "../../support/renderPanel";

const server = withOrdersApi({ count: 120 });
beforeEach(() => server.reset());

const HEIGHT = 480;
const activeText = (grid: HTMLElement) => document.getElementById(grid.getAttribute("aria-activedescendant") ?? "")?.textContent ?? "";

describe.each<[Density, number]>([
  ["Comfortable", 36],
  ["Compact", 28],
])("the %s density", (density, rowHeight) => {
  it(`draws rows ${rowHeight} px high and virtualizes in rows of that height: the rows in view and the overscan`, async () => {
    expect(ROW_HEIGHTS[density]).toBe(rowHeight);
    const { container } = mountControl({ apiBaseUrl: server.url, allocatedHeight: HEIGHT, density });
    await screen.findByText("ORD-000001");
    const second = rowOf(container, "ORD-000002");
    expect(second.style.height).toBe(`${rowHeight}px`);
    expect(second.style.top).toBe(`${rowHeight}px`);
    // The grid (header and body) fills what the search bar and the footer leave, whatever the header's height.
    const inView = Math.ceil((HEIGHT - SEARCH_BAR_HEIGHT - FOOTER_HEIGHT) / rowHeight);
    expect(renderedIds(container)).toHaveLength(inView + OVERSCAN_ROWS);

    // Scrolled by 20 rows of that height: row 21 is the first in view.
    scrollToRow(container, 20, rowHeight);
    expect(renderedIds(container)).toContain("ORD-000021");
    expect(renderedIds(container).at(-1)).toBe(`ORD-${String(20 + inView + OVERSCAN_ROWS).padStart(6, "0")}`);
  });

  it("pages the keyboard by the rows of that height in view", async () => {
    mountControl({ apiBaseUrl: server.url, allocatedHeight: HEIGHT, density });
    await screen.findByText("ORD-000001");
    const grid = screen.getByRole("grid", { name: "Orders" });
    act(() => grid.focus());
    fireEvent.keyDown(grid, { key: "PageDown" });
    const page = Math.floor((HEIGHT - SEARCH_BAR_HEIGHT - rowHeight - FOOTER_HEIGHT) / rowHeight) - 1;
    expect(activeText(grid)).toMatch(new RegExp(`^ORD-${String(1 + page).padStart(6, "0")}`));
  });

  it("fills a short grid's first load with placeholder rows of that height", () => {
    const source = new FakeOrdersSource({ count: 10, pageSize: 50 });
    source.hold();
    const height = 200;
    const { container } = renderPanel(source, { height, density });
    const body = height - rowHeight - FOOTER_HEIGHT;
    expect(container.querySelectorAll('[role="row"][aria-busy="true"]')).toHaveLength(Math.ceil(body / rowHeight));
  });
});

describe("Compact", () => {
  it("leaves cards (a narrow control) their own height", async () => {
    const { container } = mountControl({ apiBaseUrl: server.url, allocatedWidth: 220, allocatedHeight: HEIGHT, density: "Compact" });
    await screen.findByText("ORD-000001");
    expect(rowOf(container, "ORD-000002").style.height).toBe(`${CARD_ROW_HEIGHT}px`);
  });

  it("shows more orders in the same height than Comfortable", async () => {
    const comfortable = mountControl({ apiBaseUrl: server.url, allocatedHeight: HEIGHT });
    await screen.findByText("ORD-000001");
    const comfortableRows = renderedIds(comfortable.container).length;
    comfortable.unmount();
    const compact = mountControl({ apiBaseUrl: server.url, allocatedHeight: HEIGHT, density: "Compact" });
    await screen.findByText("ORD-000001");
    expect(renderedIds(compact.container).length).toBeGreaterThan(comfortableRows);
  });
});
