import { describe, expect, it } from "vitest";
import { createOrdersAccumulator } from "../../../OrdersGrid/orders/accumulateOrders";
import type { Order } from "../../../OrdersGrid/orders/Order";
import { nextSort, type OrderSort } from "../../../OrdersGrid/orders/OrderSort";
import { createSortCollator, createSortedView, sortOrders } from "../../../OrdersGrid/view/sortOrders";
import { makeOrder } from "../../support/fakeSource";

const en = createSortCollator("en-US");
const ids = (orders: readonly Order[]) => orders.map((order) => order.id);
const asc = (column: OrderSort["column"]): OrderSort => ({ column, direction: "ascending" });
const desc = (column: OrderSort["column"]): OrderSort => ({ column, direction: "descending" });

describe("sortOrders", () => {
  it("sorts totals as numbers, not as text, and puts blank, text and non-finite totals last in both directions", () => {
    const orders = [
      makeOrder(0, { total: 9 }),
      makeOrder(1, { total: undefined }),
      makeOrder(2, { total: 100 }),
      makeOrder(3, { total: Number.NaN }),
      makeOrder(4, { total: -5 }),
      makeOrder(5, { total: undefined, display: { total: "n/a" } }),
      makeOrder(6, { total: 20.5 }),
    ];
    expect(ids(sortOrders(orders, asc("total"), en))).toEqual(["ORD-000005", "ORD-000001", "ORD-000007", "ORD-000003", "ORD-000002", "ORD-000004", "ORD-000006"]);
    expect(ids(sortOrders(orders, desc("total"), en))).toEqual(["ORD-000003", "ORD-000007", "ORD-000001", "ORD-000005", "ORD-000002", "ORD-000004", "ORD-000006"]);
  });

  it("sorts dates by their instant, whatever the offset they are written with; dates that are not ISO 8601 go with the blanks", () => {
    const orders = [
      makeOrder(0, { date: "2026-03-14T09:30:00Z" }),
      makeOrder(1, { date: "2026-03-14T10:00:00+02:00" }), // 08:00Z, before the first
      makeOrder(2, { date: "03/01/2026" }),
      makeOrder(3, { date: "2026-03-13" }),
      makeOrder(4, { date: undefined }),
      makeOrder(5, { date: "2026-03-14T09:30:00.500Z" }),
    ];
    expect(ids(sortOrders(orders, asc("date"), en))).toEqual(["ORD-000004", "ORD-000002", "ORD-000001", "ORD-000006", "ORD-000003", "ORD-000005"]);
    expect(ids(sortOrders(orders, desc("date"), en))).toEqual(["ORD-000006", "ORD-000001", "ORD-000002", "ORD-000004", "ORD-000003", "ORD-000005"]);
  });

  it("sorts ids with their numbers by value (ORD-9 before ORD-10), as people read them", () => {
    const orders = ["ORD-10", "ORD-9", "ORD-000010", "ORD-100", "ORD-2"].map((id, i) => makeOrder(i, { id }));
    expect(ids(sortOrders(orders, asc("id"), en))).toEqual(["ORD-2", "ORD-9", "ORD-10", "ORD-000010", "ORD-100"]);
    expect(ids(sortOrders(orders, desc("id"), en))).toEqual(["ORD-100", "ORD-10", "ORD-000010", "ORD-9", "ORD-2"]);
  });

  it("sorts text in the user's language: accents beside their letter, and Swedish å, ä, ö after z", () => {
    const names = ["Zeta", "Ärla", "Alpha", "émile", "Eve", "Örn", "", "Åsa"];
    const orders = names.map((customer, i) => makeOrder(i, { customer }));
    const customers = (list: readonly Order[]) => list.map((order) => order.customer);
    expect(customers(sortOrders(orders, asc("customer"), createSortCollator("de-DE")))).toEqual(["Alpha", "Ärla", "Åsa", "émile", "Eve", "Örn", "Zeta", ""]);
    expect(customers(sortOrders(orders, asc("customer"), createSortCollator("sv-SE")))).toEqual(["Alpha", "émile", "Eve", "Zeta", "Åsa", "Ärla", "Örn", ""]);
    expect(customers(sortOrders(orders, desc("customer"), createSortCollator("de-DE")))).toEqual(["Zeta", "Örn", "Eve", "émile", "Åsa", "Ärla", "Alpha", ""]);
  });

  it("keeps orders with equal values in the order they were loaded, in both directions (a stable sort)", () => {
    const orders = [makeOrder(0, { status: "Shipped" }), makeOrder(1, { status: "Pending" }), makeOrder(2, { status: "Shipped" }), makeOrder(3, { status: "Pending" })];
    expect(ids(sortOrders(orders, asc("status"), en))).toEqual(["ORD-000002", "ORD-000004", "ORD-000001", "ORD-000003"]);
    expect(ids(sortOrders(orders, desc("status"), en))).toEqual(["ORD-000001", "ORD-000003", "ORD-000002", "ORD-000004"]);
  });

  it("leaves the loaded list as it is", () => {
    const orders = [makeOrder(1), makeOrder(0)];
    sortOrders(orders, asc("id"), en);
    expect(ids(orders)).toEqual(["ORD-000002", "ORD-000001"]);
  });
});

