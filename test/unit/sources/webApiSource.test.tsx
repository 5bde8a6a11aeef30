// @vitest-environment jsdom
import { screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { webApiError } from "../../../OrdersGrid/sources/createWebApiOrdersSource";
import { parseWebApiColumns } from "../../../OrdersGrid/sources/webApiColumns";
import { phraseText } from "../../../OrdersGrid/strings/stringKeys";
import { loadStrings } from "../../support/strings";
import { mountControl } from "../../support/mountControl";
import { scrollToRow } from "../../support/renderPanel";

const ORG = "https://contoso.crm.dynamics.com/api/data/v9.2/contoso_orders";
const COLUMNS = "id:contoso_ordernumber, total:contoso_total, date:createdon, customer:_contoso_customerid_value, status:statuscode";

function entity(n: number): Record<string, unknown> {
  return {
    contoso_ordernumber: `ORD-${String(n).padStart(6, "0")}`,
    contoso_total: 1000 + n,
    "contoso_total@OData.Community.Display.V1.FormattedValue": `$${1000 + n}.00`,
    createdon: "2026-03-14T09:30:00Z",
    _contoso_customerid_value: "6f1c…",
    "_contoso_customerid_value@OData.Community.Display.V1.FormattedValue": `Customer ${n}`,
    statuscode: 1,
    "statuscode@OData.Community.Display.V1.FormattedValue": "Active",
  };
}

/** A Dataverse table of `count` rows paged by $skiptoken, as retrieveMultipleRecords returns it. */
type Retrieve = (table: string, options?: string, maxPageSize?: number) => Promise<{ entities: Record<string, unknown>[]; nextLink?: string }>;

function dataverse(count: number) {
  return vi.fn<Retrieve>((_table, options, maxPageSize = 5000) => {
    const skip = Number(new URLSearchParams(options?.replace(/^\?/, "") ?? "").get("$skiptoken") ?? 0);
    const entities = Array.from({ length: Math.min(maxPageSize, count - skip) }, (_, i) => entity(skip + i + 1));
    const next = skip + maxPageSize < count ? `${ORG}${options?.split("&$skiptoken")[0] ?? ""}&$skiptoken=${skip + maxPageSize}` : undefined;
    return Promise.resolve({ entities, ...(next ? { nextLink: next } : {}) });
  });
}

describe("the WebApi source", () => {
  it("reads the configured table with $select and maxPageSize, then follows nextLink's query part", async () => {
    const retrieve = dataverse(45);
    const { container } = mountControl({ dataSource: "WebApi", pageSize: 20, webApiTable: "contoso_order", webApiColumns: COLUMNS, retrieveMultipleRecords: retrieve });
    await screen.findByText("ORD-000001");
    scrollToRow(container, 30);
    await screen.findByText("End of list · Orders: 45");
    expect(retrieve.mock.calls.map((c) => c.slice(0, 3))).toEqual([
      ["contoso_order", "?$select=contoso_ordernumber,contoso_total,createdon,_contoso_customerid_value,statuscode", 20],
      ["contoso_order", "?$select=contoso_ordernumber,contoso_total,createdon,_contoso_customerid_value,statuscode&$skiptoken=20", 20],
      ["contoso_order", "?$select=contoso_ordernumber,contoso_total,createdon,_contoso_customerid_value,statuscode&$skiptoken=40", 20],
    ]);
    scrollToRow(container, 0);
    await screen.findByText("ORD-000002");
    const row = container.querySelector<HTMLElement>('[data-order-id="ORD-000002"]') ?? document.body;
    expect(within(row).getAllByRole("gridcell").map((c) => c.textContent)).toEqual(["ORD-000002", "Mar 14, 2026, 9:30 AM", "Customer 2", "Active", "$1002.00"]);
  });

  it("shows Dataverse errors through the same notification, with the error code", async () => {
    const retrieve = vi.fn(() => Promise.reject(Object.assign(new Error("Principal user is missing prvReadcontoso_order privilege"), { errorCode: 0x80040220 })));
    const { control } = mountControl({ dataSource: "WebApi", webApiTable: "contoso_order", webApiColumns: COLUMNS, retrieveMultipleRecords: retrieve });
    const alert = await screen.findByRole("alert");
    expect(within(alert).getByText("Principal user is missing prvReadcontoso_order privilege")).toBeTruthy();
    expect(within(alert).getByTestId("error-code").textContent).toBe("0x80040220");
    expect(control.getOutputs().errorCode).toBe("0x80040220");
  });

  it.each([
    [401, "Sign in again: your Dataverse session has ended"],
    [400, "Dataverse refused the request"],
  ])("names Dataverse, not the Sales API, in the notification of an HTTP %i", async (status, title) => {
    const retrieve = vi.fn(() => Promise.reject(Object.assign(new Error("The user is not authenticated"), { errorCode: 0x80072322, status })));
    mountControl({ dataSource: "WebApi", webApiTable: "contoso_order", webApiColumns: COLUMNS, retrieveMultipleRecords: retrieve });
    const alert = await screen.findByRole("alert");
    expect(within(alert).getByText(title)).toBeTruthy();
    expect(alert.textContent).not.toMatch(/Sales API/);
  });

  it("never shows the engine's own words when the Web API call throws something that is no Dataverse error", async () => {
    const retrieve = vi.fn(() => Promise.reject(new TypeError("Cannot read properties of undefined (reading 'entities')")));
    // A bug's only trace for a developer is the console: the engine's words go there, not to the user.
    const consoleError = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      mountControl({ dataSource: "WebApi", webApiTable: "contoso_order", webApiColumns: COLUMNS, retrieveMultipleRecords: retrieve });
      const alert = await screen.findByRole("alert");
      expect(within(alert).getByText("Orders could not be loaded")).toBeTruthy();
      expect(within(alert).getByTestId("error-message").textContent).toBe("Something unexpected went wrong while loading orders.");
      expect(alert.textContent).not.toMatch(/Cannot read properties/);
      expect(consoleError).toHaveBeenCalledWith(expect.objectContaining({ code: "UnexpectedError", message: expect.stringMatching(/Cannot read properties/) as unknown }));
    } finally {
      consoleError.mockRestore();
    }
  });

  it("tells the app maker what to set while the table or columns are missing or wrong", () => {
    const { container, update } = mountControl({ dataSource: "WebApi", webApiTable: "contoso_order" });
    expect(container.querySelector('[data-grid-state="notConfigured"]')).not.toBeNull();
    expect(screen.getByText(/Set the Dataverse table \(webApiTable\) and the columns/)).toBeTruthy();
    // The title names Dataverse, not the Sales API this source never calls.
    expect(screen.getByText("Connect OrdersGrid to a Dataverse table")).toBeTruthy();
    update({ webApiColumns: "total:contoso_total" });
    expect(screen.getByText("The Dataverse columns setting (webApiColumns) can't be used: the id column is missing.")).toBeTruthy();
    expect(screen.queryByText("Connect OrdersGrid to the Sales API")).toBeNull();
  });
});

