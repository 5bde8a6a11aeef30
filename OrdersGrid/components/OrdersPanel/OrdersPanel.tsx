import { Button, makeStyles, Toaster, useId } from "@fluentui/react-components";
import * as React from "react";
import type { OrderFormatters } from "../../format/createOrderFormatters";
import type { GridStatus } from "../../host/ControlOutputs";
import type { Density } from "../../host/readConfig";
import type { Order } from "../../orders/Order";
import type { ColumnSpec } from "../../orders/columnSpec";
import { sortName, type OrderSort } from "../../orders/OrderSort";
import type { OrdersSource } from "../../orders/OrdersSource";
import { useOrdersQuery } from "../../query/useOrdersQuery";
import { forService } from "../../strings/forService";
import { fillTemplate, phrase, phraseText, type Strings } from "../../strings/stringKeys";
import { oneSpace } from "../../view/searchOrders";
import type { SelectionMode } from "../../view/selection";
import { EmptyState } from "../EmptyState/EmptyState";
import { ColumnsHint } from "../NotConfigured/ColumnsHint";
import { ErrorNotification } from "../ErrorNotification/ErrorNotification";
import { statusError } from "../ErrorNotification/statusError";
import { columnsFromSpec, columnsWidth, gridLayout, widthsFromSpec, type ColumnKey, type ColumnWidths } from "../OrdersGrid/columns";
import { OrdersGrid } from "../OrdersGrid/OrdersGrid";
import { useElementWidth } from "../OrdersGrid/useElementWidth";
import { QuickFind, SEARCH_BAR_HEIGHT } from "../QuickFind/QuickFind";
import { useQuickFind } from "../QuickFind/useQuickFind";
import { FOOTER_HEIGHT, StatusFooter, type FooterState } from "../StatusFooter/StatusFooter";
import { LoadAnnouncer } from "./LoadAnnouncer";
import { useLoadMoreNearEnd } from "./useLoadMoreNearEnd";
import { useRetryToast } from "./useRetryToast";
import { useSort, useSortedOrders } from "./useSort";
import { useCopyExport } from "./useCopyExport";
import { useSelection, type SelectionChange } from "./useSelection";

export interface OrdersPanelProps {
  readonly source: OrdersSource;
  /** Orders per page: the next page is requested when fewer than half a page remain below the view. */
  readonly pageSize: number;
  /** Total height of the control in pixels. */
  readonly height: number;
  /** Width in pixels, when the host knows it: narrow widths drop low-priority columns (until the grid measures its own). */
  readonly width?: number | undefined;
  readonly strings: Strings;
  readonly format: OrderFormatters;
  readonly onSelect: (order: Order) => void;
  readonly onStatusChange: (status: GridStatus) => void;
  /** The user changed the sort (undefined: no sort); once per change. */
  readonly onSortChange: (sort: OrderSort | undefined) => void;
  /** Pages followed at most. @default 10000 */
  readonly maxPages?: number;
  /** The quick find box's text and its changes; undefined hides the box (`showSearch` off). */
  readonly search?: PanelSearch | undefined;
  /** @default "Single" */
  readonly selectionMode?: SelectionMode | undefined;
  /** Enter and double-click open the order's record, where the source can. @default true */
  readonly openRecords?: boolean | undefined;
  /** Called once per change of the selected orders. */
  readonly onSelectionChange?: SelectionChange | undefined;
  /** The rows' height. @default "Comfortable" */
  readonly density?: Density | undefined;
  /** The app maker's columns (`columns`): which, in which order, their headings and starting widths; undefined: the usual five. */
  readonly columnSpec?: readonly ColumnSpec[] | undefined;
  /** The canvas bridge: the sort and the search text the app says it loaded its collection with (`collectionSort`, `collectionSearch`). */
  readonly collection?: { readonly sort?: string | undefined; readonly search?: string | undefined } | undefined;
  /** The control's label in the app (the host's `mode.label`): it names the exported file. */
  readonly label?: string | undefined;
}

export interface PanelSearch {
  readonly text: string;
  readonly onChange: (text: string) => void;
}

