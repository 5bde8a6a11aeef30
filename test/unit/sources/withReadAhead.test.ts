import { describe, expect, it, vi } from "vitest";
import type { OrdersPage } from "../../../OrdersGrid/orders/OrdersPage";
import type { OrdersSource } from "../../../OrdersGrid/orders/OrdersSource";
import { withReadAhead } from "../../../OrdersGrid/sources/withReadAhead";
import { sleep } from "../../support/sleep";

const PAGE_MS = 40;
const signal = () => new AbortController().signal;

/** Pages "page:N" of 10 orders, each answered after PAGE_MS; records what was requested and what was cancelled. */
class SlowSource implements OrdersSource {
  readonly key = "slow";
  readonly requested: (string | undefined)[] = [];
  readonly cancelled: (string | undefined)[] = [];

  async loadPage(continuation: string | undefined, abort: AbortSignal): Promise<OrdersPage> {
    this.requested.push(continuation);
    abort.addEventListener("abort", () => this.cancelled.push(continuation));
    await sleep(PAGE_MS);
    const page = continuation === undefined ? 1 : Number(continuation.replace("page:", ""));
    const items = Array.from({ length: 10 }, (_, i) => ({ id: `ORD-${page}-${i}`, total: 1, currency: "EUR", date: undefined, customer: undefined, status: undefined }));
    return { items, nextLink: page < 5 ? `page:${page + 1}` : null };
  }
}

/** Pages 1..count, each asked for the moment the one before arrives: a user scrolling through pages as fast as they come. */
async function askAtOnce(orders: OrdersSource, count: number): Promise<OrdersPage[]> {
  const pages: OrdersPage[] = [];
  for (let page = 1; page <= count; page++) pages.push(await orders.loadPage(page === 1 ? undefined : `page:${page}`, signal()));
  return pages;
}

describe("withReadAhead", () => {
  it("starts the first page at once, and the grid's first request takes it instead of asking again", async () => {
    const source = new SlowSource();
    const orders = withReadAhead(source, { firstPage: true });
    expect(source.requested).toEqual([undefined]);
    await sleep(PAGE_MS / 2);
    const first = await orders.loadPage(undefined, signal());
    expect(first.items[0]?.id).toBe("ORD-1-0");
    expect(source.requested).toEqual([undefined]);
  });

  it("loads the page the query names ahead, and the grid's request for it takes the one in flight", async () => {
    const source = new SlowSource();
    const orders = withReadAhead(source, { firstPage: false });
    await askAtOnce(orders, 3);
    orders.prefetch?.("page:4");
    expect(source.requested).toEqual([undefined, "page:2", "page:3", "page:4"]);
    await sleep(PAGE_MS / 2);
    const fourth = await orders.loadPage("page:4", signal());
    expect(fourth.items[0]?.id).toBe("ORD-4-0");
    expect(source.requested).toEqual([undefined, "page:2", "page:3", "page:4"]);
  });

  it("loads nothing ahead on its own, however fast the grid asks: that is the grid's call", async () => {
    const source = new SlowSource();
    const orders = withReadAhead(source, { firstPage: false });
    await askAtOnce(orders, 3);
    await sleep(PAGE_MS * 2);
    expect(source.requested).toEqual([undefined, "page:2", "page:3"]);
  });

  it("gives a page loaded ahead the round trip of its own request, however late the grid takes it", async () => {
    // The test's own clock: the round trips are then exact, whatever else runs on the machine.
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "performance"] });
    try {
      const source = new SlowSource();
      const orders = withReadAhead(source, { firstPage: false });
      const asked = orders.loadPage(undefined, signal());
      await vi.advanceTimersByTimeAsync(PAGE_MS);
      const first = await asked;
      orders.prefetch?.("page:2");
      // The user slowed down: page 2 arrived long before the grid asks for it.
      await vi.advanceTimersByTimeAsync(PAGE_MS * 3);
      const askedAt = performance.now();
      const second = await orders.loadPage("page:2", signal());
      expect(performance.now()).toBe(askedAt);
      // The grid plans its prefetch on this: a full round trip, not the instant it took to hand over.
      expect([first.roundTripMs, second.roundTripMs]).toEqual([PAGE_MS, PAGE_MS]);
    } finally {
      vi.useRealTimers();
    }
  });

  it("keeps a page loaded ahead for the grid however late it asks: nothing is asked twice (a data-set's page cannot be)", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "performance"] });
    try {
      const source = new SlowSource();
      const orders = withReadAhead(source, { firstPage: false });
      orders.prefetch?.("page:2");
      // The user stopped to read for a minute before scrolling on.
      await vi.advanceTimersByTimeAsync(60_000);
      const second = await orders.loadPage("page:2", signal());
      expect(second.items[0]?.id).toBe("ORD-2-0");
      expect(source.requested).toEqual(["page:2"]);
      expect(source.cancelled).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
  });

  it("detach cancels the page loaded ahead for a list the grid no longer shows; asked again later, the source loads as before", async () => {
    const source = new SlowSource();
    const orders = withReadAhead(source, { firstPage: true });
    orders.detach?.();
    expect(source.cancelled).toEqual([undefined]);
    const first = await orders.loadPage(undefined, signal());
    expect(first.items[0]?.id).toBe("ORD-1-0");
    expect(source.requested).toEqual([undefined, undefined]);
  });

  it("cancels a page loaded ahead when the grid asks for something else (a Refresh)", async () => {
    const source = new SlowSource();
    const orders = withReadAhead(source, { firstPage: false });
    await askAtOnce(orders, 3);
    orders.prefetch?.("page:4");
    const first = await orders.loadPage(undefined, signal());
    expect(first.items[0]?.id).toBe("ORD-1-0");
    expect(source.cancelled).toEqual(["page:4"]);
  });

  it("cancels the request in flight when the grid cancels the page it took over", async () => {
    const source = new SlowSource();
    const orders = withReadAhead(source, { firstPage: true });
    const controller = new AbortController();
    const first = orders.loadPage(undefined, controller.signal);
    controller.abort();
    expect(source.cancelled).toEqual([undefined]);
    await first;
  });
});
