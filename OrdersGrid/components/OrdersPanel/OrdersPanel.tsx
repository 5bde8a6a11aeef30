import { Button, makeStyles, Toaster, useId } from "@fluentui/react-components";
import * as React from "react";
import type { OrderFormatters } from "../../format/createOrderFormatters";
import type { GridStatus } from "../../host/ControlOutputs";
import type { Order } from "../../orders/Order";
import type { OrdersSource } from "../../orders/OrdersSource";
import { useOrdersQuery } from "../../query/useOrdersQuery";
import { fillTemplate, type Strings } from "../../strings/stringKeys";
import type { SelectionMode } from "../../view/selection";
import { EmptyState } from "../EmptyState/EmptyState";
import { ErrorNotification } from "../ErrorNotification/ErrorNotification";
import { statusError } from "../ErrorNotification/statusError";
import { OrdersGrid } from "../OrdersGrid/OrdersGrid";
import { HEADER_HEIGHT, ROW_HEIGHT } from "../OrdersGrid/OrdersGrid.styles";
import { FOOTER_HEIGHT, StatusFooter, type FooterState } from "../StatusFooter/StatusFooter";
import { LoadAnnouncer } from "./LoadAnnouncer";
import { useLoadMoreNearEnd } from "./useLoadMoreNearEnd";
import { useRetryToast } from "./useRetryToast";
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
  /** Pages followed at most. @default 10000 */
  readonly maxPages?: number;
  /** @default "Single" */
  readonly selectionMode?: SelectionMode | undefined;
  /** Enter and double-click open the order's record, where the source can. @default true */
  readonly openRecords?: boolean | undefined;
  /** Called once per change of the selected orders. */
  readonly onSelectionChange?: SelectionChange | undefined;
}

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
  const { source, pageSize, height, strings, format, onSelect, onStatusChange } = props;
  const styles = useStyles();
  const query = useOrdersQuery(source, props.maxPages);
  const { orders, error, hasMore, isFetchingNextPage, isLoadingFirstPage, retrying } = query;
  const toasterId = useId("orders-toaster");
  useRetryToast(toasterId, retrying, strings, format.count);

  const { selectionMode = "Single", openRecords = true } = props;
  const { selection, onIntent } = useSelection(selectionMode, orders, source, props.onSelectionChange);
  const { copy, exportCsv } = useCopyExport(toasterId, orders, selection.ids, hasMore, strings, format);
  const onOpen = React.useMemo(() => (openRecords && source.openOrder ? (order: Order) => void source.openOrder?.(order) : undefined), [openRecords, source]);

  // A Refresh lasts until pages newer than the ones on screen when it was asked for arrive.
  const [refreshedFrom, setRefreshedFrom] = React.useState<number | null>(null);
  const { refresh, dataUpdatedAt } = query;
  const onRefresh = () => {
    setRefreshedFrom(dataUpdatedAt);
    refresh();
  };
  const refreshing = refreshedFrom !== null && dataUpdatedAt <= refreshedFrom && !error;

  // One object per failure, so that the host raises OnError once for it.
  const reportedError = React.useMemo(() => error && statusError(error, strings), [error, strings]);
  React.useEffect(() => {
    onStatusChange({ loadedCount: orders.count, hasMore, error: reportedError });
  }, [orders.count, hasMore, reportedError, onStatusChange]);

  const nearEnd = useLoadMoreNearEnd(orders.count, pageSize, query.pageRoundTripMs, hasMore && !error, query.loadMore);

  // The notification takes what it needs; the grid body gets the rest of the height.
  const notificationRef = React.useRef<HTMLDivElement>(null);
  const [notificationHeight, setNotificationHeight] = React.useState(0);
  React.useLayoutEffect(() => {
    setNotificationHeight(error ? (notificationRef.current?.offsetHeight ?? 0) : 0);
  }, [error]);
  const bodyHeight = Math.max(ROW_HEIGHT * 2, height - HEADER_HEIGHT - FOOTER_HEIGHT - notificationHeight);

  let footer: FooterState;
  if (retrying) footer = { kind: "retrying", retry: retrying };
  else if (refreshing) footer = { kind: "refreshing" };
  else footer = { kind: isFetchingNextPage ? "loadingMore" : hasMore || error || isLoadingFirstPage ? "loaded" : "end", count: orders.count };

  const showEmpty = orders.count === 0 && !isLoadingFirstPage && !hasMore && !error;
  const pendingRows = isLoadingFirstPage
    ? Math.min(FIRST_LOAD_ROWS, Math.ceil(bodyHeight / ROW_HEIGHT))
    : isFetchingNextPage || (retrying && orders.count > 0)
      ? PENDING_ROWS
      : 0;

  return (
    <div className={styles.root} style={{ height }} data-grid-state={isLoadingFirstPage ? "loading" : "ready"}>
      {showEmpty ? (
        <EmptyState state="empty" title={strings.State_Empty} />
      ) : (
        <OrdersGrid
          orders={orders}
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
          width={props.width}
        />
      )}
      {error && (
        <div ref={notificationRef} className={styles.notification}>
          <ErrorNotification
            error={error}
            keptRows={orders.count}
            onRetry={query.retry}
            callBack={query.callBack}
            onRefresh={onRefresh}
            strings={strings}
            format={format}
          />
        </div>
      )}
      {/* While the notification offers Refresh beside Retry now, the footer does not offer it again. */}
      <StatusFooter state={footer} strings={strings} formatCount={format.count} onRefresh={isLoadingFirstPage || query.callBack ? undefined : onRefresh}>
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
