import { describe, expect, it } from "vitest";
import { visibleColumns } from "../../../OrdersGrid/components/OrdersGrid/columns";

const keys = (width: number | undefined) => visibleColumns(width).map((c) => c.key);

describe("visibleColumns", () => {
  it("shows every column when wide enough or when the width is unknown", () => {
    expect(keys(1200)).toEqual(["id", "date", "customer", "status", "total"]);
    expect(keys(undefined)).toEqual(["id", "date", "customer", "status", "total"]);
  });

  it("drops status, then date, then customer as the control narrows; id and total stay", () => {
    expect(keys(500)).toEqual(["id", "date", "customer", "total"]);
    expect(keys(400)).toEqual(["id", "customer", "total"]);
    expect(keys(260)).toEqual(["id", "total"]);
    expect(keys(120)).toEqual(["id", "total"]);
  });
});
