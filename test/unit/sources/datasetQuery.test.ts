import { describe, expect, it } from "vitest";
import { createDatasetReader, mapColumns } from "../../../OrdersGrid/host/readDataset";
import { createDatasetOrdersSource } from "../../../OrdersGrid/sources/createDatasetOrdersSource";
import { createDatasetFeed } from "../../../OrdersGrid/sources/datasetFeed";
import { applyDatasetQuery, likeContains, type DatasetQuery } from "../../../OrdersGrid/sources/datasetQuery";
import { MockDataset, ORDER_COLUMNS, orderRows } from "../../support/mockDataset";

const signal = () => new AbortController().signal;

/** The Dataset source over `dataset`, fed as updateView feeds it. */
function datasetSource(dataset: MockDataset, query: DatasetQuery, nextLink?: string) {
  const feed = createDatasetFeed();
  const read = createDatasetReader();
  const push = () => feed.push({ dataset: read(dataset), nextLink });
  dataset.onChange = push;
  push();
  return createDatasetOrdersSource({ feed, dataset: () => dataset, pageSize: 25, timeoutMs: 5_000, requestMore: () => undefined, query });
}

describe("applyDatasetQuery", () => {
  const columns = mapColumns(ORDER_COLUMNS);

  it("sorts by the column the field is read from, and searches the text columns with like", () => {
    const dataset = new MockDataset({ rows: [] });
    expect(applyDatasetQuery(dataset, columns, { sort: { field: "total", direction: "descending" }, search: " Contoso " })).toEqual({ applied: true, changed: true });
    expect(dataset.sorting).toEqual([{ name: "amount", sortDirection: 1 }]);
    expect(dataset.filtering.getFilter()).toEqual({
      filterOperator: 1,
      conditions: ["orderid", "account", "state"].map((attributeName) => ({ attributeName, conditionOperator: 6, value: "%Contoso%" })),
    });
  });

  it("changes nothing, and asks for no refresh, when the data-set already sorts and filters that way", () => {
    const dataset = new MockDataset({ rows: [] });
    applyDatasetQuery(dataset, columns, { sort: { field: "id", direction: "ascending" } });
    expect(applyDatasetQuery(dataset, columns, { sort: { field: "id", direction: "ascending" } })).toEqual({ applied: true, changed: false });
    expect(applyDatasetQuery(dataset, columns, {})).toEqual({ applied: true, changed: true });
    expect(dataset.sorting).toEqual([]);
    expect(dataset.calls).toEqual([]);
  });

  it("says when the data-set cannot do it: no column for the field, no sorting or filtering", () => {
    expect(applyDatasetQuery(new MockDataset({ rows: [] }), {}, { sort: { field: "total", direction: "ascending" } }).applied).toBe(false);
    expect(applyDatasetQuery({}, columns, { search: "x" }).applied).toBe(false);
    expect(applyDatasetQuery({}, columns, {}).applied).toBe(true);
  });

  it("searches only text columns: a choice or a lookup (Dataverse refuses like on them) is left out", () => {
    const dataverse = mapColumns([
      { name: "contoso_ordernumber", displayName: "Order Number", alias: "orderId", dataType: "SingleLine.Text" },
      { name: "contoso_customer", displayName: "Customer", alias: "customer", dataType: "Lookup.Simple" },
      { name: "statuscode", displayName: "Status Reason", alias: "", dataType: "OptionSet" },
    ]);
    const dataset = new MockDataset({ rows: [] });
    expect(applyDatasetQuery(dataset, dataverse, { search: "ORD-1" }).applied).toBe(true);
    expect(dataset.filtering.getFilter()?.conditions.map((condition) => condition.attributeName)).toEqual(["contoso_ordernumber"]);
    expect(applyDatasetQuery(new MockDataset({ rows: [] }), mapColumns(dataverse.customer ? [dataverse.customer] : []), { search: "x" }).applied).toBe(false);
  });

  it("escapes the like wildcards in the text", () => {
    expect(likeContains("50%_[a]")).toBe("%50[%][_][[]a]%");
  });
});

describe("the Dataset source with a sort and a search", () => {
  it("has the data-set sort and filter the whole view, then reads its first page", async () => {
    const rows = orderRows(60).map((row, i) => ({ ...row, account: i % 3 === 0 ? "Contoso" : "Fabrikam" }));
    const dataset = new MockDataset({ rows, pageSize: 25 });
    const source = datasetSource(dataset, { sort: { field: "total", direction: "descending" }, search: "contoso" });
    const page = await source.loadPage(undefined, signal());
    expect(dataset.calls).toEqual(["setFilter(orderid like %contoso% or account like %contoso% or state like %contoso%)", "refresh"]);
    expect(page.items.map((order) => order.customer)).toEqual(Array(20).fill("Contoso"));
    expect(page.items.map((order) => order.total)).toEqual([...page.items.map((order) => order.total ?? 0)].sort((a, b) => b - a));
    expect(page.items[0]?.id).toBe("ORD-000058");
  });

  it("leaves the canvas bridge's collection to the app (OnSort, OnSearch)", async () => {
    const dataset = new MockDataset({ rows: orderRows(10), pageSize: 25 });
    const source = datasetSource(dataset, { sort: { field: "total", direction: "descending" }, search: "x" }, "https://sales.contoso.com/orders?page=2");
    const page = await source.loadPage(undefined, signal());
    expect(dataset.calls).toEqual([]);
    expect(page.items[0]?.id).toBe("ORD-000001");
  });
});
