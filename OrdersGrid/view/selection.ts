import type { OrderList } from "../orders/accumulateOrders";

/** How the user may select orders (the `selectionMode` input). */
export type SelectionMode = "None" | "Single" | "Multiple";

/**
 * The selected orders, by id: an id stays selected while its row scrolls out of the DOM,
 * pages arrive or the rows are shown in another order.
 */
export interface Selection {
  readonly ids: ReadonlySet<string>;
  /** Where a Shift range starts: the row last clicked, toggled or moved to without Shift. */
  readonly anchor: string | undefined;
  /** The order selected last that still is (the `selectedOrderId` output). */
  readonly last: string | undefined;
}

export const EMPTY_SELECTION: Selection = { ids: new Set(), anchor: undefined, last: undefined };

/**
 * What the user did, against the rows as shown (`index` in that list):
 * - `click`: a row clicked (`toggle`: with Ctrl, or Cmd on a Mac; with Shift too, the range is added);
 * - `check`: a row's checkbox clicked;
 * - `space`: Space on the focused row;
 * - `extend`: Shift with a key that moved the focus from row `from` to row `index`;
 * - `move`: a key without Shift moved the focus to row `index` (a later Shift range starts there);
 * - `header`: the header checkbox (all shown, or none of them when all are);
 * - `all`: Ctrl+A (all shown).
 * Both act on the rows shown (a quick find's matches) and keep the orders selected that a quick
 * find hides: the selection survives a search, so a search must not end it.
 */
export type SelectionIntent =
  | { readonly kind: "click"; readonly index: number; readonly shift: boolean; readonly toggle: boolean }
  | { readonly kind: "check"; readonly index: number; readonly shift: boolean }
  | { readonly kind: "space"; readonly index: number }
  | { readonly kind: "extend"; readonly from: number; readonly index: number }
  | { readonly kind: "move"; readonly index: number }
  | { readonly kind: "header" }
  | { readonly kind: "all" };

const idAt = (list: OrderList, index: number) => (index >= 0 && index < list.count ? list.items[index]?.id : undefined);

function only(id: string): Selection {
  return { ids: new Set([id]), anchor: id, last: id };
}

function toggle(selection: Selection, id: string): Selection {
  const ids = new Set(selection.ids);
  // Off again: the order selected last is the most recent one still selected (ids keep selection order).
  if (ids.delete(id)) return { ids, anchor: id, last: selection.last !== id && selection.last !== undefined ? selection.last : [...ids].pop() };
  ids.add(id);
  return { ids, anchor: id, last: id };
}

/** The rows from the anchor (or `fallback` when the anchor is not shown) to `index`, in list order; `add`: to those selected. */
function range(selection: Selection, list: OrderList, fallback: number, index: number, add = false): Selection {
  let from = fallback;
  if (selection.anchor !== undefined) {
    const found = list.items.findIndex((order, i) => i < list.count && order.id === selection.anchor);
    if (found >= 0) from = found;
  }
  const ids = new Set<string>(add ? selection.ids : []);
  const step = index >= from ? 1 : -1;
  for (let i = from; i !== index + step; i += step) {
    const id = idAt(list, i);
    if (id !== undefined) ids.add(id);
  }
  return { ids, anchor: idAt(list, from), last: idAt(list, index) };
}

/** The ids of the orders in `list`. */
function idsOf(list: OrderList): Set<string> {
  const ids = new Set<string>();
  for (let i = 0; i < list.count; i++) {
    const order = list.items[i];
    if (order) ids.add(order.id);
  }
  return ids;
}

/** Every order in `list` (the loaded ones: only those can be shown, copied or acted on). */
export function selectAll(list: OrderList): Selection {
  return { ids: idsOf(list), anchor: undefined, last: idAt(list, list.count - 1) };
}

/** Whether every order in `list` is selected: false, true, or "mixed" when some are. */
export function allState(ids: ReadonlySet<string>, list: OrderList): boolean | "mixed" {
  if (ids.size === 0 || list.count === 0) return false;
  let selected = 0;
  for (let i = 0; i < list.count; i++) {
    const order = list.items[i];
    if (order && ids.has(order.id)) selected++;
  }
  return selected === list.count ? true : selected === 0 ? false : "mixed";
}

