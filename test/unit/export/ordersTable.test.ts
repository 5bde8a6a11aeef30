import { describe, expect, it } from "vitest";
import { BOM, csvSeparator, exportFileName, inert, toCsv, toTsv, tsvCell, type TableColumn } from "../../../OrdersGrid/export/ordersTable";
import type { Order } from "../../../OrdersGrid/orders/Order";

const order = (id: string, customer: string, total?: number): Order => ({ id, customer, total, currency: "EUR", date: "2026-03-14", status: "Shipped" });
const columns: TableColumn[] = [
  { header: "Order", value: (o) => o.id },
  { header: "Customer", value: (o) => o.customer ?? "" },
  { header: "Total (number)", value: (o) => (o.total === undefined ? "" : String(o.total)) },
];

describe("inert (CSV injection)", () => {
  it.each([
    ["=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"],
    ["+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\t=1", "'\t=1"],
    ["\r=1", "'\r=1"],
    ["-€12.50", "'-€12.50"],
  ])("makes %j start as text", (value, expected) => {
    expect(inert(value)).toBe(expected);
  });

  it.each(["Contoso", "ORD-1", "a=b", "", "-12.5", "-3", "12", "-1e-7", "-1.5e+21"])("leaves %j as it is (no formula; a plain number stays a number)", (value) => {
    expect(inert(value)).toBe(value);
  });
});

describe("toTsv", () => {
  it("writes a header row and one line per order, tab-separated, with every value inert and no tab or line break inside a cell", () => {
    const text = toTsv(columns, [order("ORD-1", "Contoso"), order("ORD-2", "=cmd()\tx\ny", -4.5)]);
    expect(text.split("\r\n")).toEqual(["Order\tCustomer\tTotal (number)", "ORD-1\tContoso\t", "ORD-2\t'=cmd() x y\t-4.5"]);
  });

  it("quotes a cell that begins with a quote, so a paste keeps its quotes and an unpaired one does not swallow the cells after it", () => {
    const text = toTsv(columns, [order("ORD-1", '"Fabrikam" Europe', 5), order("ORD-2", '"Contoso'), order("ORD-3", '12" pipe')]);
    // A quote inside a value is kept as it is: only a leading one starts a quoted field.
    expect(text.split("\r\n").slice(1)).toEqual(['ORD-1\t"""Fabrikam"" Europe"\t5', 'ORD-2\t"""Contoso"\t', 'ORD-3\t12" pipe\t']);
  });
});

describe("tsvCell", () => {
  it("writes one value as pasted text: inert, with no tab or line break in it", () => {
    expect(tsvCell('=HYPERLINK("http://evil","x")')).toBe('\'=HYPERLINK("http://evil","x")');
    expect(tsvCell("two\tcells\r\nand lines")).toBe("two cells and lines");
    expect(tsvCell("-12.5")).toBe("-12.5");
  });

  it("leaves a value that begins with a quote as shown: one value pastes into one cell", () => {
    expect(tsvCell('"Contoso')).toBe('"Contoso');
  });
});

describe("csvSeparator (Excel's list separator for the locale)", () => {
  it.each([
    ["de-DE", ";"],
    ["fr-FR", ";"],
    ["de-AT", ";"],
    ["nl-NL", ";"],
    ["pt-BR", ";"],
    ["de-CH", ";"],
    ["it-CH", ";"],
    ["de-LI", ";"],
    ["en-US", ","],
    ["en-GB", ","],
    ["ja-JP", ","],
    ["zh-CN", ","],
  ])("%s (decimal separator a comma or not; Switzerland and Liechtenstein with a point) → %j", (locale, separator) => {
    expect(csvSeparator(locale)).toBe(separator);
  });
});

describe("toCsv", () => {
  it("separates with the separator given and quotes the values that hold it, not those that hold a comma", () => {
    const text = toCsv(columns, [order("ORD-1", "Contoso; North"), order("ORD-2", "Fabrikam, Inc", -12.5)], ";");
    expect(text.slice(1).split("\r\n")).toEqual(["Order;Customer;Total (number)", 'ORD-1;"Contoso; North";', "ORD-2;Fabrikam, Inc;-12.5", ""]);
  });

  it("starts with the byte order mark, then a header row, CRLF line ends, RFC 4180 quoting", () => {
    const text = toCsv(columns, [order("ORD-1", 'Contoso "North", Ltd'), order("ORD-2", "two\nlines", 1234.5)]);
    expect(text.startsWith(BOM)).toBe(true);
    expect(text.slice(1).split("\r\n")).toEqual(["Order,Customer,Total (number)", 'ORD-1,"Contoso ""North"", Ltd",', 'ORD-2,"two\nlines",1234.5', ""]);
  });

  it("makes formulas inert before quoting them", () => {
    const text = toCsv(columns, [order("ORD-1", '=HYPERLINK("http://evil","x")'), order("ORD-2", "@cmd")]);
    const lines = text.slice(1).split("\r\n");
    expect(lines[1]).toBe('ORD-1,"\'=HYPERLINK(""http://evil"",""x"")",');
    expect(lines[2]).toBe("ORD-2,'@cmd,");
  });

  it("keeps a negative total a number in the raw column, also one JavaScript writes with an exponent", () => {
    const text = toCsv(columns, [order("ORD-1", "Contoso", -12.5), order("ORD-2", "Fabrikam", -5.551115123125783e-17), order("ORD-3", "Litware", -2e21)]);
    expect(text.slice(1).split("\r\n").slice(1, 4)).toEqual(["ORD-1,Contoso,-12.5", "ORD-2,Fabrikam,-5.551115123125783e-17", "ORD-3,Litware,-2e+21"]);
  });

  it("writes only the header row for no orders", () => {
    expect(toCsv(columns, [])).toBe(`${BOM}Order,Customer,Total (number)\r\n`);
  });
});

describe("exportFileName", () => {
  it("names the file after the control and the local time, to the minute", () => {
    expect(exportFileName(new Date(2026, 11, 1, 14, 30, 59))).toBe("orders-2026-12-01T1430.csv");
    expect(exportFileName(new Date(2027, 0, 5, 9, 5))).toBe("orders-2027-01-05T0905.csv");
  });

  it("takes the control's label in the app where the host gives one, without what a file system refuses", () => {
    const at = new Date(2026, 11, 1, 14, 30);
    expect(exportFileName(at, "Open orders")).toBe("Open orders-2026-12-01T1430.csv");
    expect(exportFileName(at, 'Orders: "EU"/2026?\n')).toBe("Orders EU 2026-2026-12-01T1430.csv");
    expect(exportFileName(at, "..hidden")).toBe("hidden-2026-12-01T1430.csv");
    expect(exportFileName(at, "  ")).toBe("orders-2026-12-01T1430.csv");
    expect(exportFileName(at, "x".repeat(100))).toBe(`${"x".repeat(60)}-2026-12-01T1430.csv`);
    // 60 characters: an emoji across the 60th code unit stays whole; a right-to-left override goes.
    expect(exportFileName(at, `${"x".repeat(59)}📦📦`)).toBe(`${"x".repeat(59)}📦-2026-12-01T1430.csv`);
    expect(exportFileName(at, "Orders\u202Evsc.exe")).toBe("Orders vsc.exe-2026-12-01T1430.csv");
  });
});
