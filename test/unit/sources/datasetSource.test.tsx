// @vitest-environment jsdom
import { act, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { MockDataset, orderRows, type Row } from "../../support/mockDataset";
import { mountControl } from "../../support/mountControl";
import { findFooter, renderedIds, scrollToRow } from "../../support/renderPanel";

const ids = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `ORD-${String(from + i).padStart(6, "0")}`);

describe("the Dataset source (data-set paging)", () => {
  it.each(["append", "replace"] as const)("shows every row loaded so far, in order, when the host %ss pages", async (paging) => {
    const dataset = new MockDataset({ rows: orderRows(70), pageSize: 25, paging });
    const { container, control } = mountControl({ dataSource: "Dataset", pageSize: 25, dataset });
    // Half a page from the end already: the second page is asked for at once.
    await findFooter("Orders loaded: 50");
    scrollToRow(container, 45);
    await screen.findByText("End of list · Orders: 70");
    expect(dataset.calls).toEqual(["loadNextPage", "loadNextPage"]);
    scrollToRow(container, 60);
    expect(renderedIds(container)).toEqual(expect.arrayContaining(ids(60, 70)));
    expect(control.getOutputs()).toMatchObject({ loadedCount: 70, hasMore: false });
  });

  it("sets the page size it was given before reading the first page", async () => {
    const dataset = new MockDataset({ rows: orderRows(80), pageSize: 25 });
    mountControl({ dataSource: "Dataset", pageSize: 40, dataset });
    await findFooter("Orders loaded: 40");
    expect(dataset.calls).toEqual(["setPageSize(40)", "refresh"]);
  });

  it("maps bound columns and shows the host's formatted currency", async () => {
    const dataset = new MockDataset({ rows: orderRows(3), pageSize: 25 });
    const { container } = mountControl({ dataSource: "Dataset", pageSize: 25, dataset });
    await screen.findByText("ORD-000002");
    const row = container.querySelector<HTMLElement>('[data-order-id="ORD-000002"]');
    if (!row) throw new Error("no row");
    expect(within(row).getAllByRole("gridcell").map((c) => c.textContent)).toEqual([
      "ORD-000002",
      "2026-03-14T09:30:00.000Z",
      "Customer 2",
      "Shipped",
      "$101.00",
    ]);
  });

  it("falls back to columns of familiar names when no property-set is bound", async () => {
    const rows: Row[] = [{ Id: "A-1", Total: 12.5, Customer: "Relecloud", Status: "Open" }];
    const dataset = new MockDataset({
      rows,
      columns: ["Id", "Total", "Customer", "Status"].map((name) => ({ name, displayName: name, alias: name, dataType: name === "Total" ? "Decimal" : "SingleLine.Text" })),
    });
    const { container } = mountControl({ dataSource: "Dataset", pageSize: 25, dataset });
    await screen.findByText("Relecloud");
    expect(renderedIds(container)).toEqual(["A-1"]);
    expect(screen.getByText("12.50")).toBeTruthy();
  });

  it("reads no record again on an updateView that brings nothing new, and only the new page's records when one comes", async () => {
    const dataset = new MockDataset({ rows: orderRows(300), pageSize: 100 });
    const { container, update } = mountControl({ dataSource: "Dataset", pageSize: 100, dataset });
    await findFooter("Orders loaded: 100");
    const afterFirstPage = dataset.valueReads;
    for (let i = 0; i < 20; i++) update();
    expect(dataset.valueReads).toBe(afterFirstPage);
    scrollToRow(container, 60);
    await findFooter("Orders loaded: 200");
    // The second page: an id each, and the cells of the rows drawn, not 200 records × 6 fields again.
    expect(dataset.valueReads - afterFirstPage).toBeLessThan(100 + 40 * 6);
  });

  it("starts over when the app replaces the data behind the grid", async () => {
    const dataset = new MockDataset({ rows: orderRows(10), pageSize: 25 });
    const { container } = mountControl({ dataSource: "Dataset", pageSize: 25, dataset });
    await screen.findByText("ORD-000010");
    act(() => dataset.replaceRows(orderRows(3, 500)));
    await screen.findByText("ORD-000501");
    expect(renderedIds(container)).toEqual(ids(501, 503));
  });
});

