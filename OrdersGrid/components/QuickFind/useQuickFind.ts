import * as React from "react";
import type { OrderFormatters } from "../../format/createOrderFormatters";
import type { OrderList } from "../../orders/accumulateOrders";
import { createFold, createOrderSearch, type Highlight, type SearchColumn } from "../../view/searchOrders";

export interface QuickFindState {
  /** The rows to show: the loaded ones that match, or all of them when the view does not search. */
  readonly orders: OrderList;
  /** The view filters the loaded rows now (a query, and a source that does not search itself). */
  readonly filtering: boolean;
  /** What cells mark; undefined while nothing is searched. */
  readonly highlight: Highlight | undefined;
  /** Folds the loaded rows' text in idle slices, so the first keystroke finds it ready. */
  readonly prepare: () => void;
}

/** How long one idle slice of preparing may run (ms): well within a frame. */
const SLICE_MS = 8;

/**
 * Quick find over the loaded rows, for the columns in view. `filter` false: the source
 * searched already (the API, Dataverse), and the view only marks the matches.
 */
export function useQuickFind(orders: OrderList, columns: readonly SearchColumn[], format: OrderFormatters, query: string, filter: boolean): QuickFindState {
  const [search] = React.useState(createOrderSearch);
  const fold = React.useMemo(() => createFold(format.locale), [format.locale]);
  const folded = fold(query.trim());
  const filtering = filter && folded !== "";
  const shown = React.useMemo(() => (filter ? search.search({ orders, columns, format, query }) : orders), [search, orders, columns, format, query, filter]);
  const highlight = React.useMemo(() => (folded === "" ? undefined : { query: folded, fold }), [folded, fold]);

  const latest = React.useRef({ orders, columns, format });
  React.useEffect(() => {
    latest.current = { orders, columns, format };
  });
  const timer = React.useRef<ReturnType<typeof setTimeout>>();
  const prepare = React.useCallback(() => {
    clearTimeout(timer.current);
    const slice = () => {
      if (!search.prepare(latest.current, performance.now() + SLICE_MS)) timer.current = setTimeout(slice, 0);
    };
    timer.current = setTimeout(slice, 0);
  }, [search]);
  React.useEffect(() => () => clearTimeout(timer.current), []);

  return { orders: shown, filtering, highlight, prepare };
}
