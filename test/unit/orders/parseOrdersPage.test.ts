import { describe, expect, it } from "vitest";
import { PageFormatError, parseOrdersPage } from "../../../OrdersGrid/orders/parseOrdersPage";

describe("parseOrdersPage", () => {
  it("reads a ListOrders page with its nextLink", () => {
    const page = parseOrdersPage({
      items: [{ id: "ORD-1", total: 12.5, currency: "EUR", date: "2026-01-02", customer: "Fourth Coffee", status: "Shipped", extra: true }],
      nextLink: "https://sales.contoso.com/orders?page=2&pageSize=1",
    });
    expect(page).toEqual({
      items: [{ id: "ORD-1", total: 12.5, currency: "EUR", date: "2026-01-02", customer: "Fourth Coffee", status: "Shipped" }],
      nextLink: "https://sales.contoso.com/orders?page=2&pageSize=1",
    });
  });

  it.each([
    ["null", { items: [], nextLink: null }],
    ["absent", { items: [] }],
    ["empty", { items: [], nextLink: "" }],
  ])("treats a %s nextLink as the last page", (_name, body) => {
    expect(parseOrdersPage(body).nextLink).toBeNull();
  });

  it("keeps an empty page that still has a nextLink", () => {
    expect(parseOrdersPage({ items: [], nextLink: "https://x/orders?page=3" })).toEqual({ items: [], nextLink: "https://x/orders?page=3" });
  });

  it("accepts numeric ids and invariant numeric totals, and leaves unusable optional fields blank", () => {
    const [order] = parseOrdersPage({ items: [{ id: 42, total: "12", date: 5, customer: null, status: "" }] }).items;
    expect(order).toEqual({ id: "42", total: 12, currency: undefined, date: "5", customer: undefined, status: undefined });
  });

  it("names the item fields columns maps that no order of the page has, not those some have, not the id (checked per item), not on an empty page", () => {
    const fields = { id: "number", date: "placedOn", customer: "account", status: "state" } as const;
    const page = parseOrdersPage({ items: [{ number: "ORD-1", account: "Fourth Coffee" }, { number: "ORD-2", state: null }] }, fields);
    expect(page.missingFields).toEqual(["placedOn"]);
    expect(page.items.map((order) => [order.customer, order.status])).toEqual([["Fourth Coffee", undefined], [undefined, undefined]]);
    expect(parseOrdersPage({ items: [], nextLink: "https://x/orders?page=2" }, fields).missingFields).toBeUndefined();
    expect(parseOrdersPage({ items: [{ id: "ORD-1" }] }).missingFields).toBeUndefined();
  });

  it("keeps a total that is no number as the text to show", () => {
    const [order] = parseOrdersPage({ items: [{ id: "ORD-1", total: "n/a", currency: "EUR" }] }).items;
    expect(order).toMatchObject({ total: undefined, display: { total: "n/a" } });
  });

  it.each([
    ["a non-object body", [1, 2], /not a JSON object/],
    ["a body without items", { value: [] }, /no items array/],
    ["items that are not an array", { items: {} }, /no items array/],
    ["an item without id", { items: [{ id: "A" }, { total: 3 }] }, /items\[1\] has no id/],
    ["an item with a blank id", { items: [{ id: "  " }] }, /items\[0\] has no id/],
    ["an item that is not an object", { items: ["A"] }, /items\[0\] is not an object/],
    ["a nextLink that is not a string", { items: [], nextLink: 2 }, /nextLink is not a string/],
  ])("rejects %s", (_name, body, message) => {
    expect(() => parseOrdersPage(body)).toThrow(PageFormatError);
    expect(() => parseOrdersPage(body)).toThrow(message);
  });
});
