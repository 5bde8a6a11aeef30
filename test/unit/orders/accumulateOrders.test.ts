import { describe, expect, it } from "vitest";
import { createOrdersAccumulator } from "../../../OrdersGrid/orders/accumulateOrders";
import type { OrdersPage } from "../../../OrdersGrid/orders/OrdersPage";
import { makeOrder } from "../../support/fakeSource";

const page = (from: number, to: number, nextLink: string | null = "next"): OrdersPage => ({
  items: Array.from({ length: to - from }, (_, i) => makeOrder(from + i)),
  nextLink,
});

describe("createOrdersAccumulator", () => {
  it("lists every loaded order in page order", () => {
    const accumulate = createOrdersAccumulator();
    const pages = [page(0, 3), page(3, 5, null)];
    const list = accumulate(pages);
    expect(list.items.slice(0, list.count).map((o) => o.id)).toEqual(["ORD-000001", "ORD-000002", "ORD-000003", "ORD-000004", "ORD-000005"]);
  });

  it("returns the same snapshot for the same pages, a new one when a page is added", () => {
    const accumulate = createOrdersAccumulator();
    const first = [page(0, 2)];
    const a = accumulate(first);
    expect(accumulate(first)).toBe(a);
    const b = accumulate([...first, page(2, 4)]);
    expect(b).not.toBe(a);
    expect(b.count).toBe(4);
    expect(a.count).toBe(2);
  });

  it("keeps one row per id: the later copy's values at the first copy's place", () => {
    const accumulate = createOrdersAccumulator();
    const later = { items: [makeOrder(1, { status: "Delivered" }), makeOrder(2)], nextLink: null };
    const list = accumulate([page(0, 2), later]);
    expect(list.count).toBe(3);
    expect(list.items[1]).toMatchObject({ id: "ORD-000002", status: "Delivered" });
  });

  it("leaves the earlier snapshot as it was when a later page replaces a row, so the row can tell it changed", () => {
    const accumulate = createOrdersAccumulator();
    const first = [page(0, 2)];
    const before = accumulate(first);
    const after = accumulate([...first, { items: [makeOrder(1, { status: "Returned" })], nextLink: null }]);
    expect(after.items[1]?.status).toBe("Returned");
    expect(before.items[1]?.status).toBe("Shipped");
  });

  it("starts over when the pages are replaced (a refresh)", () => {
    const accumulate = createOrdersAccumulator();
    accumulate([page(0, 5)]);
    const list = accumulate([page(10, 12)]);
    expect(list.items.slice(0, list.count).map((o) => o.id)).toEqual(["ORD-000011", "ORD-000012"]);
  });
});
