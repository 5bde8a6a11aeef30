import { describe, expect, it } from "vitest";
import { ORDER_COLUMNS } from "../../../OrdersGrid/components/OrdersGrid/columns";
import { createOrderFormatters } from "../../../OrdersGrid/format/createOrderFormatters";
import type { OrderList } from "../../../OrdersGrid/orders/accumulateOrders";
import type { Order } from "../../../OrdersGrid/orders/Order";
import { createFold, createOrderSearch, matchRanges, type SearchColumn } from "../../../OrdersGrid/view/searchOrders";

const order = (id: string, customer: string, extra: Partial<Order> = {}): Order => ({
  id,
  customer,
  status: "Pending",
  total: 1234.5,
  currency: "EUR",
  date: "2026-03-14T09:30:00Z",
  ...extra,
});
const list = (items: Order[], count = items.length): OrderList => ({ items, count });
const ids = (result: OrderList) => result.items.slice(0, result.count).map((o) => o.id);
const en = createOrderFormatters("en-US", "UTC");

describe("createFold", () => {
  it.each([
    ["en-US", "Gräf", "graf"],
    ["de-DE", "CONTOSO", "contoso"],
    ["fr-FR", "Élodie Crème", "elodie creme"],
    ["de-DE", "Straße", "strasse"],
    ["ja-JP", "ＡＢＣ", "abc"],
    // The no-break spaces of formatted numbers read as the space the user types.
    ["fr-FR", "1\u202f234,50\u00a0€", "1 234,50 €"],
    // Turkish: I is the capital of dotless ı, İ of i.
    ["tr-TR", "ISPARTA İZMİR", "ısparta izmir"],
    ["en-US", "İZMİR", "izmir"],
    // Compatibility forms whose letters are capitals (№ is "No", ™ "TM", ℡ "TEL") fold in lower case too.
    ["en-US", "Shop №5 Contoso™ ℡", "shop no5 contosotm tel"],
    ["tr-TR", "№5", "no5"],
    // White space as the cell shows it: a run, a tab, a line break are one space.
    ["en-US", "Wide  World\tImporters\r\nLtd", "wide world importers ltd"],
    ["de-DE", "Gräf \u00a0 GmbH", "graf gmbh"],
    // A soft hyphen (or a zero-width space) shows nothing inside the word.
    ["de-DE", "Import\u00adgesellschaft Contoso\u200bTec", "importgesellschaft contosotec"],
    ["en-US", "a \u00ad b", "a b"],
    ["en-US", "Contoso\ufeffTec", "contosotec"],
  ])("%s folds %s to %s", (locale, text, folded) => {
    expect(createFold(locale)(text)).toBe(folded);
  });
});

describe("matchRanges", () => {
  const fold = createFold("de-DE");
  it("finds every match, case and accents aside, as offsets into the text shown", () => {
    expect(matchRanges("Gräf & Graf", fold("graf"), fold)).toEqual([
      [0, 4],
      [7, 11],
    ]);
    expect(matchRanges("Straße 5", fold("strasse"), fold)).toEqual([[0, 6]]);
    expect(matchRanges("Contoso", fold("xyz"), fold)).toEqual([]);
    expect(matchRanges("Shop №5", fold("no5"), fold)).toEqual([[5, 7]]);
  });

  it("marks a letter that folds to several once, however many matches fall in it (ß, …)", () => {
    // "s" is in both letters of ß's "ss", and "." in all three of the ellipsis's "...".
    expect(matchRanges("Straße", fold("s"), fold)).toEqual([
      [0, 1],
      [4, 5],
    ]);
    expect(matchRanges("Contoso…", fold("."), fold)).toEqual([[7, 8]]);
    expect(matchRanges("ßß", fold("s"), fold)).toEqual([
      [0, 1],
      [1, 2],
    ]);
  });

  it("marks white space as the cell shows it, and across a soft hyphen", () => {
    expect(matchRanges("Wide  World\tImporters", fold("world importers"), fold)).toEqual([[6, 21]]);
    expect(matchRanges("Wide  World", fold("wide world"), fold)).toEqual([[0, 11]]);
    expect(matchRanges("Import\u00adgesellschaft", fold("portges"), fold)).toEqual([[2, 10]]);
  });

  it("marks the whole letter when a mark follows it (e + combining acute)", () => {
    const text = "Cafe\u0301 Noir";
    expect(matchRanges(text, fold("café"), fold)).toEqual([[0, 5]]);
  });
});

