import type { Fault } from "../orders-api/faults";
import { expect, openHarness, test, type HarnessControl, type OrdersApiControl } from "./harness";

/** Page 1 (20 orders) loads; page 2, requested at once because the view is near the end, fails. */
async function openWithPage2(page: Parameters<typeof openHarness>[0], api: OrdersApiControl, fault: Fault | null, extra = {}) {
  if (fault) await api.fault({ page: 2, ...fault });
  const control = await openHarness(page, { apiBaseUrl: api.url, pageSize: 20, ...extra });
  await expect(control.grid.getByText("ORD-000001", { exact: true })).toBeVisible();
  return control;
}

async function expectRowsKept(control: HarnessControl) {
  await expect(control.status).toHaveText("Orders loaded: 20");
  await expect(control.grid.getByText("ORD-000001", { exact: true })).toBeVisible();
  await expect(control.root.getByRole("alert")).toContainText("The orders already loaded are kept (20).");
}

const pageRequests = async (api: OrdersApiControl, n: number) => (await api.listRequests()).filter((r) => r.page === n);

const cases: {
  name: string;
  fault: Fault;
  title: string;
  detail: string | RegExp;
  code?: string;
  requests: number;
  retry: boolean;
}[] = [
  {
    name: "problem+json 400",
    fault: {
      status: 400,
      contentType: "application/problem+json",
      body: JSON.stringify({ type: "https://contoso.com/problems/invalid-filter", title: "Invalid filter", status: 400, detail: "The status filter 'Lost' is unknown" }),
    },
    title: "The Sales API refused the request",
    detail: "The status filter 'Lost' is unknown",
    code: "invalid-filter",
    requests: 1,
    retry: true,
  },
  {
    name: "an HTML 502 from a gateway, after three retries",
    fault: { status: 502, contentType: "text/html", body: "<html><body><h1>502 Bad Gateway</h1><p>nginx</p></body></html>" },
    title: "The Sales API had a problem",
    detail: "The service answered HTTP 502 without details.",
    requests: 4,
    retry: true,
  },
  {
    name: "401",
    fault: { status: 401, envelope: { code: "InvalidAuthenticationToken", message: "The access token has expired" } },
    title: "Sign in again: the connection to the Sales API is not signed in",
    detail: "The access token has expired",
    code: "InvalidAuthenticationToken",
    requests: 1,
    retry: true,
  },
  {
    name: "403",
    fault: { status: 403, envelope: { code: "InsufficientPermissions", message: "Reading orders needs the Sales Reader role" } },
    title: "You don't have access to these orders: ask your administrator",
    detail: "Reading orders needs the Sales Reader role",
    code: "InsufficientPermissions",
    requests: 1,
    retry: true,
  },
  {
    name: "400",
    fault: { status: 400, envelope: { code: "InvalidPageSize", message: "pageSize must be an integer from 1 to 200" } },
    title: "The Sales API refused the request",
    detail: "pageSize must be an integer from 1 to 200",
    code: "InvalidPageSize",
    requests: 1,
    retry: true,
  },
  {
    name: "an envelope whose message has markup",
    fault: { status: 400, envelope: { code: "InvalidFilter", message: "<p>The status filter <b>Lost</b> is unknown &amp; was ignored</p>" } },
    title: "The Sales API refused the request",
    detail: "The status filter Lost is unknown & was ignored",
    code: "InvalidFilter",
    requests: 1,
    retry: true,
  },
  {
    name: "an envelope whose message is a stack trace",
    fault: { status: 400, envelope: { code: "NullReference", message: "System.NullReferenceException: Object reference not set to an instance of an object.\n   at Contoso.Sales.Orders.List()" } },
    title: "The Sales API refused the request",
    detail: "The service sent only technical details (such as a stack trace), which are not shown here.",
    code: "NullReference",
    requests: 1,
    retry: true,
  },
  {
    name: "malformed JSON",
    fault: { status: 200, body: '{"items": [{"id": "ORD-9', contentType: "application/json" },
    title: "The Sales API sent a page that can't be read",
    detail: "The page is not valid JSON.",
    code: "InvalidJson",
    requests: 1,
    retry: true,
  },
  {
    name: "an item without id",
    fault: { items: [{ id: "ORD-X1", total: 5 }, { total: 7, customer: "No Id Ltd" }] },
    title: "The Sales API sent a page that can't be read",
    detail: /expected form/,
    code: "InvalidPage",
    requests: 1,
    retry: true,
  },
];

