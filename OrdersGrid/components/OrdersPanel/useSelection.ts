import * as React from "react";
import type { OrderList } from "../../orders/accumulateOrders";
import type { OrdersSource } from "../../orders/OrdersSource";
import {
  applyIntent,
  EMPTY_SELECTION,
  followList,
  sameIds,
  selectionForMode,
  selectionFromHost,
  type Selection,
  type SelectionIntent,
  type SelectionList,
  type SelectionMode,
} from "../../view/selection";

/** The selected orders as the control reports them: ids (in selection order) and the order selected last. */
export type SelectionChange = (ids: readonly string[], last: string | undefined) => void;

export interface SelectionState {
  readonly selection: Selection;
  /** Applies what the user did, against `shown` (the rows as the grid shows them). */
  readonly onIntent: (intent: SelectionIntent, shown: OrderList) => void;
}

/**
 * The selection over the list as it loads (`list`: every row loaded, before any sort or filter
 * of the view). It reports each change once, when it happens (before the row's invoke, so an
 * OnSelect formula reads the new outputs); keeps the ids through a sort or a search and drops
 * those a Refresh (a replaced data-set) no longer returns, once that is known (followList);
 * tells the source's host what is selected and shows what the host selects.
 */
export function useSelection(mode: SelectionMode, list: SelectionList, source: OrdersSource, onChange: SelectionChange | undefined): SelectionState {
  const [selection, setSelection] = React.useState(EMPTY_SELECTION);
  // The selection as last committed: handlers run between renders, several per render at times.
  const current = React.useRef(selection);

  const commit = React.useCallback(
    (next: Selection, share: boolean) => {
      const previous = current.current;
      if (next === previous) return;
      current.current = next;
      // Only the anchor moved (a key without Shift): nothing shown changes, so no render.
      if (sameIds(previous.ids, next.ids) && previous.last === next.last) return;
      setSelection(next);
      const ids = [...next.ids];
      onChange?.(ids, next.last);
      if (share && !sameIds(previous.ids, next.ids)) source.shareSelection?.(ids);
    },
    [onChange, source],
  );

  const onIntent = React.useCallback((intent: SelectionIntent, shown: OrderList) => commit(applyIntent(mode, current.current, intent, shown), true), [mode, commit]);

  React.useEffect(() => commit(selectionForMode(mode, current.current), true), [mode, commit]);

  const { key, orders, whole } = list;
  const followed = React.useRef<{ list: SelectionList | undefined; doubted: ReadonlySet<string> }>({ list: undefined, doubted: new Set() });
  React.useEffect(() => {
    const now = { key, orders, whole };
    const next = followList(current.current, followed.current.doubted, followed.current.list, now);
    followed.current = { list: now, doubted: next.doubted };
    // What the grid drops, the host drops too: its command bar acts on what the grid shows selected.
    commit(next.selection, true);
  }, [key, orders, whole, commit]);

  const latestMode = React.useRef(mode);
  React.useLayoutEffect(() => {
    latestMode.current = mode;
  }, [mode]);
  React.useEffect(
    () =>
      source.onHostSelection?.((ids) => {
        const next = selectionFromHost(ids, latestMode.current);
        if (!sameIds(next.ids, current.current.ids)) commit(next, false);
      }),
    [source, commit],
  );

  return { selection, onIntent };
}
