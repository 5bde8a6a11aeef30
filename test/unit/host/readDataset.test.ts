import { describe, expect, it } from "vitest";
import { createDatasetReader } from "../../../OrdersGrid/host/readDataset";
import { MockDataset, orderRows } from "../../support/mockDataset";

describe("createDatasetReader", () => {
  it("hands back the same orders and revision while the records stay the same", () => {
    const dataset = new MockDataset({ rows: orderRows(50), pageSize: 50 });
    const read = createDatasetReader();
    const first = read(dataset);
    // A host that hands over new arrays with the same record objects.
    dataset.sortedRecordIds = [...dataset.sortedRecordIds];
    dataset.records = { ...dataset.records };
    const again = read(dataset);
    expect(again.orders).toBe(first.orders);
    expect(again.revision).toBe(first.revision);
  });

  it("keeps the orders of the records a new page leaves in place, and reads the new ones", async () => {
    const dataset = new MockDataset({ rows: orderRows(20), pageSize: 10 });
    const read = createDatasetReader();
    const first = read(dataset);
    const loaded = new Promise<void>((resolve) => {
      dataset.onChange = () => {
        if (!dataset.loading) resolve();
      };
    });
    dataset.paging.loadNextPage();
    await loaded;
    const next = read(dataset);
    expect(next.revision).not.toBe(first.revision);
    next.orders.slice(0, 10).forEach((order, i) => expect(order).toBe(first.orders[i]));
    expect(next.orders.map((order) => order.id)).toEqual(orderRows(20).map((row) => row.orderid));
  });

  it("reads a record again when the host hands over a new object for it, and everything when the columns change", () => {
    const rows = orderRows(3);
    const dataset = new MockDataset({ rows, pageSize: 10 });
    const read = createDatasetReader();
    const first = read(dataset);
    dataset.setCollection([rows[0] ?? {}, { ...rows[1], account: "Relecloud" }, rows[2] ?? {}]);
    const changed = read(dataset);
    expect(changed.orders[0]).toBe(first.orders[0]);
    expect(changed.orders[1]?.customer).toBe("Relecloud");
    dataset.columns = dataset.columns.map((column) => (column.alias === "customer" ? { ...column, alias: "status" } : column));
    const remapped = read(dataset);
    expect(remapped.orders[0]).not.toBe(first.orders[0]);
  });
});