/** The selection after `intent` on `list` (the rows as shown). None selects nothing; Single one order at a time. */
export function applyIntent(mode: SelectionMode, selection: Selection, intent: SelectionIntent, list: OrderList): Selection {
  if (mode === "None") return selection;
  if (intent.kind === "header" || intent.kind === "all") {
    if (mode === "Single") return selection;
    const shown = idsOf(list);
    if (intent.kind === "header" && allState(selection.ids, list) === true) {
      const ids = new Set([...selection.ids].filter((id) => !shown.has(id)));
      return ids.size === 0 ? EMPTY_SELECTION : { ids, anchor: undefined, last: [...ids].pop() };
    }
    // In the order shown (what the host and selectedOrderIds get), then the ones a quick find hides.
    for (const id of selection.ids) shown.add(id);
    return { ids: shown, anchor: undefined, last: idAt(list, list.count - 1) };
  }
  const id = idAt(list, intent.index);
  if (id === undefined) return selection;
  // As in Windows lists and the Creator Kit's DetailsList: the range starts where the focus was moved to last.
  if (intent.kind === "move") return mode === "Multiple" && selection.anchor !== id ? { ...selection, anchor: id } : selection;
  if (mode === "Single") return intent.kind === "extend" ? selection : only(id);
  switch (intent.kind) {
    case "click":
      // Ctrl+Shift+click adds the range to what is selected, as Windows lists and the DetailsList do.
      if (intent.shift) return range(selection, list, intent.index, intent.index, intent.toggle);
      return intent.toggle ? toggle(selection, id) : only(id);
    case "check":
      return intent.shift ? range(selection, list, intent.index, intent.index) : toggle(selection, id);
    case "space":
      return toggle(selection, id);
    case "extend":
      return range(selection, list, intent.from, intent.index);
  }
}


/** Drops the ids of `doubted` that `list` does not hold: the same object when none is dropped. */
export function pruneSelection(selection: Selection, list: OrderList, doubted: ReadonlySet<string> = selection.ids): Selection {
  if (selection.ids.size === 0 || doubted.size === 0) return selection;
  const loaded = idsOf(list);
  const ids = new Set([...selection.ids].filter((id) => loaded.has(id) || !doubted.has(id)));
  if (ids.size === selection.ids.size) return selection;
  const held = (id: string | undefined) => (id !== undefined && ids.has(id) ? id : undefined);
  return { ids, anchor: held(selection.anchor), last: held(selection.last) ?? [...ids].pop() };
}

/** The list the selection is over, as it loads. */
export interface SelectionList {
  /** Which list: the source's key. Another key is the same orders sorted or searched (or another source's). */
  readonly key: string;
  /** Every row loaded, before any sort or filter of the view. */
  readonly orders: OrderList;
  /** Loaded to its end, with no failure: an id it does not hold, it does not return. */
  readonly whole: boolean;
}

const NO_IDS: ReadonlySet<string> = new Set();

/**
 * The selection as its list moves from `before` to `now`, and the selected ids in doubt. A sort
 * or a search (another key) is the same orders in another order or filtered: nothing is dropped,
 * and the rows show as selected when they come. A Refresh, or the host replacing the data, of
 * the same list (a new list of rows, not `before` with rows added) puts the selected ids `before`
 * held in doubt: each is dropped only if the list, once whole again, does not hold it; while it
 * loads, nobody can tell. Pass back the `doubted` returned.
 */
export function followList(selection: Selection, doubted: ReadonlySet<string>, before: SelectionList | undefined, now: SelectionList): { readonly selection: Selection; readonly doubted: ReadonlySet<string> } {
  let open = before?.key === now.key ? doubted : NO_IDS;
  // A new array of rows is a new list (accumulateOrders copies them otherwise only when a later
  // page replaces a row, whose id stays: in doubt, it is found again).
  if (before?.key === now.key && selection.ids.size > 0 && now.orders.items !== before.orders.items) {
    const held = idsOf(before.orders);
    open = new Set([...open, ...[...selection.ids].filter((id) => held.has(id))]);
  }
  if (open.size === 0 || !now.whole) return { selection, doubted: open };
  return { selection: pruneSelection(selection, now.orders, open), doubted: NO_IDS };
}

/** What a new mode keeps: None nothing, Single the order selected last, Multiple everything. */
export function selectionForMode(mode: SelectionMode, selection: Selection): Selection {
  if (mode === "Multiple" || selection.ids.size === 0) return selection;
  if (mode === "None") return EMPTY_SELECTION;
  if (selection.ids.size === 1) return selection;
  const last = selection.last ?? [...selection.ids].pop();
  return last === undefined ? EMPTY_SELECTION : only(last);
}

/**
 * A selection the host set (model-driven command bar, a form), in the host's order. The ids are
 * kept as the user's are: a row not loaded yet (a sort's first page on its way) shows as
 * selected when it comes, so the grid and the host never disagree.
 */
export function selectionFromHost(ids: readonly string[], mode: SelectionMode): Selection {
  if (mode === "None" || ids.length === 0) return EMPTY_SELECTION;
  const last = ids[ids.length - 1];
  return selectionForMode(mode, { ids: new Set(ids), anchor: last, last });
}

export function sameIds(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const id of a) if (!b.has(id)) return false;
  return true;
}
