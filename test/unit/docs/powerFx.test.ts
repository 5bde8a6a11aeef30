import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../../..");
const readme = fs.readFileSync(path.join(root, "README.md"), "utf8");
const swagger = JSON.parse(fs.readFileSync(path.join(root, "Solutions/connector/apiDefinition.swagger.json"), "utf8")) as {
  info: { title: string };
  paths: Record<string, Record<string, { operationId?: string; parameters?: { name: string; in: string }[] }>>;
};
const manifest = fs.readFileSync(path.join(root, "OrdersGrid/ControlManifest.Input.xml"), "utf8");

const blocks = [...readme.matchAll(/```powerfx\n([\s\S]*?)```/g)].map((m) => m[1] ?? "");
const operations = new Map(
  Object.values(swagger.paths)
    .flatMap((ops) => Object.values(ops))
    .map((op) => [op.operationId ?? "", (op.parameters ?? []).filter((p) => p.in === "query" || p.in === "path").map((p) => p.name)] as const),
);
const connectorName = swagger.info.title.replace(/\s+/g, "");

describe("the Power Fx in README", () => {
  it("has the first-page and OnLoadMore formulas", () => {
    expect(blocks).toHaveLength(2);
  });

  it("calls only operations the connector defines, with parameters it takes", () => {
    const calls = blocks.flatMap((block) => [...block.matchAll(/(\w+)\.(\w+)\(\{([^}]*)\}\)/g)]);
    expect(calls.length).toBeGreaterThan(0);
    for (const [, connector, operation, args] of calls) {
      expect(connector).toBe(connectorName);
      expect([...operations.keys()]).toContain(operation);
      const names = [...(args ?? "").matchAll(/(\w+)\s*:/g)].map((m) => m[1]);
      expect(operations.get(operation ?? "")).toEqual(expect.arrayContaining(names));
    }
  });

  it("reads the response fields the connector's PagedOrders schema has", () => {
    for (const block of blocks) {
      for (const [, field] of block.matchAll(/result\.(\w+)/g)) expect(["items", "nextLink"]).toContain(field);
    }
  });

  it("names control properties and events that the manifest declares", () => {
    for (const name of ["nextLink", "selectedOrderId", "errorCode", "errorMessage", "requestId", "OnLoadMore", "OnError"]) {
      expect(manifest).toMatch(new RegExp(`name="${name}"`));
    }
  });
});
