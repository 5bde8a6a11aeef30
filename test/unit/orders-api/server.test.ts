import { beforeEach, describe, expect, it } from "vitest";
import { startOrdersApi } from "../../orders-api/server";
import { withOrdersApi } from "../../support/ordersApi";

const server = withOrdersApi({ count: 1000 });
beforeEach(() => server.reset());

interface Page {
  items: { id: string; total: number; date: string; customer: string; status: string }[];
  nextLink: string | null;
}

describe("the reference orders API", () => {
  it("pages 1,000 deterministic orders by absolute nextLink", async () => {
    const ids: string[] = [];
    let link: string | null = `${server.url}/orders?page=1&pageSize=200`;
    let requests = 0;
    while (link) {
      const page = (await (await fetch(link)).json()) as Page;
      ids.push(...page.items.map((o) => o.id));
      link = page.nextLink;
      requests++;
    }
    expect(requests).toBe(5);
    expect(new Set(ids).size).toBe(1000);
    expect(ids[999]).toBe("ORD-001000");
    const again = (await (await fetch(`${server.url}/orders?page=3&pageSize=7`)).json()) as Page;
    const twice = (await (await fetch(`${server.url}/orders?page=3&pageSize=7`)).json()) as Page;
    expect(again).toEqual(twice);
    expect(again.items[0]).toMatchObject({ id: "ORD-000015", date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/) as unknown });
  });

  it.each([
    ["page=0&pageSize=10", "InvalidPage"],
    ["page=x&pageSize=10", "InvalidPage"],
    ["page=1&pageSize=0", "InvalidPageSize"],
    ["page=1&pageSize=201", "InvalidPageSize"],
    ["page=1&pageSize=2.5", "InvalidPageSize"],
  ])("answers %s with a 400 envelope (%s)", async (query, code) => {
    const response = await fetch(`${server.url}/orders?${query}`);
    expect(response.status).toBe(400);
    expect(response.headers.get("x-ms-error-code")).toBe(code);
    expect(response.headers.get("x-ms-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    expect(await response.json()).toMatchObject({ error: { code, message: expect.any(String) as unknown } });
  });

  it("answers a browser's CORS preflight and exposes the error headers", async () => {
    const preflight = await fetch(`${server.url}/orders`, {
      method: "OPTIONS",
      headers: { origin: "http://127.0.0.1:8181", "access-control-request-headers": "x-ms-client-request-id, traceparent" },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-headers")).toMatch(/x-ms-client-request-id/);
    const response = await fetch(`${server.url}/orders?page=1&pageSize=1`);
    expect(response.headers.get("access-control-expose-headers")).toMatch(/x-ms-request-id.*x-ms-error-code.*retry-after/);
  });

  it("serves faults only through its control endpoint, and only as many times as asked", async () => {
    await server.fault({ page: 2, times: 1, status: 503, headers: { "Retry-After": "2" }, envelope: { code: "Busy", message: "Try later" } });
    expect((await fetch(`${server.url}/orders?page=2&pageSize=5`)).status).toBe(503);
    expect((await fetch(`${server.url}/orders?page=2&pageSize=5`)).status).toBe(200);
  });

  it("has no control endpoint unless started for tests", async () => {
    const plain = await startOrdersApi({ count: 5 });
    try {
      const response = await fetch(`${plain.url}/_control/faults`, { method: "POST", body: JSON.stringify({ status: 500 }) });
      expect(response.status).toBe(404);
      expect((await fetch(`${plain.url}/orders?page=1&pageSize=5`)).status).toBe(200);
    } finally {
      await plain.close();
    }
  });

  it("refuses to listen anywhere but loopback", async () => {
    await expect(startOrdersApi({ host: "0.0.0.0" })).rejects.toThrow(/loopback/);
  });
});
