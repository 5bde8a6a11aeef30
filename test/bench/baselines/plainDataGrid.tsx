/**
 * Baseline (a): what a maker gets without virtualization. A plain Fluent v9 DataGrid with
 * every order as a DOM row. The first page is shown as soon as it arrives; the other pages
 * are fetched one after another by nextLink and shown together once all are in. (Appending
 * each page as it arrives re-renders every row 50 times: about two minutes for 10,000
 * orders on a 2-core machine, too long for the benchmark, and not what is compared here.)
 */
import {
  createTableColumn,
  DataGrid,
  DataGridBody,
  DataGridCell,
  DataGridHeader,
  DataGridHeaderCell,
  DataGridRow,
  FluentProvider,
  webLightTheme,
  type TableColumnDefinition,
} from "@fluentui/react-components";
import * as React from "react";
import * as ReactDOM from "react-dom";
import { createOrderFormatters } from "../../../OrdersGrid/format/createOrderFormatters";
import type { Order } from "../../../OrdersGrid/orders/Order";
import { parseOrdersPage } from "../../../OrdersGrid/orders/parseOrdersPage";
import type { MountOptions } from "../browser/benchGlobals";
import { createBaselineHost } from "./baselineHost";

const format = createOrderFormatters("en-US");

function columnsFor(strings: MountOptions["strings"]): TableColumnDefinition<Order>[] {
  const header = (key: string) => () => strings[key] ?? key;
  return [
    createTableColumn<Order>({ columnId: "id", renderHeaderCell: header("Column_Id"), renderCell: (order) => order.id }),
    createTableColumn<Order>({ columnId: "date", renderHeaderCell: header("Column_Date"), renderCell: (order) => format.date(order.date) }),
    createTableColumn<Order>({ columnId: "customer", renderHeaderCell: header("Column_Customer"), renderCell: (order) => order.customer ?? "" }),
    createTableColumn<Order>({ columnId: "status", renderHeaderCell: header("Column_Status"), renderCell: (order) => order.status ?? "" }),
    createTableColumn<Order>({ columnId: "total", renderHeaderCell: header("Column_Total"), renderCell: (order) => format.total(order) }),
  ];
}

interface PlainOrdersGridProps {
  readonly apiBaseUrl: string;
  readonly pageSize: number;
  readonly height: number;
  readonly strings: MountOptions["strings"];
  readonly onProgress: (loaded: number, complete: boolean) => void;
}

function PlainOrdersGrid({ apiBaseUrl, pageSize, height, strings, onProgress }: PlainOrdersGridProps): React.ReactElement {
  const [orders, setOrders] = React.useState<Order[]>([]);
  const columns = React.useMemo(() => columnsFor(strings), [strings]);

  React.useEffect(() => {
    const controller = new AbortController();
    const loadAll = async () => {
      const loadPage = async (link: string) => parseOrdersPage(await (await fetch(link, { signal: controller.signal })).json());
      const first = await loadPage(`${apiBaseUrl}/orders?page=1&pageSize=${pageSize}`);
      setOrders(first.items.slice());
      onProgress(first.items.length, first.nextLink === null);
      const all = first.items.slice();
      for (let link = first.nextLink; link; ) {
        const page = await loadPage(link);
        all.push(...page.items);
        link = page.nextLink;
      }
      setOrders(all);
      onProgress(all.length, true);
    };
    loadAll().catch(() => undefined);
    return () => controller.abort();
  }, [apiBaseUrl, pageSize, onProgress]);

  return (
    <FluentProvider theme={webLightTheme}>
      <div data-bench-scroller="" style={{ height, overflow: "auto" }}>
        <DataGrid items={orders} columns={columns} getRowId={(order: Order) => order.id} aria-label="Orders">
          <DataGridHeader>
            <DataGridRow>{({ renderHeaderCell }) => <DataGridHeaderCell>{renderHeaderCell()}</DataGridHeaderCell>}</DataGridRow>
          </DataGridHeader>
          <DataGridBody<Order>>
            {({ item, rowId }) => (
              <DataGridRow<Order> key={rowId} data-order-id={item.id}>
                {({ renderCell }) => <DataGridCell>{renderCell(item)}</DataGridCell>}
              </DataGridRow>
            )}
          </DataGridBody>
        </DataGrid>
      </div>
    </FluentProvider>
  );
}

window.benchHost = createBaselineHost((options, root, progress) => {
  const { apiBaseUrl, pageSize, height, strings } = options;
  const onProgress = (loaded: number, complete: boolean) => progress.onLoaded(loaded, complete);
  ReactDOM.render(<PlainOrdersGrid apiBaseUrl={apiBaseUrl} pageSize={pageSize} height={height} strings={strings} onProgress={onProgress} />, root);
}, "#root [data-bench-scroller]");
