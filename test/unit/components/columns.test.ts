import { describe, expect, it } from "vitest";
import { gridLayout, ORDER_COLUMNS, widthNeeded } from "../../../OrdersGrid/components/OrdersGrid/columns";
import { CARD_ROW_HEIGHT, ROW_HEIGHT } from "../../../OrdersGrid/components/OrdersGrid/OrdersGrid.styles";
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
