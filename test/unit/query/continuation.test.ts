import { describe, expect, it } from "vitest";
import type { OrdersPage } from "../../../OrdersGrid/orders/OrdersPage";
import { createContinuationGuard } from "../../../OrdersGrid/query/continuation";

const base = "https://sales.contoso.com/orders";
const page = (n: number, next: number | null | string, link = `${base}?page=${n}`): OrdersPage => ({
  items: [],
  link,
  nextLink: next === null ? null : typeof next === "string" ? next : `${base}?page=${next}`,
});

describe("createContinuationGuard", () => {
  it("follows each page's nextLink until the last page", () => {
    const guard = createContinuationGuard();
    const pages = [page(1, 2)];
    expect(guard(pages)).toEqual({ link: `${base}?page=2` });
    expect(guard([...pages, page(2, 3)])).toEqual({ link: `${base}?page=3` });
    expect(guard([...pages, page(2, 3), page(3, null)])).toBeUndefined();
  });

  it("continues past an empty page that has a nextLink", () => {
    expect(createContinuationGuard()([page(1, 2), { items: [], nextLink: `${base}?page=3` }])).toEqual({ link: `${base}?page=3` });
  });

  it("stops with NextLinkCycle when a nextLink leads back to a page already loaded", () => {
    const guard = createContinuationGuard();
    const result = guard([page(1, 2), page(2, 3), page(3, 1)]);
    expect(result).toMatchObject({ stop: { kind: "unsafeLink", code: "NextLinkCycle" } });
  });

  it("sees a cycle even when the link is spelled differently", () => {
    const guard = createContinuationGuard();
    expect(guard([page(1, 2), page(2, "HTTPS://SALES.CONTOSO.COM/orders?page=1")])).toMatchObject({ stop: { code: "NextLinkCycle" } });
  });

  it("stops with PageLimitReached at the page cap", () => {
    const guard = createContinuationGuard(3);
    expect(guard([page(1, 2), page(2, 3)])).toEqual({ link: `${base}?page=3` });
    expect(guard([page(1, 2), page(2, 3), page(3, 4)])).toMatchObject({ stop: { kind: "pageLimit", code: "PageLimitReached" } });
  });

  it("starts over when the pages are replaced (a refresh)", () => {
    const guard = createContinuationGuard();
    guard([page(1, 2), page(2, 3)]);
    expect(guard([page(1, 2)])).toEqual({ link: `${base}?page=2` });
  });
});