describe("nextSort", () => {
  it("cycles a header ascending → descending → off, and another header starts ascending", () => {
    const first = nextSort(undefined, "total");
    expect(first).toEqual(asc("total"));
    const second = nextSort(first, "total");
    expect(second).toEqual(desc("total"));
    expect(nextSort(second, "total")).toBeUndefined();
    expect(nextSort(second, "date")).toEqual(asc("date"));
  });
});

describe("createSortedView", () => {
  const page = (from: number, totals: number[]) => ({ items: totals.map((total, i) => makeOrder(from + i, { total })), nextLink: "next" });

  it("merges each new page into the sorted rows, as a sort of all of them would order them, equal values in loaded order", () => {
    const accumulate = createOrdersAccumulator();
    const view = createSortedView(en);
    const sort = desc("total");
    const pages = [page(0, [5, 50, 20]), page(3, [30, 50, 1]), page(6, [20, 99])];
    for (let n = 1; n <= pages.length; n++) {
      const list = accumulate(pages.slice(0, n));
      const shown = view(list, sort);
      expect(ids(shown.items)).toEqual(ids(sortOrders(list.items.slice(0, list.count), sort, en)));
      expect(shown.count).toBe(list.count);
    }
    expect(ids(view(accumulate(pages), sort).items)).toEqual(["ORD-000008", "ORD-000002", "ORD-000005", "ORD-000004", "ORD-000003", "ORD-000007", "ORD-000001", "ORD-000006"]);
  });

  it("gives the same snapshot while nothing changed, sorts afresh for another sort, and the rows as loaded for none", () => {
    const accumulate = createOrdersAccumulator();
    const view = createSortedView(en);
    const list = accumulate([page(0, [3, 1, 2])]);
    const sort = asc("total");
    const first = view(list, sort);
    expect(view(list, sort)).toBe(first);
    expect(ids(view(list, desc("total")).items)).toEqual(["ORD-000001", "ORD-000003", "ORD-000002"]);
    expect(view(list, undefined)).toBe(list);
  });

  it("sorts afresh when a later page replaces an order already loaded (its values changed)", () => {
    const accumulate = createOrdersAccumulator();
    const view = createSortedView(en);
    const sort = asc("total");
    const first = page(0, [10, 20, 30]);
    view(accumulate([first]), sort);
    const replaced = { items: [makeOrder(0, { total: 99 }), makeOrder(3, { total: 15 })], nextLink: null };
    expect(ids(view(accumulate([first, replaced]), sort).items)).toEqual(["ORD-000004", "ORD-000002", "ORD-000003", "ORD-000001"]);
  });
});
