import { describe, expect, it } from "vitest";
import { createDatasetReader } from "../../../OrdersGrid/host/readDataset";
import type { OrdersPage } from "../../../OrdersGrid/orders/OrdersPage";
import { createDatasetOrdersSource } from "../../../OrdersGrid/sources/createDatasetOrdersSource";
import { createDatasetFeed } from "../../../OrdersGrid/sources/datasetFeed";
import { MockDataset, orderRows } from "../../support/mockDataset";
import { sleep } from "../../support/sleep";

/**
 * A data-set source as the control wires it (each host change pushed to the feed), read the
 * way the query reads it: a page at a time, a request cancelled when the grid gives it up
 * (another list took its place, the query refetched) and asked again.
 */
function datasetSource(paging: "append" | "replace") {
  const dataset = new MockDataset({ rows: orderRows(75), pageSize: 25, paging });
  const feed = createDatasetFeed();
  const read = createDatasetReader();
  const push = () => feed.push({ dataset: read(dataset), nextLink: undefined });
  dataset.onChange = push;
  push();
  const source = createDatasetOrdersSource({ feed, dataset: () => dataset, pageSize: 25, timeoutMs: 2_000, requestMore: () => undefined });
  let invalidations = 0;
  source.onInvalidate?.(() => invalidations++);
  const nextPages = () => dataset.calls.filter((call) => call === "loadNextPage").length;
  return { dataset, source, nextPages, invalidations: () => invalidations };
}

const idsOf = (page: OrdersPage) => page.items.map((order) => order.id);
const ids = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `ORD-${String(from + i).padStart(6, "0")}`);
const live = () => new AbortController().signal;

/** Starts loading `continuation` and gives the request up at once, as the query does when it cancels. */
async function cancelled(load: (signal: AbortSignal) => Promise<OrdersPage>) {
  const request = new AbortController();
  const page = load(request.signal);
  request.abort();
  await expect(page).rejects.toMatchObject({ kind: "aborted" });
}

/** The first page loaded, then the grid's request for the second cancelled: where each case below begins. */
async function secondPageCancelled(paging: "append" | "replace") {
  const source = datasetSource(paging);
  const first = await source.source.loadPage(undefined, live());
  const link = first.nextLink ?? "";
  await cancelled((signal) => source.source.loadPage(link, signal));
  return { ...source, link };
}

describe.each(["append", "replace"] as const)("the Dataset source when the host %ss pages and a request is cancelled", (paging) => {
  it("takes the next page asked for, when the grid asks again before the host answers", async () => {
    const { source, nextPages, invalidations, link } = await secondPageCancelled(paging);
    const second = await source.loadPage(link, live());
    expect(idsOf(second)).toEqual(ids(26, 50));
    expect(nextPages()).toBe(1);
    await sleep(30);
    expect(invalidations()).toBe(0);
  });

  it("keeps the host's answer that arrives while nobody waits, and gives it to the grid's next request", async () => {
    const { source, nextPages, invalidations, link } = await secondPageCancelled(paging);
    await sleep(30);
    expect(invalidations()).toBe(0);
    const second = await source.loadPage(link, live());
    expect(idsOf(second)).toEqual(ids(26, 50));
    expect(nextPages()).toBe(1);
    const third = await source.loadPage(second.nextLink ?? "", live());
    expect(idsOf(third)).toEqual(ids(51, 75));
    expect(third.nextLink).toBeNull();
  });

  it("still starts over when the app replaces its list after that answer came in", async () => {
    const { dataset, invalidations } = await secondPageCancelled(paging);
    await sleep(30);
    dataset.setCollection(orderRows(100, 1000));
    await sleep(10);
    expect(invalidations()).toBe(1);
  });

  it("asks the host again on a Retry after a page the host could not load", async () => {
    const { dataset, source, nextPages } = datasetSource(paging);
    const first = await source.loadPage(undefined, live());
    const link = first.nextLink ?? "";
    dataset.failNextLoad("The network is down");
    await expect(source.loadPage(link, live())).rejects.toMatchObject({ code: "DatasetError", message: "The network is down" });
    const again = await source.loadPage(link, live());
    expect(nextPages()).toBe(2);
    expect(idsOf(again)).toEqual(ids(26, 50));
  });

  it("starts a Refresh from the first page after a cancelled request", async () => {
    const { dataset, source } = await secondPageCancelled(paging);
    const refreshed = await source.loadPage(undefined, live());
    expect(dataset.calls.at(-1)).toBe("refresh");
    expect(idsOf(refreshed)).toEqual(ids(1, 25));
  });
});
