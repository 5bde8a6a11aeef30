import { beforeEach, describe, expect, it } from "vitest";
import { orderAt } from "../../orders-api/orderData";
import { withOrdersApi } from "../../support/ordersApi";

const server = withOrdersApi({ count: 1000 });
beforeEach(() => server.reset());

interface Page {
  items: { id: string; customer: string; status: string }[];
  nextLink: string | null;
}

async function allPages(first: string): Promise<{ ids: string[]; links: string[] }> {
  const ids: string[] = [];
  const links: string[] = [];
  let link: string | null = first;
  while (link) {
    links.push(link);
    const page = (await (await fetch(link)).json()) as Page;
    ids.push(...page.items.map((order) => order.id));
    link = page.nextLink;
  }
  return { ids, links };
}

describe("the reference orders API's optional search parameter", () => {
  it("returns only the orders whose customer, status or id contains it, in any case, and every nextLink keeps it", async () => {
    const expected = Array.from({ length: 1000 }, (_, i) => orderAt(i, 1))
      .filter((order) => [order.id, order.customer, order.status].some((text) => text.toLowerCase().includes("toys")))
      .map((order) => order.id);
    expect(expected.length).toBeGreaterThan(50);

    const { ids, links } = await allPages(`${server.url}/orders?page=1&pageSize=50&search=TOYS`);
    expect(ids).toEqual(expected);
    expect(links.length).toBe(Math.ceil(expected.length / 50));
    for (const link of links.slice(1)) expect(new URL(link).searchParams.get("search")).toBe("TOYS");
  });

  it("matches ids and statuses too, and an empty result is one page without a nextLink", async () => {
    const byId = (await (await fetch(`${server.url}/orders?page=1&pageSize=50&search=ord-000777`)).json()) as Page;
    expect(byId.items.map((order) => order.id)).toEqual(["ORD-000777"]);
    expect(byId.nextLink).toBeNull();

    const shipped = await allPages(`${server.url}/orders?page=1&pageSize=200&search=shipped`);
    expect(shipped.ids.length).toBeGreaterThan(100);
    expect(shipped.ids.every((id) => orderAt(Number(id.slice(4)) - 1, 1).status === "Shipped")).toBe(true);

    const none = (await (await fetch(`${server.url}/orders?page=1&pageSize=50&search=${encodeURIComponent("no such order")}`)).json()) as Page;
    expect(none).toEqual({ items: [], nextLink: null });
  });

  it("without the parameter (or blank) pages every order, as before", async () => {
    const { ids } = await allPages(`${server.url}/orders?page=1&pageSize=200&search=%20`);
    expect(ids.length).toBe(1000);
  });
});