describe("webApiError", () => {
  const LIMIT = "Number of requests exceeded the limit of 6000 over time window of 300 seconds.";
  it.each([
    ["fetch failing", new TypeError("Failed to fetch"), { kind: "network", code: "NetworkError", serviceMessage: undefined }],
    ["the engine throwing", new TypeError("x is not a function"), { kind: "unexpected", code: "UnexpectedError", serviceMessage: undefined }],
    ["a thrown string", "offline", { kind: "network", code: "NetworkError", serviceMessage: undefined }],
    [
      "a Dataverse error",
      { errorCode: 0x80040220, message: "Principal user is missing prvReadcontoso_order privilege", status: 403 },
      { kind: "forbidden", code: "0x80040220", status: 403, serviceMessage: "Principal user is missing prvReadcontoso_order privilege" },
    ],
    ["a Dataverse error without a message", { errorCode: 0x80060891 }, { kind: "badRequest", code: "0x80060891", serviceMessage: undefined }],
    // The client API documents only errorCode and message: a service protection limit's code says "throttled" without a status.
    ["a service protection limit without a status", { errorCode: 0x80072322, message: LIMIT }, { kind: "throttled", code: "0x80072322", serviceMessage: LIMIT }],
    ["the execution time limit without a status", { errorCode: 0x80072321, message: LIMIT }, { kind: "throttled", code: "0x80072321", serviceMessage: LIMIT }],
    ["the concurrent requests limit as a negative errorCode", { errorCode: 0x80072326 | 0, message: LIMIT }, { kind: "throttled", code: "0x80072326", serviceMessage: LIMIT }],
  ])("reads %s", (_name, thrown, expected) => {
    const { kind, code, status, serviceMessage } = webApiError(thrown);
    expect({ kind, code, status, serviceMessage }).toEqual(expected);
  });
});

describe("parseWebApiColumns", () => {
  it("reads field:column pairs", () => {
    expect(parseWebApiColumns(COLUMNS)).toEqual({
      ok: true,
      columns: { id: "contoso_ordernumber", total: "contoso_total", date: "createdon", customer: "_contoso_customerid_value", status: "statuscode" },
    });
  });

  it.each([
    ["total:contoso_total", /id column is missing/],
    ["id:contoso_id,price:contoso_total", /unknown field "price"/],
    ["id:contoso_id;total", /"total" is not field:column/],
    ["id:contoso_id&$expand=x", /not a column logical name/],
  ])("refuses %s", (raw, problem) => {
    const result = parseWebApiColumns(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(phraseText(loadStrings(), result.problem)).toMatch(problem);
  });
});