for (const c of cases) {
  test(`${c.name}: the right notification, loaded rows kept`, async ({ page, api }) => {
    const control = await openWithPage2(page, api, c.fault);
    const alert = control.root.getByRole("alert");
    await expect(alert).toBeVisible({ timeout: 20_000 });
    await expect(alert).toContainText(c.title);
    await expect(alert.getByTestId("error-message")).toHaveText(c.detail);
    if (c.code) await expect(alert.getByTestId("error-code")).toHaveText(c.code);
    await expect(alert.getByTestId("error-request-id")).toHaveText(/^[0-9a-f-]{36}$/);
    await expect(alert.getByRole("button", { name: "Retry" })).toHaveCount(c.retry ? 1 : 0);
    await expectRowsKept(control);
    expect(await pageRequests(api, 2)).toHaveLength(c.requests);
  });
}

test("a hung request times out, is retried, and ends in a timeout notification", async ({ page, api }) => {
  const control = await openWithPage2(page, api, { hang: true }, { requestTimeout: 1 });
  const alert = control.root.getByRole("alert");
  await expect(alert).toBeVisible({ timeout: 30_000 });
  await expect(alert).toContainText("The Sales API did not answer in time");
  await expect(alert.getByTestId("error-code")).toHaveText("RequestTimeout");
  await expectRowsKept(control);
  const page2 = await pageRequests(api, 2);
  expect(page2).toHaveLength(4);
  expect(page2.every((r) => r.status === -2)).toBe(true); // each one abandoned by the client
  // Nothing answered: the id shown is the one the last attempt sent, which the service logged.
  await expect(alert.getByTestId("error-request-id")).toHaveText(page2.at(-1)?.clientRequestId ?? "no client request id was sent");
});

test("429 with Retry-After 2: waits at least 2 s, says so, then loads the page", async ({ page, api }) => {
  const control = await openWithPage2(page, api, {
    times: 1,
    status: 429,
    headers: { "Retry-After": "2" },
    envelope: { code: "TooManyRequests", message: "Rate limit is exceeded" },
  });
  await expect(control.status).toHaveText(/The Sales API is busy — retrying in [12] s/);
  // Fluent's toaster also repeats the text in a live region for screen readers.
  await expect(page.getByText("Retrying automatically in 2 s.").first()).toBeVisible();
  await expect(control.status).toHaveText("Orders loaded: 40", { timeout: 10_000 });
  const [first, second] = await pageRequests(api, 2);
  expect(first?.status).toBe(429);
  expect(second?.status).toBe(200);
  expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(2000);
  await expect(control.root.getByRole("alert")).toHaveCount(0);
});

test("503 with Retry-After of a day: no countdown; says when to call again, with Retry now and Refresh", async ({ page, api }) => {
  // (The harness page's own UI warns about a NaN width before the control renders: not the control's.)
  const unmountedUpdates: string[] = [];
  page.on("console", (message) => {
    if (message.text().includes("Can't perform a React state update")) unmountedUpdates.push(message.text());
  });
  const control = await openWithPage2(page, api, {
    status: 503,
    headers: { "Retry-After": "86400" },
    envelope: { code: "ServiceUnavailable", message: "The Sales API is closed for maintenance until tomorrow" },
  });
  const alert = control.root.getByRole("alert");
  await expect(alert).toBeVisible();
  // Tomorrow, so the date with the time: in the user's language and the browser's time zone.
  const tomorrow = await page.evaluate(() => new Intl.DateTimeFormat("en-US", { dateStyle: "medium" }).format(Date.now() + 86_400_000));
  await expect(alert.getByTestId("error-call-back")).toHaveText(new RegExp(`^The Sales API asked to be called again at ${tomorrow}, \\d{1,2}:\\d{2}\\s(AM|PM)\\.$`));
  await expect(alert.getByTestId("error-code")).toHaveText("ServiceUnavailable");
  await expectRowsKept(control);
  await expect(page.getByText(/Retrying automatically/)).toHaveCount(0);
  expect(await pageRequests(api, 2)).toHaveLength(1);

  await alert.getByRole("button", { name: "Retry now" }).click();
  await expect.poll(async () => (await pageRequests(api, 2)).length).toBe(2);
  await expect(alert.getByRole("button", { name: "Retry now" })).toBeVisible();
  await api.clearFaults();
  await alert.getByRole("button", { name: "Refresh" }).click();
  await expect(control.root.getByRole("alert")).toHaveCount(0);
  await expect(control.status).toHaveText(/Orders loaded: (20|40)/);
  expect(await pageRequests(api, 1)).toHaveLength(2);
  expect(unmountedUpdates).toEqual([]);
});

