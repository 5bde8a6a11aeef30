import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { expect, test } from "./harness";

const root = path.resolve(__dirname, "../..");
const FILES: Readonly<Record<string, string>> = {
  "/": path.join(__dirname, "pages/twoInstances.html"),
  "/vendor/react.js": path.join(root, "node_modules/react/umd/react.production.min.js"),
  "/vendor/react-dom.js": path.join(root, "node_modules/react-dom/umd/react-dom.production.min.js"),
  "/vendor/fluent.js": path.join(root, "node_modules/pcf-start/lib/fluent_9_4_0.js"),
  "/control/bundle.js": path.join(root, "out/controls/OrdersGrid/bundle.js"),
  "/control/strings/OrdersGrid.1033.resx": path.join(root, "out/controls/OrdersGrid/strings/OrdersGrid.1033.resx"),
};

let server: http.Server;
let pageUrl = "";

test.beforeAll(async () => {
  server = http.createServer((req, res) => {
    const file = FILES[new URL(req.url ?? "/", "http://127.0.0.1").pathname];
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    const type = file.endsWith(".html") ? "text/html" : file.endsWith(".js") ? "text/javascript" : "application/xml";
    res.writeHead(200, { "content-type": `${type}; charset=utf-8` });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  pageUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});

test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

test("two instances on one page share no cache, ids or state, and each takes its host theme", async ({ page, api }) => {
  await page.goto(`${pageUrl}?api=${encodeURIComponent(api.url)}`);
  const light = page.locator("#light");
  const dark = page.locator("#dark");
  await expect(light.getByText("ORD-000001", { exact: true })).toBeVisible();
  await expect(dark.getByText("ORD-000001", { exact: true })).toBeVisible();

  // No shared cache: each instance asked for the first page itself.
  expect((await api.listRequests()).filter((r) => r.page === 1)).toHaveLength(2);

  // No shared ids: the row each grid points screen readers at is its own, and every id in the
  // page is unique (Fluent's and the grid's own).
  const activeIds: string[] = [];
  for (const host of [light, dark]) {
    const grid = host.getByRole("grid");
    await grid.focus();
    const active = await grid.getAttribute("aria-activedescendant");
    if (!active) throw new Error("a focused grid points at its active row");
    await expect(host.locator(`[id="${active}"]`)).toHaveAttribute("data-order-id", "ORD-000001");
    const ids = await page.locator("[id]").evaluateAll((els) => els.map((e) => e.id));
    expect(ids).toContain(active);
    expect(new Set(ids).size).toBe(ids.length);
    activeIds.push(active);
  }
  expect(activeIds[0]).not.toBe(activeIds[1]);

  // No shared state: selecting in one leaves the other alone.
  await light.locator('[data-order-id="ORD-000002"]').click();
  await expect(light.locator('[data-order-id="ORD-000002"]')).toHaveAttribute("aria-selected", "true");
  await expect(dark.locator('[data-order-id="ORD-000002"]')).toHaveAttribute("aria-selected", "false");

  // Each takes its theme: the host's dark tokens in one, Fluent's light theme in the other.
  const background = (host: typeof light) => host.getByRole("grid").evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(await background(light)).toBe("rgb(255, 255, 255)");
  expect(await background(dark)).toBe("rgb(41, 41, 41)");
});