/** Below this width (px) the footer has room for one action. */
const COMPACT_FOOTER_WIDTH = 360;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", overflow: "hidden", position: "relative" },
  notification: { flexShrink: 0 },
  action: { flexShrink: 0 },
});

/** Placeholder rows while a page loads: enough to show that something comes, not a wall. */
const PENDING_ROWS = 3;
/** Placeholder rows while the first page loads: a hint of the grid, cheap to render. */
const FIRST_LOAD_ROWS = 6;

/** The grid, the notification where loading stopped and the footer, over one OrdersSource. */
export function OrdersPanel(props: OrdersPanelProps): React.ReactElement {
  const { pageSize, height, format, onSelect, onStatusChange } = props;
  const styles = useStyles();
  const sorting = useSort(props.source, props.onSortChange);
  const { sort, source, onSort } = sorting;
  const { collection } = props;
  // The app's collection is in the grid's sort already (its OnSort reloaded it): in its order.
  const sortedByApp = sorting.localSort !== undefined && collection?.sort === sortName(sorting.localSort);
  const localSort = sortedByApp ? undefined : sorting.localSort;
  // What failed is named as the user knows it: the Sales API, Dataverse or the app's data.
  const strings = React.useMemo(() => forService(props.strings, source.service), [props.strings, source.service]);
  const query = useOrdersQuery(source, props.maxPages);
  const { orders, error, hasMore, isFetchingNextPage, isLoadingFirstPage, retrying, loadingAll } = query;

  // Quick find searches the columns in view: the panel is as wide as the grid, so the same layout.
  const [rootElement, setRootElement] = React.useState<HTMLDivElement | null>(null);
  const width = useElementWidth(rootElement) ?? props.width;
  const { selectionMode = "Single", openRecords = true, density, columnSpec } = props;
  const configured = React.useMemo(() => columnsFromSpec(columnSpec), [columnSpec]);
  const { columns, rowHeight, headerHeight } = React.useMemo(
    () => gridLayout(columnsWidth(width, selectionMode === "Multiple"), { density, columns: configured }),
    [width, selectionMode, density, configured],
  );
  // The columns the user resized keep their widths while the control lives: through new pages,
  // a sort, a search (and no match, which shows no grid) and a Refresh.
  // The app maker's starting widths, then the user's; a new `columns` starts from its widths again.
  const [columnWidths, setColumnWidths] = React.useState<ColumnWidths>(() => widthsFromSpec(columnSpec));
  const [widthsFor, setWidthsFor] = React.useState(columnSpec);
  if (widthsFor !== columnSpec) {
    setWidthsFor(columnSpec);
    setColumnWidths(widthsFromSpec(columnSpec));
  }
  const onColumnResize = React.useCallback((column: ColumnKey, columnWidth: number) => setColumnWidths((current) => (current[column] === columnWidth ? current : { ...current, [column]: columnWidth })), []);
  const searchText = props.search?.text ?? "";
  // A source that searched already (its pages hold only matches), or an app that loaded its
  // collection for this search (its OnSearch), is not filtered again here.
  const searchedBySource = source.search !== undefined || (collection?.search !== undefined && collection.search === oneSpace(searchText).trim());
  // The rows in the sort's order, when the source could not sort them: only those loaded so far.
  // Quick find filters them, keeping that order.
  const rows = useSortedOrders(orders, localSort, format.locale);
  const found = useQuickFind(rows, columns, format, searchText, !searchedBySource);
  const searching = found.highlight !== undefined;
  const toasterId = useId("orders-toaster");
  useRetryToast(toasterId, retrying, strings, format.count);

  // Whole: loaded to the end (dataUpdatedAt is 0 until a first page is in, a Refresh included).
  const whole = query.dataUpdatedAt > 0 && !hasMore && !error;
  const { selection, onIntent } = useSelection(selectionMode, { key: source.key, orders, whole }, source, props.onSelectionChange);
  // Export writes the loaded orders in the order shown (a sort the browser applied included).
  const { copy, exportCsv } = useCopyExport(toasterId, rows, selection.ids, hasMore, strings, format, configured, selectionMode, props.label);
  const onOpen = React.useMemo(() => (openRecords && source.openOrder ? (order: Order) => void source.openOrder?.(order) : undefined), [openRecords, source]);

  // A Refresh lasts until pages newer than the ones on screen when it was asked for arrive.
  const [refreshedFrom, setRefreshedFrom] = React.useState<number | null>(null);
  const { refresh, dataUpdatedAt } = query;
  const onRefresh = () => {
    setRefreshedFrom(dataUpdatedAt);
    refresh();
  };
  const refreshing = refreshedFrom !== null && dataUpdatedAt <= refreshedFrom && !error;

  // An item field `columns` names that no order of the API's first page has (Connector) would
  // leave its column blank in silence. The app maker's hint shows below the rows, which stay:
  // an API may also leave a field out of every order of a page. Only over the list as the API
  // sends it: a sorted or searched list's first page is a choice of orders.
  // A sort of that list keeps its hint (the same orders, in another order); another source drops it.
  const listMissing = source.sortedBy === undefined && (source.search ?? "") === "" ? query.missingFields?.[0] : undefined;
  const [missing, setMissing] = React.useState<{ readonly key: string; readonly field: string }>();
  if (listMissing !== undefined && (missing?.key !== props.source.key || missing.field !== listMissing)) setMissing({ key: props.source.key, field: listMissing });
  const missingField = missing?.key === props.source.key ? missing.field : undefined;
  const columnsHint = missingField === undefined ? undefined : fillTemplate(strings.State_ColumnsInvalid_Body, phraseText(strings, phrase("Problem_ApiNoField", missingField)));

  // One object per failure, so that the host raises OnError once for it.
  const reportedError = React.useMemo(
    () => (error ? statusError(error, strings) : columnsHint === undefined ? null : { code: "ColumnsInvalid", message: columnsHint, requestId: "" }),
    [error, strings, columnsHint],
  );
  React.useEffect(() => {
    onStatusChange({ loadedCount: orders.count, hasMore, error: reportedError });
  }, [orders.count, hasMore, reportedError, onStatusChange]);

  // While the loaded rows are filtered, scrolling to the end of the matches loads nothing: the
  // status says only loaded orders were searched, and Load all is the way to search the rest.
  const nearEnd = useLoadMoreNearEnd(found.orders.count, pageSize, query.pageRoundTripMs, hasMore && !error && !found.filtering, query.loadMore);

  // The notification takes what it needs; the grid body gets the rest of the height.
  const notificationRef = React.useRef<HTMLDivElement>(null);
  const [notificationHeight, setNotificationHeight] = React.useState(0);
  React.useLayoutEffect(() => {
    setNotificationHeight(error !== null || columnsHint !== undefined ? (notificationRef.current?.offsetHeight ?? 0) : 0);
  }, [error, columnsHint]);
  const searchBarHeight = props.search ? SEARCH_BAR_HEIGHT : 0;
  // At least two rows of the density's height (the header's) however short the control.
  const bodyHeight = Math.max(headerHeight * 2, height - searchBarHeight - headerHeight - FOOTER_HEIGHT - notificationHeight);

  let footer: FooterState;
  if (retrying) footer = { kind: "retrying", retry: retrying };
  else if (refreshing) footer = { kind: "refreshing" };
  else if (loadingAll) footer = { kind: "loadingAll", count: orders.count };
  else footer = { kind: isFetchingNextPage ? "loadingMore" : hasMore || error || isLoadingFirstPage ? "loaded" : "end", count: orders.count };

  const showEmpty = orders.count === 0 && !isLoadingFirstPage && !hasMore && !error && !searching;
  // No match: among the loaded rows, or (a source that searched) in the whole list.
  const noMatch = searching && found.orders.count === 0 && !isLoadingFirstPage && (found.filtering ? orders.count > 0 : !hasMore && !error);

  // A new sort or a new query is a new list, shown from the top; pages merging in are not.
  const listIdentity = React.useMemo(() => ({ items: orders.items, sort, query: found.highlight?.query }), [orders.items, sort, found.highlight?.query]);
  if (footer.kind === "loaded" && localSort && hasMore) footer = { ...footer, sortedSoFar: true };

  const shownCount = format.count(found.orders.count);
  let searchStatus = "";
  if (searching && !isLoadingFirstPage) {
    if (found.filtering) searchStatus = fillTemplate(hasMore ? strings.Search_MatchesMore : strings.Search_Matches, shownCount, format.count(orders.count));
    else searchStatus = fillTemplate(strings.Search_Found, shownCount);
  }
  const searchInput = React.useRef<HTMLInputElement>(null);
  const clearSearch = () => {
    props.search?.onChange("");
    // The Clear button goes with the empty result: the user is back in the box.
    searchInput.current?.focus();
  };
  const pendingRows = isLoadingFirstPage
    ? Math.min(FIRST_LOAD_ROWS, Math.ceil(bodyHeight / rowHeight))
    : isFetchingNextPage || (retrying && orders.count > 0)
      ? PENDING_ROWS
      : 0;

  return (
    <div ref={setRootElement} className={styles.root} style={{ height }} data-grid-state={isLoadingFirstPage ? "loading" : "ready"}>
      {props.search && <QuickFind value={searchText} onChange={props.search.onChange} status={searchStatus} onFocus={found.prepare} inputRef={searchInput} strings={strings} />}
      {showEmpty ? (
        <EmptyState state="empty" title={strings.State_Empty} />
      ) : noMatch ? (
        <EmptyState
          state="noMatch"
          title={fillTemplate(strings.Search_NoMatch, searchText.trim())}
          // "Load all to search every order" only while the footer offers Load all (not after a failure).
          body={found.filtering && hasMore && !error ? strings.Search_NoMatch_BodyMore : strings.Search_NoMatch_Body}
        >
          <Button onClick={clearSearch}>{strings.Search_Clear}</Button>
        </EmptyState>
      ) : (
        <OrdersGrid
          orders={found.orders}
          listIdentity={listIdentity}
          highlight={found.highlight}
          sort={sort}
          onSort={onSort}
          pendingRows={pendingRows}
          hasMore={hasMore}
          selectedIds={selection.ids}
          selectionMode={selectionMode}
          onSelectionIntent={onIntent}
          onSelect={onSelect}
          onOpen={onOpen}
          onCopy={copy}
          {...nearEnd}
          bodyHeight={bodyHeight}
          strings={strings}
          format={format}
          width={width}
          density={density}
          columnWidths={columnWidths}
          columns={configured}
          onColumnResize={onColumnResize}
        />
      )}
      {(error !== null || columnsHint !== undefined) && (
        <div ref={notificationRef} className={styles.notification}>
          {columnsHint !== undefined && <ColumnsHint title={strings.State_ColumnsInvalid_Title} hint={columnsHint} />}
          {error && (
            <ErrorNotification
              error={error}
              keptRows={orders.count}
              onRetry={query.retry}
              callBack={query.callBack}
              onRefresh={onRefresh}
              strings={strings}
              format={format}
            />
          )}
        </div>
      )}
      {/* While the notification offers Refresh beside Retry now, the footer does not offer it again. */}
      <StatusFooter
        state={footer}
        strings={strings}
        formatCount={format.count}
        onRefresh={isLoadingFirstPage || query.callBack ? undefined : onRefresh}
        onLoadAll={hasMore && !error && !isLoadingFirstPage ? query.loadAll : undefined}
        onCancelLoadAll={loadingAll ? query.cancelLoadAll : undefined}
        compact={width !== undefined && width < COMPACT_FOOTER_WIDTH}
      >
        {selectionMode === "Multiple" && selection.ids.size > 0 && <span data-testid="footer-selected">{fillTemplate(strings.Footer_Selected, format.count(selection.ids.size))}</span>}
        {orders.count > 0 && (
          <Button appearance="subtle" size="small" className={styles.action} onClick={exportCsv}>
            {strings.Action_Export}
          </Button>
        )}
      </StatusFooter>
      <LoadAnnouncer
        count={orders.count}
        hasMore={hasMore}
        busy={isLoadingFirstPage || isFetchingNextPage}
        listKey={source.key}
        startingOver={isLoadingFirstPage}
        strings={strings}
        formatCount={format.count}
      />
      <Toaster toasterId={toasterId} position="bottom-end" />
    </div>
  );
}
