import { describe, expect, it } from "vitest";
import { ORDER_COLUMNS } from "../../../OrdersGrid/components/OrdersGrid/columns";
import { createOrderFormatters } from "../../../OrdersGrid/format/createOrderFormatters";
import { mapColumns, recordToOrder, type DatasetColumn } from "../../../OrdersGrid/host/readDataset";
import { asInvariantNumber } from "../../../OrdersGrid/orders/coerce";
import type { Order } from "../../../OrdersGrid/orders/Order";
import { parseOrdersPage } from "../../../OrdersGrid/orders/parseOrdersPage";
import { entityToOrder } from "../../../OrdersGrid/sources/createWebApiOrdersSource";
import { parseWebApiColumns } from "../../../OrdersGrid/sources/webApiColumns";

const format = createOrderFormatters("en-US");
const totalColumn = ORDER_COLUMNS.find((column) => column.key === "total");
/** What the Total cell shows for an order. */
const cell = (order: Order) => totalColumn?.text(order, format);

/** The total as it appears in a JSON body, and what the user sees in the Total cell (currency USD, en-US). */
const TOTALS: readonly (readonly [name: string, json: string, shown: string])[] = [
  ["a JSON number", "1234.5", "$1,234.50"],
  ["an invariant numeric string", '"1234.5"', "$1,234.50"],
  ["a negative numeric string", '"-12"', "-$12.00"],
  ["a numeric string with trailing zeros", '"0.10"', "$0.10"],
  ["a numeric string with an exponent (.NET's invariant form of large doubles)", '"1E+3"', "$1,000.00"],
  ["a numeric string with padding", '" 42 "', "$42.00"],
  ["text that is no number", '"n/a"', "n/a"],
  ["a number with a group separator (locale text)", '"1,234.50"', "1,234.50"],
  ["a number with a decimal comma (locale text)", '"12,5"', "12,5"],
  ["a hexadecimal string", '"0x1F"', "0x1F"],
  ["NaN as text", '"NaN"', ""],
  ["Infinity as text", '"-Infinity"', ""],
  ["a JSON number beyond a double's range", "1e400", ""],
  ["null", "null", ""],
  ["an empty string", '""', ""],
];

const WEB_API_COLUMNS = parseWebApiColumns("id:contoso_ordernumber, total:contoso_total, currency:contoso_currency");
const DATASET_COLUMNS: DatasetColumn[] = [
  { name: "orderid", displayName: "Order", alias: "orderId", dataType: "SingleLine.Text" },
  // Not a Currency column: the host's formatted text is not used, the value is.
  { name: "amount", displayName: "Amount", alias: "total", dataType: "SingleLine.Text" },
  { name: "currency", displayName: "Currency", alias: "currency", dataType: "SingleLine.Text" },
];

/** Reads one order whose total is `json` (its JSON text) through each source. */
const sources: Record<string, (json: string) => Order> = {
  "the Sales API page": (json) => {
    const body: unknown = JSON.parse(`{"items":[{"id":"ORD-1","currency":"USD","total":${json}}],"nextLink":null}`);
    const [order] = parseOrdersPage(body).items;
    if (!order) throw new Error("no order");
    return order;
  },
  "a data-set record": (json) => {
    const values: Record<string, unknown> = { orderid: "ORD-1", amount: JSON.parse(json), currency: "USD" };
    const record = {
      getRecordId: () => "ORD-1",
      getValue: (column: string) => values[column],
      getFormattedValue: (column: string) => {
        const value = values[column];
        return typeof value === "string" || typeof value === "number" ? String(value) : null;
      },
    };
    return recordToOrder(record, mapColumns(DATASET_COLUMNS));
  },
  "a Dataverse row": (json) => {
    if (!WEB_API_COLUMNS.ok) throw new Error(WEB_API_COLUMNS.problem.key);
    return entityToOrder({ contoso_ordernumber: "ORD-1", contoso_total: JSON.parse(json), contoso_currency: "USD" }, WEB_API_COLUMNS.columns);
  },
};

describe.each(Object.entries(sources))("the Total cell of %s", (_source, read) => {
  it.each(TOTALS)("shows %s (%s) as %j", (_name, json, shown) => {
    expect(cell(read(json))).toBe(shown);
  });
});

describe("asInvariantNumber", () => {
  it.each([
    ["1234.5", 1234.5],
    ["-0.10", -0.1],
    ["1e3", 1000],
    [7, 7],
    ["1,234.50", undefined],
    ["12,5", undefined],
    [".5", undefined],
    ["+3", undefined],
    ["", undefined],
    ["Infinity", undefined],
    [Number.NaN, undefined],
    [null, undefined],
  ])("%j → %s", (value, expected) => {
    expect(asInvariantNumber(value)).toBe(expected);
  });
});
