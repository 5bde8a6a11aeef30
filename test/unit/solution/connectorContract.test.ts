/**
 * The reference orders API and the connector definition cannot drift: the API's real answers
 * (pages, validation errors, injected failures) must match the definition's responses, and the
 * limits the definition declares must be the ones the API enforces. ListOrdersNextPage is not the
 * API's: the connector's custom code answers it by forwarding to the nextLink, so the reference
 * API does not serve it and its pages are the ones ListOrders' nextLinks name.
 */
import fs from "node:fs";
import { beforeEach, describe, expect, it } from "vitest";
import { readConnectorDefinition } from "../../../scripts/solution/connectorPackage";
import { isJsonObject, objectAt, stringAt } from "../../../scripts/solution/json";
import { REPOSITORY } from "../../../scripts/solution/layout";
import { withOrdersApi } from "../../support/ordersApi";
import { parameterOf, responseValidator } from "./responseValidator";

const api = withOrdersApi({ count: 120 });
beforeEach(() => api.reset());

const { definition, scriptOperations } = readConnectorDefinition(REPOSITORY);
/** The operations the reference API serves; each is exercised below. */
const SERVED_BY_THE_API = ["ListOrders"];
const check = responseValidator(definition);

async function listOrders(url: string, init?: RequestInit) {
  const response = await fetch(url, init);
  const body: unknown = await response.json();
  return { status: response.status, body, headers: response.headers, result: check("ListOrders", response.status, body, response.headers) };
}

function operationsIn(paths: unknown): unknown[] {
  return Object.values(isJsonObject(paths) ? paths : {}).flatMap((item) => Object.values(isJsonObject(item) ? item : {}));
}

function operationOf(operationId: string): unknown {
  const operation = operationsIn(definition.paths).find((candidate) => stringAt(candidate, "operationId") === operationId);
  if (operation === undefined) throw new Error(`The definition has no operation ${operationId}`);
  return operation;
}

function limit(name: string, keyword: "minimum" | "maximum"): number {
  const value = parameterOf(definition, "ListOrders", name)[keyword];
  if (typeof value !== "number") throw new Error(`ListOrders.${name} declares no ${keyword}`);
  return value;
}

describe("the connector definition against the reference orders API", () => {
  it("describes every page of a full listing, followed by nextLink to the end", async () => {
    let link: string | null = `${api.url}/orders?page=1&pageSize=50`;
    const pages: unknown[] = [];
    while (link) {
      const page = await listOrders(link, { headers: { "x-ms-client-request-id": "contract-test" } });
      expect(page.status).toBe(200);
      expect(page.result).toEqual({ documentedAs: "200", problems: [] });
      pages.push(page.body);
      link = stringAt(page.body, "nextLink") ?? null;
    }
    expect(pages).toHaveLength(3);
    expect(pages.at(-1)).toMatchObject({ nextLink: null });
  });

  it("describes a page past the end: no orders and a null nextLink", async () => {
    const page = await listOrders(`${api.url}/orders?page=9&pageSize=50`);
    expect(page.body).toEqual({ items: [], nextLink: null });
    expect(page.result.problems).toEqual([]);
  });

  it("declares the page and pageSize limits the API enforces, and its 400 envelope", async () => {
    const firstPage = limit("page", "minimum");
    const largest = limit("pageSize", "maximum");
    const smallest = limit("pageSize", "minimum");
    expect((await listOrders(`${api.url}/orders?page=${firstPage}&pageSize=${largest}`)).status).toBe(200);
    expect((await listOrders(`${api.url}/orders?page=${firstPage}&pageSize=${smallest}`)).status).toBe(200);
    for (const query of [`page=${firstPage - 1}&pageSize=10`, `page=1&pageSize=${largest + 1}`, `page=1&pageSize=${smallest - 1}`]) {
      const refused = await listOrders(`${api.url}/orders?${query}`);
      expect(refused.status, query).toBe(400);
      expect(refused.result, query).toEqual({ documentedAs: "400", problems: [] });
    }
  });

  it.each([
    { status: 401, envelope: { code: "Unauthorized", message: "Sign in again." } },
    { status: 403, envelope: { code: "Forbidden", message: "You may not read orders." } },
    { status: 429, envelope: { code: "TooManyRequests", message: "Slow down." }, headers: { "Retry-After": "3" } },
    { status: 500, envelope: { code: "InternalError", message: "Failed.", innererror: { code: "DatabaseTimeout" } } },
    { status: 503, envelope: { code: "ServiceUnavailable", message: "Down for maintenance.", details: [{ code: "Maintenance", message: "Back at 02:00" }] } },
  ])("describes a $status answer with its envelope and headers", async (fault) => {
    await api.fault({ ...fault, times: 1 });
    const answer = await listOrders(`${api.url}/orders?page=1&pageSize=10`);
    expect(answer.status).toBe(fault.status);
    expect(answer.headers.get("x-ms-request-id")).toBeTruthy();
    expect(answer.result).toEqual({ documentedAs: fault.status === 503 ? "default" : String(fault.status), problems: [] });
  });

  it("serves every operation of the definition except the ones the connector's custom code answers", () => {
    const ids = operationsIn(definition.paths).map((operation) => stringAt(operation, "operationId"));
    expect(scriptOperations).toEqual(["ListOrdersNextPage"]);
    expect(ids.filter((id) => id === undefined || !scriptOperations.includes(id))).toEqual(SERVED_BY_THE_API);
  });

  it("describes, as ListOrdersNextPage's answers, the pages ListOrders' nextLinks name (the custom code forwards to them)", async () => {
    let link: string | null = `${api.url}/orders?page=1&pageSize=50`;
    let followed = 0;
    while (link) {
      const response = await fetch(link);
      const body: unknown = await response.json();
      if (followed > 0) expect(check("ListOrdersNextPage", response.status, body, response.headers)).toEqual({ documentedAs: "200", problems: [] });
      link = stringAt(body, "nextLink") ?? null;
      followed += 1;
    }
    expect(followed).toBe(3);
  });

  it("documents every refusal the custom code answers with, in the error envelope of its 400", () => {
    const script = fs.readFileSync(REPOSITORY.script, "utf8");
    const codes = [...new Set([...script.matchAll(/"(NextLink[A-Za-z]+)"/g)].map((match) => match[1] ?? ""))];
    expect(codes.sort()).toEqual(["NextLinkCredentials", "NextLinkInvalid", "NextLinkMissing", "NextLinkNotHttps", "NextLinkOtherHost"]);
    const documented = stringAt(objectAt(objectAt(operationOf("ListOrdersNextPage"), "responses"), "400"), "description") ?? "";
    for (const code of codes) {
      expect(documented, code).toContain(code);
      expect(check("ListOrdersNextPage", 400, { error: { code, message: "Refused." } }, new Headers()).problems, code).toEqual([]);
    }
  });

  it("would notice drift: a page or an error the definition does not describe fails the check", () => {
    const headers = new Headers({ "x-ms-request-id": "1" });
    expect(check("ListOrders", 200, { items: [{ total: 5 }], nextLink: 7 }, headers).problems).toEqual(
      expect.arrayContaining([expect.stringMatching(/items\/0 must have required property 'id'/), expect.stringMatching(/nextLink must be string,null/)]),
    );
    expect(check("ListOrders", 400, { error: { message: "no code" } }, headers).problems).toEqual([
      expect.stringMatching(/error must have required property 'code'/),
    ]);
    expect(check("ListOrders", 200, { items: [] }, new Headers({ "x-ms-error-code": "X" })).problems).toEqual([
      "header x-ms-error-code is sent but not documented for 200",
    ]);
  });
});
