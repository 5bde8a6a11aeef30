import { describe, expect, it } from "vitest";
import { columnsFromSpec, columnStyle, gridLayout, ORDER_COLUMNS, resizedWidth, rowMinWidth, widthNeeded } from "../../../OrdersGrid/components/OrdersGrid/columns";
import { resizeStep } from "../../../OrdersGrid/components/OrdersGrid/gridKeyboard";
import { CARD_ROW_HEIGHT, CHECK_COLUMN_WIDTH, ROW_HEIGHT, ROW_HEIGHTS } from "../../../OrdersGrid/components/OrdersGrid/OrdersGrid.styles";
import { documentedLayoutAt, readDocumentedLayout } from "../../support/readmeLayout";

const ALL = ["id", "date", "customer", "status", "total"];
const shown = (width: number | undefined) => {
  const layout = gridLayout(width);
  return { columns: layout.columns.map((c) => c.key), stacked: layout.stacked, rowHeight: layout.rowHeight };
};

describe("gridLayout", () => {
  it.each([
    [undefined, ALL, false],
    [1400, ALL, false],
    [700, ALL, false],
    [699.5, ["id", "date", "customer", "total"], false],
    [600, ["id", "date", "customer", "total"], false],
    [599, ["id", "customer", "total"], false],
    [420, ["id", "customer", "total"], false],
    [419, ["id", "total"], false],
    [240, ["id", "total"], false],
    [239, ["id", "total"], true],
    [200, ["id", "total"], true],
    [-1, ALL, false],
  ])("at %s px shows %j (cards: %s)", (width, columns, stacked) => {
    expect(shown(width)).toEqual({ columns, stacked, rowHeight: stacked ? CARD_ROW_HEIGHT : ROW_HEIGHT });
  });

  it("drops Status, then Date, then Customer, each at the width the columns left need, then shows cards", () => {
    const without = (...keys: string[]) => ORDER_COLUMNS.filter((column) => !keys.includes(column.key));
    const steps = [ORDER_COLUMNS, without("status"), without("status", "date"), without("status", "date", "customer")];
    steps.forEach((columns, i) => {
      expect(gridLayout(widthNeeded(columns))).toMatchObject({ columns, stacked: false });
      const narrower = gridLayout(widthNeeded(columns) - 1);
      expect(narrower).toMatchObject(i + 1 < steps.length ? { columns: steps[i + 1], stacked: false } : { columns, stacked: true });
    });
  });

  it("never asks more width than it has for the columns side by side", () => {
    for (let width = 1; width <= 1500; width++) {
      const layout = gridLayout(width);
      if (!layout.stacked) expect(widthNeeded(layout.columns)).toBeLessThanOrEqual(width);
      expect(layout.columns.map((c) => c.key)).toEqual(expect.arrayContaining(["id", "total"]));
    }
  });
  it("keeps the app maker's most important column when `columns` names neither Order nor Total: cards, never a grid without columns", () => {
    const keys = (fields: ("date" | "customer" | "status" | "currency")[], width: number) => {
      const layout = gridLayout(width, { columns: columnsFromSpec(fields.map((field) => ({ field }))) });
      return { columns: layout.columns.map((c) => c.key), stacked: layout.stacked };
    };
    expect(keys(["customer", "status"], 250)).toEqual({ columns: ["customer"], stacked: false });
    expect(keys(["customer", "status"], 200)).toEqual({ columns: ["customer"], stacked: true });
    expect(keys(["date"], 200)).toEqual({ columns: ["date"], stacked: true });
    expect(keys(["status", "currency"], 100)).toEqual({ columns: ["status"], stacked: true });
  });
});

describe("resized columns in the layout", () => {
  const column = (key: string) => {
    const found = ORDER_COLUMNS.find((c) => c.key === key);
    if (!found) throw new Error(key);
    return found;
  };
  const minimums = (keys: string[]) => keys.reduce((sum, key) => sum + column(key).minWidth, 0);

  it("gives a resized column its own width, in the header and the rows alike, and the others their share of the rest", () => {
    const layout = gridLayout(1000, { widths: { customer: 300 } });
    expect(columnStyle(column("customer"), layout)).toEqual({ flex: "0 0 300px" });
    expect(columnStyle(column("date"), layout)).toEqual({ flex: "1.4 1 0px", minWidth: 180 });
    expect(layout.rowWidth).toBe(300 + minimums(["id", "date", "status", "total"]));
    expect(rowMinWidth(layout, true)).toBe(300 + minimums(["id", "date", "status", "total"]) + CHECK_COLUMN_WIDTH);
  });

  it.each([1400, 700, 650, 500, 300])("shows at %s px the columns it shows unresized, however wide a column was made", (width) => {
    const keys = (widths = {}) => gridLayout(width, { widths }).columns.map((c) => c.key);
    expect(keys({ customer: 2000, date: 900 })).toEqual(keys());
  });

  it("resizes nothing in cards: every heading an equal share, no least row width", () => {
    const layout = gridLayout(200, { widths: { id: 300 } });
    expect(layout).toMatchObject({ stacked: true, widths: {}, rowWidth: undefined });
    expect(columnStyle(column("id"), layout)).toEqual({ flex: "1 1 0px" });
  });

  it.each([
    [250.4, 250],
    [180, 180],
    [120, 180],
    [-40, 180],
  ])("makes Customer %s px wide as %s px (whole pixels, never under its minimum)", (requested, width) => {
    expect(resizedWidth(column("customer"), requested)).toBe(width);
  });

  it.each([
    ["ArrowRight", true, 16],
    ["ArrowLeft", true, -16],
    ["ArrowRight", false, null],
    ["ArrowLeft", false, null],
    ["Home", true, null],
    ["ArrowUp", true, null],
  ] as const)("resizes on %s with Ctrl %s by %s px", (key, ctrl, step) => {
    expect(resizeStep(key, ctrl)).toBe(step);
  });

  it.each([
    ["Comfortable", 36],
    ["Compact", 28],
  ] as const)("draws %s rows and their header %s px high; cards keep their own height", (density, height) => {
    expect(ROW_HEIGHTS[density]).toBe(height);
    expect(gridLayout(1000, { density })).toMatchObject({ rowHeight: height, headerHeight: height, density });
    expect(gridLayout(200, { density })).toMatchObject({ rowHeight: CARD_ROW_HEIGHT, headerHeight: height });
  });
});

describe("README's column table", () => {
  const documented = readDocumentedLayout();

  it("is the rule the grid follows, at every width from 1 to 1,500 px", () => {
    for (let width = 1; width <= 1500; width++) {
      const { columns, stacked } = documentedLayoutAt(documented, width);
      expect({ width, ...shown(width) }).toMatchObject({ width, columns, stacked });
    }
  });
});