test("503 without Retry-After: backs off exponentially, then loads the page", async ({ page, api }) => {
  const control = await openWithPage2(page, api, { times: 2, status: 503, envelope: { code: "ServiceUnavailable", message: "Warming up" } });
  await expect(control.status).toHaveText(/Retrying in \d s \(attempt 1 of 3\)|Retrying… attempt 1 of 3/);
  await expect(control.status).toHaveText("Orders loaded: 40", { timeout: 15_000 });
  const attempts = await pageRequests(api, 2);
  expect(attempts.map((r) => r.status)).toEqual([503, 503, 200]);
  const gaps = attempts.slice(1).map((r, i) => r.at - (attempts[i]?.at ?? 0));
  expect(gaps[0]).toBeGreaterThanOrEqual(500);
  expect(gaps[1]).toBeGreaterThanOrEqual(1000);
});

test("a nextLink to another origin is never requested", async ({ page, api }) => {
  const elsewhere = api.url.replace("127.0.0.1", "localhost");
  await api.fault({ page: 1, nextLink: `${elsewhere}/orders?page=2&pageSize=20` });
  const control = await openHarness(page, { apiBaseUrl: api.url, pageSize: 20 });
  const alert = control.root.getByRole("alert");
  await expect(alert).toContainText("Loading stopped: the next page can't be followed safely");
  await expect(alert.getByTestId("error-message")).toHaveText("The link to the next page points to another site, so it was not requested.");
  await expect(alert.getByTestId("error-code")).toHaveText("NextLinkOtherOrigin");
  await expect(alert.getByRole("button", { name: "Retry" })).toHaveCount(0);
  await expectRowsKept(control);
  expect((await api.listRequests()).map((r) => r.path)).toEqual(["/orders?page=1&pageSize=20"]);
});

test("a nextLink with a user name and password is never requested, and the notification says why", async ({ page, api }) => {
  await api.fault({ page: 1, nextLink: `${api.url.replace("://", "://sales:s3cret@")}/orders?page=2&pageSize=20` });
  const control = await openHarness(page, { apiBaseUrl: api.url, pageSize: 20 });
  const alert = control.root.getByRole("alert");
  await expect(alert).toContainText("Loading stopped: the next page can't be followed safely");
  await expect(alert.getByTestId("error-message")).toHaveText(
    "The link to the next page contains a user name or password, so it was not followed: credentials in a link are unsafe.",
  );
  await expect(alert.getByTestId("error-code")).toHaveText("NextLinkCredentials");
  await expect(alert.getByRole("button", { name: "Retry" })).toHaveCount(0);
  await expect(alert).not.toContainText("s3cret");
  await expectRowsKept(control);
  expect((await api.listRequests()).map((r) => r.path)).toEqual(["/orders?page=1&pageSize=20"]);
});

