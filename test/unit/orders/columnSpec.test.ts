import { describe, expect, it } from "vitest";
import { parseColumnSpec, sourceFields } from "../../../OrdersGrid/orders/columnSpec";
import { parseOrdersPage } from "../../../OrdersGrid/orders/parseOrdersPage";
import { mapColumns } from "../../../OrdersGrid/host/readDataset";
import { parseWebApiColumns } from "../../../OrdersGrid/sources/webApiColumns";
import { columnsFromSpec, widthsFromSpec } from "../../../OrdersGrid/components/OrdersGrid/columns";
import { tableColumns } from "../../../OrdersGrid/components/OrdersPanel/useCopyExport";
import { createOrderFormatters } from "../../../OrdersGrid/format/createOrderFormatters";
import { ORDER_COLUMNS } from "../../support/mockDataset";
import { loadStrings } from "../../support/strings";
import { phraseText } from "../../../OrdersGrid/strings/stringKeys";

describe("the columns input", () => {
  it("reads the documented example: order, sources, headings and widths", () => {
    const spec = parseColumnSpec('id, date=orderDate:160, customer "Customer name", status, total, currency');
    expect(spec).toEqual({
      ok: true,
      columns: [
        { field: "id", source: undefined, label: undefined, width: undefined },
        { field: "date", source: "orderDate", label: undefined, width: 160 },
        { field: "customer", source: undefined, label: "Customer name", width: undefined },
        { field: "status", source: undefined, label: undefined, width: undefined },
        { field: "total", source: undefined, label: undefined, width: undefined },
        { field: "currency", source: undefined, label: undefined, width: undefined },
      ],
    });
    // All four parts at once, a comma inside the heading, any case of the field.
    expect(parseColumnSpec('Total=amount "Total, incl. VAT":140').ok && parseColumnSpec('Total=amount "Total, incl. VAT":140')).toMatchObject({
      columns: [{ field: "total", source: "amount", label: "Total, incl. VAT", width: 140 }],
    });
  });

  it("gives the same result for the same text, whichever text was read in between (two controls on a page)", () => {
    const a = parseColumnSpec("id, total");
    parseColumnSpec("customer, total");
    expect(parseColumnSpec("id, total")).toBe(a);
  });

  it("names the entry it cannot read, in the maker's language", () => {
    const problem = (text: string, lcid?: number) => {
      const result = parseColumnSpec(text);
      return result.ok ? "read" : phraseText(loadStrings(lcid), result.problem);
    };
    expect(problem("id, region")).toBe('"region": there is no column region (id, total, date, customer, status, currency)');
    expect(problem("id, total, id")).toBe('"id": id is named twice');
    expect(problem("id,, total")).toBe("an empty entry (two commas in a row)");
    expect(problem("total:wide")).toBe('"total:wide" is not field=source "label":width');
    expect(problem('customer "Name')).not.toBe("read");
    expect(problem("id, region", 1031)).toBe("„region“: Es gibt keine Spalte region (id, total, date, customer, status, currency)");
    expect(problem("id, total, id", 1036)).toBe("« id » : id est indiqué deux fois");
  });

  it("gives the columns in its order, with their headings, and starting widths never under a column's minimum", () => {
    const spec = parseColumnSpec('total "Amount":60, id:220');
    if (!spec.ok) throw new Error(spec.problem.key);
    expect(columnsFromSpec(spec.columns).map((column) => [column.key, column.title])).toEqual([
      ["total", "Amount"],
      ["id", undefined],
    ]);
    expect(widthsFromSpec(spec.columns)).toEqual({ total: 112, id: 220 });
    expect(columnsFromSpec(undefined).map((column) => column.key)).toEqual(["id", "date", "customer", "status", "total"]);
    // Copy and Export write the chosen columns with their headings (Export adds the raw values).
    const format = createOrderFormatters("en-US");
    expect(tableColumns(columnsFromSpec(spec.columns), loadStrings(1033), format, false).map((column) => column.header)).toEqual(["Amount", "Order"]);
    expect(tableColumns(columnsFromSpec(spec.columns), loadStrings(1033), format, true).map((column) => column.header)).toEqual(["Amount", "Order", "Date (ISO 8601)", "Total (number)", "Currency"]);
  });

  it("reads each field from the source's own name: API item fields, data-set columns, Dataverse columns", () => {
    const spec = parseColumnSpec("id=orderNo, date=placed, total=amount, customer=account");
    if (!spec.ok) throw new Error(spec.problem.key);
    const named = sourceFields(spec.columns);
    expect(named).toEqual({ id: "orderNo", date: "placed", total: "amount", customer: "account" });

    const page = parseOrdersPage({ items: [{ orderNo: "A-1", placed: "2026-03-14", amount: "12.5", account: "Fabrikam", id: "ignored" }], nextLink: null }, named);
    expect(page.items[0]).toMatchObject({ id: "A-1", date: "2026-03-14", total: 12.5, customer: "Fabrikam" });
    // An item without the field the id is read from is an invalid page, named by that field.
    expect(() => parseOrdersPage({ items: [{ id: "A-1" }] }, named)).toThrow("items[0] has no orderNo");

    // The data-set: a column by its name, whatever the property-set bindings say.
    const columns = mapColumns(ORDER_COLUMNS, { customer: "state", status: "account" });
    expect([columns.customer?.name, columns.status?.name, columns.id?.name]).toEqual(["state", "account", "orderid"]);

    // Dataverse: columns' entries take the place of webApiColumns, which may then be blank.
    expect(parseWebApiColumns(undefined, { id: "contoso_ordernumber", total: "contoso_total" })).toEqual({ ok: true, columns: { id: "contoso_ordernumber", total: "contoso_total" } });
    expect(parseWebApiColumns("id:contoso_name, total:contoso_total", { id: "contoso_ordernumber" })).toEqual({ ok: true, columns: { id: "contoso_ordernumber", total: "contoso_total" } });
    const refused = parseWebApiColumns(undefined, { id: "contoso-number" });
    expect(refused.ok ? "read" : phraseText(loadStrings(), refused.problem)).toBe('"contoso-number" is not a column logical name');
  });
});
