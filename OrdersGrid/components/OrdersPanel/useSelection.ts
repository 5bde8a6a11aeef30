import * as React from "react";
import type { OrderList } from "../../orders/accumulateOrders";
import type { OrdersSource } from "../../orders/OrdersSource";
import {
  applyIntent,
  EMPTY_SELECTION,
  pruneSelection,
  sameIds,
  selectionForMode,
  selectionFromHost,
  type Selection,
  type SelectionIntent,
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
 * The selection over the loaded orders (`loaded`: every row loaded, before any sort or filter
 * of the view). It reports each change once, when it happens (before the row's invoke, so an
 * OnSelect formula reads the new outputs); drops the ids a new list (a Refresh, a replaced
 * data-set) no longer holds; tells the source's host what the user selected and shows what the
 * host selects.
 */
export function useSelection(mode: SelectionMode, loaded: OrderList, source: OrdersSource, onChange: SelectionChange | undefined): SelectionState {
  const [selection, setSelection] = React.useState(EMPTY_SELECTION);
  // The selection as last committed: handlers run between renders, several per render at times.
  const current = React.useRef(selection);

  const commit = React.useCallback(
    (next: Selection, share: boolean) => {
      const previous = current.current;
      if (next === previous) return;
      current.current = next;
      setSelection(next);
      if (sameIds(previous.ids, next.ids) && previous.last === next.last) return;
      const ids = [...next.ids];
      onChange?.(ids, next.last);
      if (share && !sameIds(previous.ids, next.ids)) source.shareSelection?.(ids);
    },
    [onChange, source],
  );

  const onIntent = React.useCallback((intent: SelectionIntent, shown: OrderList) => commit(applyIntent(mode, current.current, intent, shown), true), [mode, commit]);

  React.useEffect(() => commit(selectionForMode(mode, current.current), true), [mode, commit]);

  // A new list, not a page added to the one shown: `items` only grows while the list does.
  const listItems = React.useRef(loaded.items);
  React.useEffect(() => {
    if (listItems.current === loaded.items) return;
    listItems.current = loaded.items;
    commit(pruneSelection(current.current, loaded), false);
  }, [loaded, commit]);

  const latest = React.useRef({ loaded, mode });
  React.useLayoutEffect(() => {
    latest.current = { loaded, mode };
  }, [loaded, mode]);
  React.useEffect(
    () =>
      source.onHostSelection?.((ids) => {
        const next = selectionFromHost(ids, latest.current.loaded, latest.current.mode);
        if (!sameIds(next.ids, current.current.ids)) commit(next, false);
      }),
    [source, commit],
  );

  return { selection, onIntent };
}
