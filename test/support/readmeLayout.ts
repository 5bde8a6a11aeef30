import fs from "node:fs";
import path from "node:path";
import type { ColumnKey } from "../../OrdersGrid/components/OrdersGrid/columns";
import { readResx, STRINGS_DIR } from "./strings";

/** One row of README's column table: from which control width (px) these columns show, and how. */
export interface DocumentedLayout {
  readonly from: number;
  readonly columns: readonly ColumnKey[];
  readonly stacked: boolean;
}

const KEYS: Readonly<Record<string, ColumnKey>> = { Column_Id: "id", Column_Date: "date", Column_Customer: "customer", Column_Status: "status", Column_Total: "total" };

/**
 * The column-drop rule as README states it (the table under "Size:" in Hosts), widest first;
 * column names are the English headings.
 */
export function readDocumentedLayout(readmePath = path.resolve(__dirname, "../../README.md")): DocumentedLayout[] {
  const english = readResx(path.join(STRINGS_DIR, "OrdersGrid.1033.resx"));
  const keyOf = new Map(Object.entries(KEYS).map(([name, key]) => [english.get(name) ?? name, key]));
  const table = /\| control width \| columns \| rows \|\n\|[-|]+\|\n((?:\|.*\|\n)+)/.exec(fs.readFileSync(readmePath, "utf8"));
  if (!table?.[1]) throw new Error("README has no column table under 'Size:'");
  return table[1]
    .trim()
    .split("\n")
    .map((line) => {
      const [width = "", columns = "", rows = ""] = line.split("|").slice(1, -1).map((cell) => cell.trim());
      const from = /^(\d+) px or more$|^(\d+)–\d+ px$|^under \d+ px$/.exec(width);
      if (!from) throw new Error(`README: a control width that reads "${width}"`);
      return {
        from: Number(from[1] ?? from[2] ?? 0),
        columns: columns.split(", ").map((label) => {
          const key = keyOf.get(label);
          if (!key) throw new Error(`README: no column is headed "${label}"`);
          return key;
        }),
        stacked: rows !== "one line",
      };
    });
}

/** What README says the control shows at `width` px. */
export function documentedLayoutAt(documented: readonly DocumentedLayout[], width: number): DocumentedLayout {
  const step = documented.find((row) => width >= row.from);
  if (!step) throw new Error(`README says nothing for ${width} px`);
  return step;
}