describe("createOrderSearch", () => {
  const orders = [
    order("ORD-1", "Gräf GmbH"),
    order("ORD-2", "Contoso Pharmaceuticals"),
    order("ORD-3", "Graphic Design Institute", { status: "Shipped" }),
    order("ORD-4", "Wide World Importers"),
  ];

  it("matches the formatted text of the columns in view, case- and accent-insensitively", () => {
    const { search } = createOrderSearch();
    expect(ids(search({ orders: list(orders), columns: ORDER_COLUMNS, format: en, query: "graf" }))).toEqual(["ORD-1"]);
    expect(ids(search({ orders: list(orders), columns: ORDER_COLUMNS, format: en, query: "CONTOSO" }))).toEqual(["ORD-2"]);
    // The date as the cell shows it (en-US), and the total with its currency.
    expect(ids(search({ orders: list(orders.slice(0, 1)), columns: ORDER_COLUMNS, format: en, query: "mar 14" }))).toEqual(["ORD-1"]);
    expect(ids(search({ orders: list(orders.slice(0, 1)), columns: ORDER_COLUMNS, format: en, query: "€1,234.50" }))).toEqual(["ORD-1"]);
    // A column not in view is not searched.
    const narrow = ORDER_COLUMNS.filter((column) => column.key !== "status");
    expect(ids(search({ orders: list(orders), columns: narrow, format: en, query: "shipped" }))).toEqual([]);
    expect(ids(search({ orders: list(orders), columns: ORDER_COLUMNS, format: en, query: "shipped" }))).toEqual(["ORD-3"]);
  });

  it("finds what the cell shows, however the user or the data spaced it", () => {
    const spaced = [order("ORD-5", "Wide\tWorld\nImporters"), order("ORD-6", "Fourth\u00adCoffee"), order("ORD-7", "Wide Worldwide")];
    const { search } = createOrderSearch();
    expect(ids(search({ orders: list(spaced), columns: ORDER_COLUMNS, format: en, query: "world importers" }))).toEqual(["ORD-5"]);
    expect(ids(search({ orders: list(spaced), columns: ORDER_COLUMNS, format: en, query: "wide  world" }))).toEqual(["ORD-5", "ORD-7"]);
    expect(ids(search({ orders: list(spaced), columns: ORDER_COLUMNS, format: en, query: "fourthcoffee" }))).toEqual(["ORD-6"]);
    // No match runs from one cell into the next, spaces or not.
    expect(ids(search({ orders: list(spaced), columns: ORDER_COLUMNS, format: en, query: "importers pending" }))).toEqual([]);
    expect(ids(search({ orders: list(spaced), columns: ORDER_COLUMNS, format: en, query: "importerspending" }))).toEqual([]);
  });

  it("searches in the user's locale: the German date and total", () => {
    const de = createOrderFormatters("de-DE", "UTC");
    const { search } = createOrderSearch();
    expect(ids(search({ orders: list(orders.slice(0, 1)), columns: ORDER_COLUMNS, format: de, query: "14.03.2026" }))).toEqual(["ORD-1"]);
    expect(ids(search({ orders: list(orders.slice(0, 1)), columns: ORDER_COLUMNS, format: de, query: "1.234,50" }))).toEqual(["ORD-1"]);
    expect(ids(search({ orders: list(orders.slice(0, 1)), columns: ORDER_COLUMNS, format: de, query: "mar 14" }))).toEqual([]);
  });

  it("gives every row back for a blank query", () => {
    const { search } = createOrderSearch();
    const all = list(orders);
    expect(search({ orders: all, columns: ORDER_COLUMNS, format: en, query: "  " })).toBe(all);
  });

  it("refines a longer query from the last result, formatting each cell once", () => {
    let calls = 0;
    const counted: SearchColumn[] = [{ key: "customer", text: (o) => (calls++, o.customer ?? "") }];
    const { search } = createOrderSearch();
    expect(ids(search({ orders: list(orders), columns: counted, format: en, query: "g" }))).toEqual(["ORD-1", "ORD-3"]);
    expect(calls).toBe(4);
    expect(ids(search({ orders: list(orders), columns: counted, format: en, query: "gr" }))).toEqual(["ORD-1", "ORD-3"]);
    expect(ids(search({ orders: list(orders), columns: counted, format: en, query: "gra" }))).toEqual(["ORD-1", "ORD-3"]);
    expect(ids(search({ orders: list(orders), columns: counted, format: en, query: "gräf" }))).toEqual(["ORD-1"]);
    // Back to a shorter query: searched again from the start, from the texts already folded.
    expect(ids(search({ orders: list(orders), columns: counted, format: en, query: "r" }))).toEqual(["ORD-1", "ORD-2", "ORD-3", "ORD-4"]);
    expect(calls).toBe(4);
  });

  it("appends the matches of new pages to the same result, so the rows shown keep their place", () => {
    const items = orders.slice(0, 2);
    const { search } = createOrderSearch();
    const first = search({ orders: list(items), columns: ORDER_COLUMNS, format: en, query: "gr" });
    expect(ids(first)).toEqual(["ORD-1"]);
    // The accumulator's list grows in place: same array, higher count.
    items.push(...orders.slice(2));
    const later = search({ orders: list(items), columns: ORDER_COLUMNS, format: en, query: "gr" });
    expect(ids(later)).toEqual(["ORD-1", "ORD-3"]);
    expect(later.items).toBe(first.items);
    expect(first.count).toBe(1);
    // Another query is another list.
    expect(search({ orders: list(items), columns: ORDER_COLUMNS, format: en, query: "gra" }).items).not.toBe(first.items);
  });

  it("sees a row a later page replaced (same position, new order)", () => {
    const { search } = createOrderSearch();
    expect(ids(search({ orders: list([order("ORD-1", "Fourth Coffee")]), columns: ORDER_COLUMNS, format: en, query: "coffee" }))).toEqual(["ORD-1"]);
    expect(ids(search({ orders: list([order("ORD-1", "Tailspin Toys")]), columns: ORDER_COLUMNS, format: en, query: "coffee" }))).toEqual([]);
  });

  it("prepares the folded texts ahead, so that the search itself formats nothing", () => {
    let calls = 0;
    const counted: SearchColumn[] = [{ key: "customer", text: (o) => (calls++, o.customer ?? "") }];
    const { search, prepare } = createOrderSearch();
    expect(prepare({ orders: list(orders), columns: counted, format: en })).toBe(true);
    expect(calls).toBe(4);
    expect(prepare({ orders: list(orders), columns: counted, format: en }, -Infinity)).toBe(true);
    expect(ids(search({ orders: list(orders), columns: counted, format: en, query: "wide" }))).toEqual(["ORD-4"]);
    expect(calls).toBe(4);
  });
});
