import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../../..");
const readme = fs.readFileSync(path.join(root, "README.md"), "utf8");
interface Parameter { name: string; in: string; required?: boolean }
interface Operation { operationId?: string; "x-ms-visibility"?: string; parameters?: Parameter[] }
const swagger = JSON.parse(fs.readFileSync(path.join(root, "Solutions/connector/apiDefinition.swagger.json"), "utf8")) as {
  info: { title: string };
  paths: Record<string, Record<string, Operation>>;
};
const manifest = fs.readFileSync(path.join(root, "OrdersGrid/ControlManifest.Input.xml"), "utf8");

const blocks = [...readme.matchAll(/```powerfx\n([\s\S]*?)```/g)].map((m) => m[1] ?? "");
const operations = new Map(
  Object.values(swagger.paths)
    .flatMap((ops) => Object.values(ops))
    .map((op) => [op.operationId ?? "", op] as const),
);
const connectorName = swagger.info.title.replace(/\s+/g, "");

interface Call { operation: string; positional: string[]; named: string[]; text: string }

/** Splits at the commas that are not inside brackets, braces or strings. */
function topLevelArguments(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let current = "";
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    if (!quoted && "({[".includes(char)) depth += 1;
    if (!quoted && ")}]".includes(char)) depth -= 1;
    if (!quoted && depth === 0 && char === ",") {
      parts.push(current.trim());
      current = "";
    } else current += char;
  }
  if (current.trim() !== "") parts.push(current.trim());
  return parts;
}

/** Every `ContosoSales.X(…)` anywhere in README: code blocks and inline code alike. */
function connectorCalls(text: string): Call[] {
  const calls: Call[] = [];
  for (const match of text.matchAll(new RegExp(`\\b${connectorName}\\.(\\w+)\\(`, "g"))) {
    const open = match.index + match[0].length;
    let depth = 1;
    let end = open;
    while (end < text.length && depth > 0) {
      if (text[end] === "(") depth += 1;
      if (text[end] === ")") depth -= 1;
      end += 1;
    }
    const args = topLevelArguments(text.slice(open, end - 1));
    // Power Fx passes a connector operation's required parameters positionally, in order, and the
    // optional ones in a record after them.
    const record = args.at(-1)?.startsWith("{") ? args.pop() : undefined;
    const named = [...(record ?? "").matchAll(/(\w+)\s*:/g)].map((m) => m[1] ?? "");
    calls.push({ operation: match[1] ?? "", positional: args, named, text: text.slice(match.index, end) });
  }
  return calls;
}

function parameters(operation: Operation, required: boolean): string[] {
  return (operation.parameters ?? []).filter((p) => (p.in === "query" || p.in === "path") && (p.required ?? false) === required).map((p) => p.name);
}

describe("the Power Fx in README", () => {
  /** The formulas by what they do: the first page, OnLoadMore, and OnSort's reload in the grid's order. */
  const byRole = () => ({
    first: blocks.find((block) => block.includes("ListOrders(") && !block.includes("orderBy")),
    more: blocks.find((block) => block.includes("ListOrdersNextPage(")),
    sort: blocks.find((block) => block.includes("orderBy")),
  });

  it("has the first-page, OnLoadMore and OnSort formulas", () => {
    expect(blocks).toHaveLength(3);
    const { first, more, sort } = byRole();
    expect([first, more, sort].every((block) => block !== undefined)).toBe(true);
  });

  it("calls only operations the connector defines and Power Apps shows, with their parameters as Power Fx passes them", () => {
    const calls = connectorCalls(readme);
    expect(calls.length).toBeGreaterThanOrEqual(2);
    for (const call of calls) {
      const operation = operations.get(call.operation);
      expect(operation, call.text).toBeDefined();
      if (!operation) continue;
      expect(operation["x-ms-visibility"], `${call.text}: internal operations cannot be called from an app`).not.toBe("internal");
      expect(call.positional, `${call.text}: one positional argument per required parameter (${parameters(operation, true).join(", ")})`).toHaveLength(parameters(operation, true).length);
      expect(parameters(operation, false), `${call.text}: the record names optional parameters only`).toEqual(expect.arrayContaining(call.named));
    }
  });

  it("loads the first page with ListOrders and every further page from the last nextLink, never by page number", () => {
    const roles = byRole();
    const [first, more, sort] = [roles.first, roles.more, roles.sort].map((block) => connectorCalls(block ?? ""));
    expect(first?.map((call) => call.operation)).toEqual(["ListOrders"]);
    expect(more?.map((call) => call.operation)).toEqual(["ListOrdersNextPage"]);
    // The link read once; its page added only while it is still the last one.
    expect(more?.[0]?.positional).toEqual(["link"]);
    expect(roles.more).toMatch(/With\(\{ link: varNextLink \}/);
    expect(roles.more).toMatch(/If\(link = varNextLink,\s+Collect\(colOrders, result\.items\)/);
    // OnSort starts a new list: page 1 in the grid's order, the collection replaced.
    expect(sort?.map((call) => call.operation)).toEqual(["ListOrders"]);
    expect(roles.sort).toMatch(/ClearCollect\(colOrders, result\.items\)/);
    expect(roles.sort).toMatch(/OrdersGrid1\.sortColumn/);
    // The same formula serves OnSearch: the search goes with the sort, both read once, at the start.
    expect(roles.sort).toMatch(/text: OrdersGrid1\.searchText/);
    expect(roles.sort).toMatch(/search: If\(IsBlank\(text\)/);
    // The collection is filled only with the answer for the grid's sort and search of now, and
    // the grid is told what it holds (collectionSort, collectionSearch).
    expect(roles.sort).toMatch(/If\(column = OrdersGrid1\.sortColumn && direction = OrdersGrid1\.sortDirection && text = OrdersGrid1\.searchText,\s+ClearCollect/);
    expect(roles.sort).toMatch(/Set\(varCollectionSort, column & " " & direction\);\s+Set\(varCollectionSearch, text\)/);
    // Whatever else fills the collection says it holds no sort or search of the grid's.
    expect(roles.first).toMatch(/Set\(varCollectionSort, Blank\(\)\);\s+Set\(varCollectionSearch, Blank\(\)\)/);
    for (const block of blocks) {
      expect(block).toMatch(/Set\(varNextLink, result\.nextLink\)/);
      expect(block).toMatch(/IfError\(/);
    }
    expect(roles.more).not.toMatch(/varPage|\bpage\s*:/);
  });

  it("reads the response fields the connector's PagedOrders schema has", () => {
    for (const block of blocks) {
      for (const [, field] of block.matchAll(/result\.(\w+)/g)) expect(["items", "nextLink"]).toContain(field);
    }
  });

  it("names control properties and events that the manifest declares", () => {
    for (const name of ["nextLink", "collectionSort", "collectionSearch", "selectedOrderId", "errorCode", "errorMessage", "requestId", "sortColumn", "sortDirection", "searchText", "OnLoadMore", "OnError", "OnSort", "OnSearch"]) {
      expect(manifest).toMatch(new RegExp(`name="${name}"`));
    }
  });
});