test("a nextLink cycle stops loading instead of paging forever", async ({ page, api }) => {
  await api.fault({ page: 2, nextLink: `${api.url}/orders?page=1&pageSize=20` });
  const control = await openHarness(page, { apiBaseUrl: api.url, pageSize: 20 });
  await expect(control.status).toHaveText("Orders loaded: 40");
  await control.scrollToEnd();
  const alert = control.root.getByRole("alert");
  await expect(alert.getByTestId("error-code")).toHaveText("NextLinkCycle");
  await expect(control.status).toHaveText("Orders loaded: 40");
  expect((await api.listRequests()).map((r) => r.page)).toEqual([1, 2]);
});

test("an empty page with a nextLink is followed", async ({ page, api }) => {
  const control = await openWithPage2(page, api, { items: [] });
  await expect(control.status).toHaveText("Orders loaded: 40");
  await control.scrollToRow(15);
  await expect(control.grid.getByText("ORD-000041", { exact: true })).toBeVisible();
  const rows = (await control.renderedRows()).filter((r) => r.rowIndex >= 20 && r.rowIndex <= 23);
  expect(rows.map((r) => r.id)).toEqual(["ORD-000019", "ORD-000020", "ORD-000041", "ORD-000042"]);
  await expect(control.root.getByRole("alert")).toHaveCount(0);
});

test("an order repeated on a later page is shown once, with the later values", async ({ page, api }) => {
  await api.fault({
    page: 2,
    items: [
      { id: "ORD-000005", total: 10, currency: "USD", date: "2026-06-01", customer: "Fourth Coffee", status: "Returned" },
      { id: "ORD-000021", total: 11, currency: "USD", date: "2026-06-01", customer: "Relecloud", status: "Pending" },
    ],
    nextLink: null,
  });
  const control = await openHarness(page, { apiBaseUrl: api.url, pageSize: 20 });
  await expect(control.status).toHaveText("End of list · Orders: 21");
  const rows = await control.renderedRows();
  expect(rows.filter((r) => r.id === "ORD-000005")).toHaveLength(1);
  await expect(control.root.locator('[data-order-id="ORD-000005"]')).toContainText("Returned");
});

test("HTML in an order field is shown as text, never run", async ({ page, api }) => {
  const payload = '<img src=x onerror="window.pwned=1"><b>Bold</b>';
  await api.fault({ page: 1, items: [{ id: "ORD-X", total: 1, currency: "USD", date: "2026-06-01", customer: payload, status: "<script>window.pwned=2</script>" }], nextLink: null });
  const control = await openHarness(page, { apiBaseUrl: api.url, pageSize: 20 });
  const row = control.root.locator('[data-order-id="ORD-X"]');
  await expect(row).toContainText(payload);
  await expect(row).toContainText("<script>window.pwned=2</script>");
  expect(await row.locator("img, b, script").count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
});

test("totals sent as invariant numeric strings are formatted; other text and non-ISO dates are shown as sent", async ({ page, api }) => {
  const order = (id: string, total: unknown, date: string) => ({ id, total, currency: "USD", date, customer: "Relecloud", status: "Open" });
  await api.fault({
    page: 1,
    items: [order("ORD-S1", "1234.5", "2026-03-14"), order("ORD-S2", "-0.10", "2026-03-14"), order("ORD-S3", "n/a", "03/14/2026"), order("ORD-S4", "1,234.50", "2026-02-30")],
    nextLink: null,
  });
  const control = await openHarness(page, { apiBaseUrl: api.url, pageSize: 20 });
  await expect(control.status).toHaveText("End of list · Orders: 4");
  const cells = async (id: string) => control.root.locator(`[data-order-id="${id}"]`).getByRole("gridcell").allTextContents();
  expect(await cells("ORD-S1")).toEqual(["ORD-S1", "Mar 14, 2026", "Relecloud", "Open", "$1,234.50"]);
  expect(await cells("ORD-S2")).toEqual(["ORD-S2", "Mar 14, 2026", "Relecloud", "Open", "-$0.10"]);
  expect(await cells("ORD-S3")).toEqual(["ORD-S3", "03/14/2026", "Relecloud", "Open", "n/a"]);
  expect(await cells("ORD-S4")).toEqual(["ORD-S4", "2026-02-30", "Relecloud", "Open", "1,234.50"]);
});
