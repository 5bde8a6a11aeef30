import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { QueryClientProvider } from "@tanstack/react-query";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import * as React from "react";
import { vi } from "vitest";
import { ROW_HEIGHT } from "../../OrdersGrid/components/OrdersGrid/OrdersGrid.styles";
import { OrdersPanel } from "../../OrdersGrid/components/OrdersPanel/OrdersPanel";
import { createOrderFormatters } from "../../OrdersGrid/format/createOrderFormatters";
import type { GridStatus } from "../../OrdersGrid/host/ControlOutputs";
import type { Density } from "../../OrdersGrid/host/readConfig";
import type { OrdersSource } from "../../OrdersGrid/orders/OrdersSource";
import { createQueryClient } from "../../OrdersGrid/query/createQueryClient";
import { loadStrings } from "./strings";

/**
 * Renders the panel as the control does, over any OrdersSource, with spies on what it reports.
 * `lcid` picks the strings (@default 1033) and `locale` the number and date formats (@default en-US).
 * `setSource` gives the panel another source, as the control does when a setting changes.
 */
export function renderPanel(source: OrdersSource, options: { pageSize?: number; height?: number; locale?: string; lcid?: number; maxPages?: number; density?: Density } = {}) {
  const onSelect = vi.fn();
  const onSortChange = vi.fn();
  const statuses: GridStatus[] = [];
  const onStatusChange = (status: GridStatus) => statuses.push(status);
  const queryClient = createQueryClient();
  const strings = loadStrings(options.lcid);
  const format = createOrderFormatters(options.locale ?? "en-US", "UTC");
  const panel = (current: OrdersSource, pageSize: number) => (
    <FluentProvider theme={webLightTheme}>
      <QueryClientProvider client={queryClient}>
        <OrdersPanel
          source={current}
          pageSize={pageSize}
          height={options.height ?? 480}
          strings={strings}
          format={format}
          onSelect={onSelect}
          onStatusChange={onStatusChange}
          onSortChange={onSortChange}
          maxPages={options.maxPages}
          density={options.density}
        />
      </QueryClientProvider>
    </FluentProvider>
  );
  const view = render(panel(source, options.pageSize ?? 50));
  const setSource = (next: OrdersSource, pageSize = options.pageSize ?? 50) => view.rerender(panel(next, pageSize));
  return { ...view, onSelect, onSortChange, statuses, queryClient, setSource, lastStatus: () => statuses.at(-1) };
}

/** The ids of the order rows in the DOM, in order. */
/** The row of order `id`; throws when it is not in the DOM (virtualized out, or not loaded). */
export function rowOf(container: HTMLElement, id: string): HTMLElement {
  const row = container.querySelector<HTMLElement>(`[data-order-id="${id}"]`);
  if (!row) throw new Error(`${id} is not in the DOM`);
  return row;
}

export function renderedIds(container: HTMLElement): string[] {
  return Array.from(container.querySelectorAll<HTMLElement>("[data-order-id]"), (row) => row.dataset.orderId ?? "");
}

/**
 * Scrolls the grid body so that row `index` is at the top. jsdom does no layout, so the
 * scroll container is given the sizes a browser would compute.
 */
export function scrollToRow(container: HTMLElement, index: number, rowHeight = ROW_HEIGHT) {
  // The grid is the scroll container; its second row group holds the rows (the first, the header).
  const scroller = container.querySelector<HTMLElement>('[role="grid"]');
  const body = container.querySelectorAll<HTMLElement>('[role="grid"] > [role="rowgroup"]')[1];
  if (!scroller || !body) throw new Error("no grid");
  const scrollHeight = rowHeight + Number.parseFloat(body.style.height);
  const clientHeight = Number.parseFloat(scroller.style.height);
  Object.defineProperty(scroller, "scrollHeight", { configurable: true, value: scrollHeight });
  Object.defineProperty(scroller, "clientHeight", { configurable: true, value: clientHeight });
  scroller.scrollTop = index * rowHeight;
  fireEvent.scroll(scroller);
}

/** Waits until the footer's status line reads `text` (the live region may say the same words). */
export async function findFooter(text: string): Promise<void> {
  await waitFor(() => {
    if (screen.getByTestId("footer-text").textContent !== text) throw new Error(`footer: "${screen.getByTestId("footer-text").textContent}", waiting for "${text}"`);
  });
}
