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
 * - `click`: a row clicked (`toggle`: with Ctrl, or Cmd on a Mac);
 * - `check`: a row's checkbox clicked;
 * - `space`: Space on the focused row;
 * - `extend`: Shift with a key that moved the focus from row `from` to row `index`;
 * - `header`: the header checkbox (all loaded, or none when all are);
 * - `all`: Ctrl+A.
 */
export type SelectionIntent =
  | { readonly kind: "click"; readonly index: number; readonly shift: boolean; readonly toggle: boolean }
  | { readonly kind: "check"; readonly index: number; readonly shift: boolean }
  | { readonly kind: "space"; readonly index: number }
  | { readonly kind: "extend"; readonly from: number; readonly index: number }
  | { readonly kind: "header" }
  | { readonly kind: "all" };

const idAt = (list: OrderList, index: number) => (index >= 0 && index < list.count ? list.items[index]?.id : undefined);

function only(id: string): Selection {
  return { ids: new Set([id]), anchor: id, last: id };
}

function toggle(selection: Selection, id: string): Selection {
  const ids = new Set(selection.ids);
  if (ids.delete(id)) return { ids, anchor: id, last: selection.last === id ? undefined : selection.last };
  ids.add(id);
  return { ids, anchor: id, last: id };
}

/** The rows from the anchor (or `fallback` when the anchor is not shown) to `index`, in list order. */
function range(selection: Selection, list: OrderList, fallback: number, index: number): Selection {
  let from = fallback;
  if (selection.anchor !== undefined) {
    const found = list.items.findIndex((order, i) => i < list.count && order.id === selection.anchor);
    if (found >= 0) from = found;
  }
  const ids = new Set<string>();
  const step = index >= from ? 1 : -1;
  for (let i = from; i !== index + step; i += step) {
    const id = idAt(list, i);
    if (id !== undefined) ids.add(id);
  }
  return { ids, anchor: idAt(list, from), last: idAt(list, index) };
}

/** Every order in `list` (the loaded ones: only those can be shown, copied or acted on). */
export function selectAll(list: OrderList): Selection {
  const ids = new Set<string>();
  for (let i = 0; i < list.count; i++) {
    const id = list.items[i]?.id;
    if (id !== undefined) ids.add(id);
  }
  return { ids, anchor: undefined, last: idAt(list, list.count - 1) };
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
    return intent.kind === "header" && allState(selection.ids, list) === true ? EMPTY_SELECTION : selectAll(list);
  }
  const id = idAt(list, intent.index);
  if (id === undefined) return selection;
  if (mode === "Single") return intent.kind === "extend" ? selection : only(id);
  switch (intent.kind) {
    case "click":
      if (intent.shift) return range(selection, list, intent.index, intent.index);
      return intent.toggle ? toggle(selection, id) : only(id);
    case "check":
      return intent.shift ? range(selection, list, intent.index, intent.index) : toggle(selection, id);
    case "space":
      return toggle(selection, id);
    case "extend":
      return range(selection, list, intent.from, intent.index);
  }
}

/** Keeps the ids `list` holds (a Refresh, a replaced data-set): the same object when none is dropped. */
export function pruneSelection(selection: Selection, list: OrderList): Selection {
  if (selection.ids.size === 0) return selection;
  const loaded = new Set<string>();
  for (let i = 0; i < list.count; i++) {
    const order = list.items[i];
    if (order) loaded.add(order.id);
  }
  const ids = new Set([...selection.ids].filter((id) => loaded.has(id)));
  if (ids.size === selection.ids.size) return selection;
  const held = (id: string | undefined) => (id !== undefined && ids.has(id) ? id : undefined);
  return { ids, anchor: held(selection.anchor), last: held(selection.last) ?? [...ids].pop() };
}

/** What a new mode keeps: None nothing, Single the order selected last, Multiple everything. */
export function selectionForMode(mode: SelectionMode, selection: Selection): Selection {
  if (mode === "Multiple" || selection.ids.size === 0) return selection;
  if (mode === "None") return EMPTY_SELECTION;
  if (selection.ids.size === 1) return selection;
  const last = selection.last ?? [...selection.ids].pop();
  return last === undefined ? EMPTY_SELECTION : only(last);
}

/** A selection the host set (model-driven command bar, a form): the ids of `list` among `ids`, in list order. */
export function selectionFromHost(ids: readonly string[], list: OrderList, mode: SelectionMode): Selection {
  if (mode === "None" || ids.length === 0) return EMPTY_SELECTION;
  const wanted = new Set(ids);
  const kept = new Set<string>();
  for (let i = 0; i < list.count; i++) {
    const order = list.items[i];
    if (order && wanted.has(order.id)) kept.add(order.id);
  }
  const last = [...kept].pop();
  return selectionForMode(mode, { ids: kept, anchor: last, last });
}

export function sameIds(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const id of a) if (!b.has(id)) return false;
  return true;
}
