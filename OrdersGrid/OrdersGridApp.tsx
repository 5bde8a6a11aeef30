import { FluentProvider, IdPrefixProvider, webLightTheme, type Theme } from "@fluentui/react-components";
import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import * as React from "react";
// Ahead of the components, for the bundle layout explained in index.ts.
import { ordersQueryKey } from "./query/useOrdersQuery";
import { NotConfigured } from "./components/NotConfigured/NotConfigured";
import { OrdersPanel, type OrdersPanelProps } from "./components/OrdersPanel/OrdersPanel";
import { parseColumnSpec, type ColumnSpec } from "./orders/columnSpec";
import { useSettledText } from "./components/QuickFind/useSettledText";
import type { GridConfig } from "./host/readConfig";
import { searchWhereTheDataIs, selectSource, type HostServices } from "./sources/selectSource";
import { withReadAhead } from "./sources/withReadAhead";
import { fillTemplate, phraseText } from "./strings/stringKeys";
import { oneSpace } from "./view/searchOrders";

/** Everything the panel takes but its source and the settings that shape loading. */
type PanelViewProps = Omit<OrdersPanelProps, "source" | "pageSize" | "maxPages" | "search" | "density" | "columnSpec" | "collection">;

export interface OrdersGridAppProps extends PanelViewProps {
  readonly config: GridConfig;
  /** What the host offers the sources (data-set feed and paging, OnLoadMore, Web API). */
  readonly host: HostServices;
  /** The control instance's own client: instances never share a cache. */
  readonly queryClient: QueryClient;
  /** The host's Fluent theme; @default webLightTheme */
  readonly theme?: Theme | undefined;
  /** Makes Fluent's generated ids unique per control instance. */
  readonly idPrefix: string;
  /** The user's language runs right to left (`userSettings.isRTL`): the grid is mirrored. @default "ltr" */
  readonly dir?: "ltr" | "rtl" | undefined;
  /** The search text, once the user paused typing (`SEARCH_PAUSE_MS`): the host sets searchText and raises OnSearch. */
  readonly onSearch?: ((text: string) => void) | undefined;
  /** A model-driven view's columns (the Dataset source), the default when `columns` is blank. */
  readonly viewColumns?: readonly ColumnSpec[] | undefined;
  /** The first data-set column `columns` names that the data-set does not have (the Dataset source; its columns may come after the first updateView). */
  readonly unknownDatasetColumn?: string | undefined;
}

/**
 * Whether two updateViews ask for the same view: every prop the same value (the configuration
 * field by field, as it is read anew each time). The host renders the element it is given, and
 * React renders nothing for the element it rendered last.
 */
export function sameAppProps(a: OrdersGridAppProps, b: OrdersGridAppProps): boolean {
  const sameFields = <T extends object>(x: T, y: T) => (Object.keys(x) as (keyof T)[]).every((key) => x[key] === y[key]) && Object.keys(x).length === Object.keys(y).length;
  const { config: configA, ...restA } = a;
  const { config: configB, ...restB } = b;
  return sameFields(configA, configB) && sameFields(restA, restB);
}

/** The composition root: providers, then the source the configuration asks for, then the panel. */
export function OrdersGridApp(props: OrdersGridAppProps): React.ReactElement {
  const { config, host, queryClient, theme, idPrefix, dir, onSearch, viewColumns, unknownDatasetColumn, ...view } = props;
  const { strings, height, onStatusChange } = view;
  const { dataSource, apiBaseUrl, pageSize, timeoutMs, maxPages, webApiTable, webApiColumns, sortQuery, showSearch, searchQuery, columns } = config;

  // What the user types filters the loaded rows at once; the settled text goes to the app and
  // to a source that searches where the data is, spaced as the cells show text (a run of white
  // space is one space, as quick find folds it). A hidden box searches nothing.
  const [typed, setTyped] = React.useState("");
  const searchText = showSearch ? typed : "";
  const settled = useSettledText(oneSpace(searchText).trim());
  const reported = React.useRef("");
  React.useEffect(() => {
    if (settled === reported.current) return;
    reported.current = settled;
    onSearch?.(settled);
  }, [settled, onSearch]);
  const search = searchWhereTheDataIs({ dataSource, searchQuery }, settled, host);
  // nextLink is data, not a setting: it reaches the data-set source through the feed. maxPages
  // is the query's, not the source's.

  // Rebuilt only when a setting that changes the data changes: a re-render from updateView
  // keeps the same source, hence the same query and the rows already loaded. A source whose
  // rows are not in the cache yet starts its first page now, not after the first commit; not a
  // search's, though: the panel may ask for it sorted (another list), and the unsorted first
  // page would be a request for nothing.
  const choice = React.useMemo(() => {
    const selected = selectSource({ dataSource, apiBaseUrl, pageSize, timeoutMs, webApiTable, webApiColumns, sortQuery, searchQuery, search, columns, unknownDatasetColumn }, host);
    if (!selected.ok) return selected;
    const firstPage = !search && queryClient.getQueryData(ordersQueryKey(selected.source.key)) === undefined;
    return { ok: true as const, source: withReadAhead(selected.source, { firstPage }) };
  }, [dataSource, apiBaseUrl, pageSize, timeoutMs, webApiTable, webApiColumns, sortQuery, searchQuery, search, columns, unknownDatasetColumn, host, queryClient]);
  // Read once per text (parseColumnSpec keeps it); a bad entry shows the hint (selectSource) instead.
  // Without it, a model-driven view's own columns.
  const parsed = columns === undefined ? undefined : parseColumnSpec(columns);
  const columnSpec = parsed === undefined ? viewColumns : parsed.ok ? parsed.columns : undefined;

  const content = choice.ok ? (
    <OrdersPanel
      {...view}
      source={choice.source}
      pageSize={pageSize}
      maxPages={maxPages}
      density={config.density}
      columnSpec={columnSpec}
      search={showSearch ? { text: searchText, onChange: setTyped } : undefined}
      collection={dataSource === "Dataset" && host.feed.bridged() ? { sort: config.collectionSort, search: config.collectionSearch } : undefined}
    />
  ) : (
    <NotConfigured
      state={choice.state}
      code={choice.code}
      title={strings[choice.title]}
      hint={fillTemplate(strings[choice.hint], ...(choice.problem ? [phraseText(strings, choice.problem)] : []))}
      onStatusChange={onStatusChange}
    />
  );

  return (
    <IdPrefixProvider value={idPrefix}>
      <FluentProvider theme={theme ?? webLightTheme} dir={dir} style={{ height, display: "flex", flexDirection: "column" }}>
        <QueryClientProvider client={queryClient}>{content}</QueryClientProvider>
      </FluentProvider>
    </IdPrefixProvider>
  );
}
