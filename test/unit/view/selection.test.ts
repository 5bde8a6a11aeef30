import { describe, expect, it } from "vitest";
import type { OrderList } from "../../../OrdersGrid/orders/accumulateOrders";
import type { Order } from "../../../OrdersGrid/orders/Order";
import {
  allState,
  applyIntent,
  EMPTY_SELECTION,
  followList,
  pruneSelection,
  selectAll,
  selectionForMode,
  selectionFromHost,
  type Selection,
  type SelectionIntent,
  type SelectionList,
  type SelectionMode,
} from "../../../OrdersGrid/view/selection";

const order = (n: number): Order => ({ id: `ORD-${n}`, total: n, currency: "USD", date: undefined, customer: undefined, status: undefined });
const list = (from: number, to: number): OrderList => {
  const items = Array.from({ length: to - from + 1 }, (_, i) => order(from + i));
  return { items, count: items.length };
};
const ids = (selection: Selection) => [...selection.ids].sort();
const run = (mode: SelectionMode, shown: OrderList, ...intents: SelectionIntent[]) => intents.reduce((selection, intent) => applyIntent(mode, selection, intent, shown), EMPTY_SELECTION);
const click = (index: number, modifiers: { shift?: boolean; toggle?: boolean } = {}): SelectionIntent => ({ kind: "click", index, shift: false, toggle: false, ...modifiers });

