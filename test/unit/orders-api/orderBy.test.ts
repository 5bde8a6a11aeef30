import { beforeEach, describe, expect, it } from "vitest";
import { withOrdersApi } from "../../support/ordersApi";

const server = withOrdersApi({ count: 1000 });
beforeEach(() => server.reset());

interface Page {
  items: { id: string; total: number; date: string; customer: string; status: string }[];
  nextLink: string | null;
}

/** Every page of a list, by nextLink from the first. */
async function allPages(first: string): Promise<{ items: Page["items"]; links: string[] }> {
  const items: Page["items"] = [];
  const links: string[] = [];
  let link: string | null = first;
  while (link) {
    links.push(link);
    const page = (await (await fetch(link)).json()) as Page;
    items.push(...page.items);
    link = page.nextLink;
  }
  return { items, links };
}

describe("the reference orders API's optional sort (orderBy)", () => {
  it("sorts the whole list by total, descending, and each nextLink carries the sort to the end", async () => {
    const { items, links } = await allPages(`${server.url}/orders?page=1&pageSize=200&orderBy=total%20desc`);
    expect(items).toHaveLength(1000);
    expect(new Set(items.map((o) => o.id)).size).toBe(1000);
    const totals = items.map((o) => o.total);
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
    expect(links.slice(1).every((link) => new URL(link).searchParams.get("orderBy") === "total desc")).toBe(true);
  });

  it.each([
    ["id desc", (o: Page["items"][number]) => o.id, "ORD-001000"],
    ["date asc", (o: Page["items"][number]) => o.date, undefined],
    ["customer", (o: Page["items"][number]) => o.customer, "Adatum Corporation"],
  ])("orderBy=%s puts the list in that order (ascending unless desc)", async (orderBy, value, first) => {
    const { items } = await allPages(`${server.url}/orders?page=1&pageSize=200&orderBy=${encodeURIComponent(orderBy)}`);
    const values = items.map(value);
    const ascending = [...values].sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
    expect(values).toEqual(orderBy.endsWith("desc") ? ascending.reverse() : ascending);
    if (first) expect(values[0]).toBe(first);
  });

  it("keeps the list order of orders with the same value (a stable sort), so pages never repeat or skip one", async () => {
    const { items } = await allPages(`${server.url}/orders?page=1&pageSize=37&orderBy=status`);
    const statuses = items.map((o) => o.status);
    expect(statuses).toEqual([...statuses].sort());
    const shipped = items.filter((o) => o.status === "Shipped").map((o) => o.id);
    expect(shipped).toEqual([...shipped].sort());
    expect(new Set(items.map((o) => o.id)).size).toBe(1000);
  });

  it.each(["price desc", "total sideways", "total desc, id", ""])("answers orderBy=%j with a 400 envelope naming the parameter", async (orderBy) => {
    const response = await fetch(`${server.url}/orders?page=1&pageSize=10&orderBy=${encodeURIComponent(orderBy)}`);
    expect(response.status).toBe(400);
    expect(response.headers.get("x-ms-error-code")).toBe("InvalidOrderBy");
    expect(await response.json()).toMatchObject({ error: { code: "InvalidOrderBy", target: "orderBy", message: expect.stringMatching(/id, date, customer, status, total/) as unknown } });
  });
});
