/**
 * Baseline (b): the control's own grid, footer and HTTP source, but react-query as it comes
 * out of the box: a default QueryClient (refetch on window focus, retry every error, stale at
 * once) and `fetchNextPage()` on every scroll event, the pattern most examples show.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { QueryClient, QueryClientProvider, useInfiniteQuery } from "@tanstack/react-query";
import * as React from "react";
import * as ReactDOM from "react-dom";
import { OrdersGrid } from "../../../OrdersGrid/components/OrdersGrid/OrdersGrid";
import { HEADER_HEIGHT, ROW_HEIGHT } from "../../../OrdersGrid/components/OrdersGrid/OrdersGrid.styles";
import { FOOTER_HEIGHT, StatusFooter, type FooterState } from "../../../OrdersGrid/components/StatusFooter/StatusFooter";
import { createOrderFormatters } from "../../../OrdersGrid/format/createOrderFormatters";
import { createOrdersAccumulator, EMPTY_ORDER_LIST } from "../../../OrdersGrid/orders/accumulateOrders";
import type { OrdersSource } from "../../../OrdersGrid/orders/OrdersSource";
import { createHttpOrdersSource } from "../../../OrdersGrid/sources/createHttpOrdersSource";
import { readStrings, type Strings } from "../../../OrdersGrid/strings/stringKeys";
import { createBaselineHost } from "./baselineHost";

const format = createOrderFormatters("en-US");
/** The baseline selects nothing. */
const NONE_SELECTED: ReadonlySet<string> = new Set();
const PENDING_ROWS = 3;
const noop = () => undefined;

interface DefaultsPanelProps {
  readonly source: OrdersSource;
  readonly height: number;
  readonly strings: Strings;
  readonly onLoaded: (count: number, complete: boolean) => void;
}

function DefaultsPanel({ source, height, strings, onLoaded }: DefaultsPanelProps): React.ReactElement {
  const query = useInfiniteQuery({
    queryKey: ["orders", source.key],
    queryFn: ({ pageParam, signal }) => source.loadPage(typeof pageParam === "string" ? pageParam : undefined, signal ?? new AbortController().signal),
    getNextPageParam: (lastPage) => lastPage.nextLink ?? undefined,
  });
  const [accumulate] = React.useState(createOrdersAccumulator);
  const pages = query.data?.pages;
  const orders = React.useMemo(() => (pages ? accumulate(pages) : EMPTY_ORDER_LIST), [pages, accumulate]);
  const hasMore = query.hasNextPage ?? false;
  const complete = pages !== undefined && !hasMore && !query.isFetching;

  React.useEffect(() => onLoaded(orders.count, complete), [orders.count, complete, onLoaded]);

  const { fetchNextPage } = query;
  const onScroll = React.useCallback(() => void fetchNextPage(), [fetchNextPage]);

  let footer: FooterState;
  if (query.isFetchingNextPage) footer = { kind: "loadingMore", count: orders.count };
  else if (complete) footer = { kind: "end", count: orders.count };
  else footer = { kind: "loaded", count: orders.count };

  const bodyHeight = Math.max(ROW_HEIGHT * 2, height - HEADER_HEIGHT - FOOTER_HEIGHT);
  return (
    <div style={{ height, display: "flex", flexDirection: "column", overflow: "hidden" }} onScrollCapture={onScroll}>
      <OrdersGrid
        orders={orders}
        pendingRows={query.isFetchingNextPage ? PENDING_ROWS : query.isLoading ? Math.ceil(bodyHeight / ROW_HEIGHT) : 0}
        hasMore={hasMore}
        selectedIds={NONE_SELECTED}
        onSelect={noop}
        onVisibleRangeChange={noop}
        sort={undefined}
        onSort={noop}
        bodyHeight={bodyHeight}
        strings={strings}
        format={format}
      />
      <StatusFooter state={footer} strings={strings} formatCount={format.count} />
    </div>
  );
}

const queryClient = new QueryClient();
let source: OrdersSource | undefined;
let strings: Strings | undefined;

window.benchHost = createBaselineHost((options, root, progress) => {
  source ??= createHttpOrdersSource({ baseUrl: new URL(options.apiBaseUrl), pageSize: options.pageSize });
  strings ??= readStrings((key) => options.strings[key] ?? key);
  const onLoaded = (count: number, complete: boolean) => progress.onLoaded(count, complete);
  ReactDOM.render(
    <FluentProvider theme={webLightTheme} style={{ height: options.height }}>
      <QueryClientProvider client={queryClient}>
        <DefaultsPanel source={source} height={options.height} strings={strings} onLoaded={onLoaded} />
      </QueryClientProvider>
    </FluentProvider>,
    root,
  );
}, '#root [role="grid"]');