describe("the canvas nextLink bridge", () => {
  function canvasApp(total: number, pageSize: number) {
    const all = orderRows(total);
    let loaded = pageSize;
    const dataset = new MockDataset({ rows: all.slice(0, loaded), pageSize: 500, paging: "replace" });
    const link = () => (loaded < total ? `https://sales.contoso.com/orders?page=${loaded / pageSize + 1}` : null);
    return { dataset, link, loadMore: () => {
      loaded += pageSize;
      return all.slice(0, loaded);
    } };
  }

  it("raises OnLoadMore near the end and shows the page the app adds to its collection", async () => {
    const app = canvasApp(60, 20);
    const { container, mock, update } = mountControl({
      dataSource: "Dataset",
      pageSize: 20,
      dataset: app.dataset,
      nextLink: app.link(),
      onEvent: (name) => {
        if (name !== "OnLoadMore") return;
        // The app's OnLoadMore: Collect the next page, Set the new nextLink (after a moment).
        setTimeout(() => {
          const rows = app.loadMore();
          mock.set({ nextLink: app.link() });
          act(() => app.dataset.replaceRows(rows));
        }, 10);
      },
    });
    await screen.findByText("ORD-000001");
    await findFooter("Orders loaded: 40");
    expect(mock.raised.get("OnLoadMore")).toBe(1);
    scrollToRow(container, 30);
    await screen.findByText("End of list · Orders: 60");
    expect(mock.raised.get("OnLoadMore")).toBe(2);
    update();
    expect(mock.raised.get("OnLoadMore")).toBe(2);
  });

  /**
   * A canvas app that collects the connector's pages into a collection bound to the data-set,
   * which canvas shows in pages of its own size, replacing the records on each page.
   */
  function collectingApp(options: { total: number; appPageSize: number; datasetPageSize: number; ignoresPageSize?: boolean }) {
    const all = orderRows(options.total);
    let collected = options.appPageSize;
    const dataset = new MockDataset({ rows: all.slice(0, collected), pageSize: options.datasetPageSize, paging: "replace", ignoresPageSize: options.ignoresPageSize });
    const link = () => (collected < options.total ? `https://sales.contoso.com/orders?page=${collected / options.appPageSize + 1}` : null);
    const mounted = mountControl({
      dataSource: "Dataset",
      pageSize: options.appPageSize,
      dataset,
      nextLink: link(),
      onEvent: (name) => {
        if (name !== "OnLoadMore") return;
        // OnLoadMore: Collect(colOrders, ListOrdersNextPage(varNextLink).items); Set(varNextLink, …).
        setTimeout(() => {
          collected = Math.min(options.total, collected + options.appPageSize);
          mounted.mock.set({ nextLink: link() });
          act(() => dataset.setCollection(all.slice(0, collected)));
        }, 5);
      },
    });
    return { ...mounted, dataset, all, clear: () => act(() => dataset.setCollection([])) };
  }

  /** Scrolls to the last loaded row until the footer says the list ended with `total` orders. */
  async function scrollToEnd(container: HTMLElement, total: number) {
    const footer = () => screen.getByTestId("footer-text").textContent;
    const end = `End of list · Orders: ${total}`;
    while (footer() !== end) {
      const before = footer();
      const loaded = Number((/([\d,]+)$/.exec(before)?.[1] ?? "0").replace(/,/g, ""));
      if (loaded > 0) scrollToRow(container, loaded - 1);
      await waitFor(() => expect(footer()).not.toBe(before), { timeout: 5_000 });
    }
  }

  it("sets the data-set's page size to the app's page size, then pages by nextLink to the end", async () => {
    const app = collectingApp({ total: 300, appPageSize: 50, datasetPageSize: 500 });
    await screen.findByText("ORD-000001");
    expect(app.dataset.calls.slice(0, 2)).toEqual(["setPageSize(50)", "refresh"]);
    await scrollToEnd(app.container, 300);
    expect(app.control.getOutputs()).toMatchObject({ loadedCount: 300, hasMore: false });
    expect(app.mock.raised.get("OnLoadMore")).toBe(5);
  });

  it("pages through what the data-set holds before it asks the app for more, when the host keeps a smaller page size", async () => {
    const app = collectingApp({ total: 300, appPageSize: 100, datasetPageSize: 25, ignoresPageSize: true });
    await screen.findByText("ORD-000001");
    await scrollToEnd(app.container, 300);
    scrollToRow(app.container, 299);
    expect(renderedIds(app.container)).toContain("ORD-000300");
    expect(app.control.getOutputs()).toMatchObject({ loadedCount: 300, hasMore: false });
    // Each app page once: the data-set's own pages are read with loadNextPage, not OnLoadMore.
    expect(app.mock.raised.get("OnLoadMore")).toBe(2);
    expect(app.dataset.calls.filter((call) => call === "loadNextPage")).toHaveLength(11);
  });

  it("starts over when the app clears its collection, and shows what it collects again", async () => {
    const app = collectingApp({ total: 100, appPageSize: 50, datasetPageSize: 50 });
    await findFooter("Orders loaded: 50");
    app.mock.set({ nextLink: null });
    app.clear();
    await screen.findByText("No orders");
    app.mock.set({ nextLink: "https://sales.contoso.com/orders?page=2" });
    act(() => app.dataset.setCollection(app.all.slice(0, 50)));
    await screen.findByText("ORD-000001");
    expect(renderedIds(app.container)[0]).toBe("ORD-000001");
  });

  it("ends with a clear notification when the app never delivers the page", async () => {
    const app = canvasApp(60, 20);
    // A canvas collection: no Dataverse table behind the records.
    app.dataset.dataverse = false;
    const { mock, control } = mountControl({ dataSource: "Dataset", pageSize: 20, dataset: app.dataset, nextLink: app.link(), requestTimeout: 1 });
    await screen.findByText("ORD-000001");
    const alert = await screen.findByRole("alert", {}, { timeout: 15_000 });
    // The app is the one that did not deliver, whatever it loads its collection from.
    expect(within(alert).getByText("The app did not deliver the orders in time")).toBeTruthy();
    expect(within(alert).getByTestId("error-code").textContent).toBe("LoadMoreTimeout");
    expect(within(alert).getByText(/Check the OnLoadMore formula/)).toBeTruthy();
    expect(control.getOutputs()).toMatchObject({ loadedCount: 20, errorCode: "LoadMoreTimeout" });
    // The first try and three automatic retries, each asking the app once.
    await waitFor(() => expect(mock.raised.get("OnLoadMore")).toBe(4));
  }, 20_000);

  it.each([
    ["a model-driven subgrid", true, "Dataverse had a problem"],
    ["a canvas app's collection", false, "The app's data source could not load the orders"],
  ])("names who failed when the host says the data-set could not be loaded: %s", async (_host, dataverse, title) => {
    const dataset = new MockDataset({ rows: orderRows(40), pageSize: 20 });
    dataset.dataverse = dataverse;
    dataset.error = true;
    dataset.errorMessage = "The SQL query timed out";
    mountControl({ dataSource: "Dataset", pageSize: 20, dataset });
    const alert = await screen.findByRole("alert", {}, { timeout: 15_000 });
    expect(within(alert).getByText(title)).toBeTruthy();
    expect(within(alert).getByText("The SQL query timed out")).toBeTruthy();
    expect(alert.textContent).not.toMatch(/Sales API/);
  }, 20_000);
});