describe("the selection model", () => {
  const ten = list(1, 10);

  it("Single: a click, Space or Enter selects that one order; modifiers, ranges and select all do nothing more", () => {
    expect(ids(run("Single", ten, click(2)))).toEqual(["ORD-3"]);
    expect(ids(run("Single", ten, click(2), click(5, { toggle: true })))).toEqual(["ORD-6"]);
    expect(ids(run("Single", ten, click(2), { kind: "extend", from: 2, index: 4 }))).toEqual(["ORD-3"]);
    expect(ids(run("Single", ten, click(2), { kind: "all" }))).toEqual(["ORD-3"]);
    expect(run("Single", ten, { kind: "space", index: 0 }).last).toBe("ORD-1");
  });

  it("None: nothing is ever selected", () => {
    expect(run("None", ten, click(1), { kind: "space", index: 2 }, { kind: "all" }, { kind: "header" })).toBe(EMPTY_SELECTION);
  });

  it("Multiple: a plain click selects only that order, Ctrl/Cmd+click and Space toggle, the last one selected is reported", () => {
    const toggled = run("Multiple", ten, click(1), click(4, { toggle: true }), { kind: "space", index: 6 });
    expect(ids(toggled)).toEqual(["ORD-2", "ORD-5", "ORD-7"]);
    expect(toggled.last).toBe("ORD-7");
    const untoggled = applyIntent("Multiple", toggled, { kind: "space", index: 6 }, ten);
    expect(ids(untoggled)).toEqual(["ORD-2", "ORD-5"]);
    // The order selected last is the most recent one still selected (selectedOrderId).
    expect(untoggled.last).toBe("ORD-5");
    expect(run("Multiple", ten, click(1, { toggle: true }), click(2, { toggle: true }), click(2, { toggle: true })).last).toBe("ORD-2");
    expect(run("Multiple", ten, click(1, { toggle: true }), click(1, { toggle: true })).last).toBeUndefined();
    expect(ids(applyIntent("Multiple", toggled, click(9), ten))).toEqual(["ORD-10"]);
    expect(ids(applyIntent("Multiple", toggled, { kind: "check", index: 1, shift: false }, ten))).toEqual(["ORD-5", "ORD-7"]);
  });

  it("Multiple: Shift+click and Shift+arrows select the range from the anchor, in either direction", () => {
    expect(ids(run("Multiple", ten, click(2), click(5, { shift: true })))).toEqual(["ORD-3", "ORD-4", "ORD-5", "ORD-6"]);
    expect(ids(run("Multiple", ten, click(5), click(2, { shift: true })))).toEqual(["ORD-3", "ORD-4", "ORD-5", "ORD-6"]);
    // The anchor stays where the range started: Shift+Down twice, then Shift+Up once.
    const keys = run("Multiple", ten, click(3), { kind: "extend", from: 3, index: 4 }, { kind: "extend", from: 4, index: 5 }, { kind: "extend", from: 5, index: 4 });
    expect(ids(keys)).toEqual(["ORD-4", "ORD-5"]);
    // With no anchor yet, the range starts at the row the focus left.
    expect(ids(run("Multiple", ten, { kind: "extend", from: 7, index: 8 }))).toEqual(["ORD-8", "ORD-9"]);
    // A move without Shift sets the anchor: click row 2, Down three times, Shift+Down selects rows 5 and 6.
    const moved = run("Multiple", ten, click(1), { kind: "move", index: 2 }, { kind: "move", index: 3 }, { kind: "move", index: 4 }, { kind: "extend", from: 4, index: 5 });
    expect(ids(moved)).toEqual(["ORD-5", "ORD-6"]);
    expect(run("Single", ten, click(1), { kind: "move", index: 4 })).toEqual(run("Single", ten, click(1)));
    // Ctrl+Shift+click adds the range to the rows selected: rows 1, then 4 to 6.
    expect(ids(run("Multiple", ten, click(0), click(3, { toggle: true }), click(5, { shift: true, toggle: true })))).toEqual(["ORD-1", "ORD-4", "ORD-5", "ORD-6"]);
    // Shift+click on a checkbox extends too.
    expect(ids(run("Multiple", ten, { kind: "check", index: 0, shift: false }, { kind: "check", index: 2, shift: true }))).toEqual(["ORD-1", "ORD-2", "ORD-3"]);
  });

  it("Multiple: the header selects every loaded order, then none; Ctrl+A selects all; its state is false, mixed or true", () => {
    const all = run("Multiple", ten, { kind: "header" });
    expect(all.ids.size).toBe(10);
    expect(allState(all.ids, ten)).toBe(true);
    expect(run("Multiple", ten, { kind: "header" }, { kind: "header" }).ids.size).toBe(0);
    expect(run("Multiple", ten, click(1), { kind: "header" }).ids.size).toBe(10);
    expect(run("Multiple", ten, { kind: "all" }, { kind: "all" }).ids.size).toBe(10);
    expect(allState(run("Multiple", ten, click(1)).ids, ten)).toBe("mixed");
    expect(allState(EMPTY_SELECTION.ids, ten)).toBe(false);
    // More orders loaded later: the header is mixed again, the selected ones stay.
    expect(allState(all.ids, list(1, 20))).toBe("mixed");
  });

  it("Multiple: under a quick find the header and Ctrl+A select the matches shown, and the header clears only them: orders the search hides stay selected", () => {
    const twenty = list(1, 20);
    const matches = list(11, 13);
    const picked = run("Multiple", twenty, click(1), click(3, { toggle: true }));
    const all = applyIntent("Multiple", picked, { kind: "header" }, matches);
    expect(ids(all)).toEqual(["ORD-11", "ORD-12", "ORD-13", "ORD-2", "ORD-4"]);
    expect(allState(all.ids, matches)).toBe(true);
    expect(ids(applyIntent("Multiple", picked, { kind: "all" }, matches))).toEqual(ids(all));
    const cleared = applyIntent("Multiple", all, { kind: "header" }, matches);
    expect(ids(cleared)).toEqual(["ORD-2", "ORD-4"]);
    expect(cleared.last).toBe("ORD-4");
  });

  it("keeps the selection by id when pages arrive, and drops ids a new list does not hold", () => {
    const selection = run("Multiple", ten, click(1), click(8, { toggle: true }));
    const more = list(1, 30);
    expect(pruneSelection(selection, more)).toBe(selection);
    const refreshed = pruneSelection(selection, list(5, 30));
    expect(ids(refreshed)).toEqual(["ORD-9"]);
    expect(refreshed.last).toBe("ORD-9");
    expect(refreshed.anchor).toBe("ORD-9");
    expect(ids(pruneSelection(selection, list(11, 20)))).toEqual([]);
  });

  describe("across a sort, a search and a Refresh", () => {
    const selected = run("Multiple", ten, click(1), click(8, { toggle: true }));
    const at = (key: string, orders: OrderList, whole: boolean): SelectionList => ({ key, orders, whole });
    const empty: OrderList = { items: [], count: 0 };
    const follow = (...lists: SelectionList[]) => {
      let state = { selection: selected, doubted: new Set<string>() as ReadonlySet<string> };
      let before: SelectionList | undefined;
      for (const now of lists) {
        state = followList(state.selection, state.doubted, before, now);
        before = now;
      }
      return state;
    };

    it.each([
      ["a sort or search, first page loading", [at("a", ten, true), at("b", empty, false)], ["ORD-2", "ORD-9"]],
      ["a search whose whole answer lacks them", [at("a", ten, true), at("b", empty, false), at("b", list(20, 25), true)], ["ORD-2", "ORD-9"]],
      // Pages add to the same array of rows (accumulateOrders).
      ["pages arriving", [at("a", { items: ten.items, count: 5 }, false), at("a", ten, true)], ["ORD-2", "ORD-9"]],
      ["a Refresh, still loading", [at("a", ten, false), at("a", empty, false), at("a", list(3, 7), false)], ["ORD-2", "ORD-9"]],
      ["a Refresh, whole again without ORD-2", [at("a", ten, true), at("a", empty, false), at("a", list(3, 12), true)], ["ORD-9"]],
      ["a Refresh whole at once (the host replaced the data)", [at("a", ten, true), at("a", list(1, 5), true)], ["ORD-2"]],
      ["a Refresh, then a sort before it was whole", [at("a", ten, false), at("a", empty, false), at("b", list(20, 25), true)], ["ORD-2", "ORD-9"]],
    ])("%s", (_name, lists, kept) => {
      expect(ids(follow(...lists).selection)).toEqual(kept);
    });

    it("asks nothing of a list that only grows: the same selection object", () => {
      expect(follow(at("a", { items: ten.items, count: 5 }, false), at("a", ten, true)).selection).toBe(selected);
    });
  });

  it("selects the same ids however the rows are shown (another order)", () => {
    const reversed: OrderList = { items: [...ten.items].reverse(), count: 10 };
    expect(ids(run("Multiple", reversed, click(0), click(2, { shift: true })))).toEqual(["ORD-10", "ORD-8", "ORD-9"]);
  });

  it("follows a change of mode and a selection the host sets", () => {
    const three = run("Multiple", ten, click(1), click(2, { toggle: true }), click(3, { toggle: true }));
    expect(ids(selectionForMode("Single", three))).toEqual(["ORD-4"]);
    expect(selectionForMode("None", three)).toBe(EMPTY_SELECTION);
    expect(selectionForMode("Multiple", three)).toBe(three);
    // By id, as the user's: an order not loaded yet shows as selected when it comes.
    expect([...selectionFromHost(["ORD-3", "ORD-99", "ORD-1"], "Multiple").ids]).toEqual(["ORD-3", "ORD-99", "ORD-1"]);
    expect(ids(selectionFromHost(["ORD-3", "ORD-1"], "Single"))).toEqual(["ORD-1"]);
    expect(selectionFromHost(["ORD-3"], "None")).toBe(EMPTY_SELECTION);
  });

  it("selects all of 100,000 loaded orders", () => {
    const many = list(1, 100_000);
    const all = selectAll(many);
    expect(all.ids.size).toBe(100_000);
    expect(all.last).toBe("ORD-100000");
  });
});
