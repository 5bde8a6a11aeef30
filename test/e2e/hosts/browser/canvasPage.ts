/**
 * A canvas app around the built control (pages/canvas.html): `orders` bound to the collection
 * colOrders through the canvas runtime's data-set (CanvasDataset), `nextLink` bound to
 * varNextLink, dataSource "Dataset", and the app's formulas from README played as written, with
 * the Contoso Sales connector answered by the host page server's stand-in (/connector/...).
 *
 * URL parameters: lang (1033), width (900), height (420), datasetPageSize (the runtime's page
 * size before the control sets one, 100), connectorPageSize (ListOrders' pageSize in
 * Screen.OnVisible, 100), controlPageSize (the control's pageSize input, 100), requestTimeout
 * (the control's input, s, 30), runtimeDelay (ms before the runtime applies a change, 0),
 * firstPage: "OnVisible" (README's Screen.OnVisible: the control is on screen, empty, before the
 * first page arrives) or "OnStart" (the same formula in App.OnStart, which the runtime finishes
 * before the screen shows: the control's first updateView has the first page and varNextLink),
 * selectionMode and columns (the control's inputs, Single and blank).
 */
import { isRecord } from "../../../../OrdersGrid/orders/coerce";
import type { ApiOrder } from "../../../orders-api/orderData";
import type { CanvasHostApi, CollectionChange } from "../hostGlobals";
import { CanvasDataset, type CollectionUpdate } from "./canvasDataset";
import { createGridReader } from "./gridReader";
import { datasetInputs, loadStrings, mountControl, numberParameter } from "./pcfHost";
import { createRuntimeQueue } from "./runtimeQueue";

interface ConnectorPage {
  readonly items: readonly ApiOrder[];
  readonly nextLink: string | null;
}

function isOrder(value: unknown): value is ApiOrder {
  return isRecord(value) && ["id", "currency", "date", "customer", "status"].every((name) => typeof value[name] === "string") && typeof value.total === "number";
}

/** FirstError.Message of a failed connector call: the error envelope's message, as Power Fx reports it. */
function firstErrorMessage(status: number, body: unknown): string {
  const error = isRecord(body) ? body.error : undefined;
  return isRecord(error) && typeof error.message === "string" ? error.message : `The request failed with status ${status}`;
}

/** One connector operation, through the stand-in: the page, or the error Power Fx's IfError sees. */
async function callConnector(path: string): Promise<ConnectorPage> {
  const response = await fetch(path, { headers: { "x-ms-client-request-id": crypto.randomUUID() } });
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw new Error(firstErrorMessage(response.status, body));
  const items = isRecord(body) ? body.items : undefined;
  if (!isRecord(body) || !Array.isArray(items) || !items.every(isOrder)) throw new Error("The response is not a page of orders");
  return { items, nextLink: typeof body.nextLink === "string" && body.nextLink !== "" ? body.nextLink : null };
}

const ContosoSales = {
  // The optional parameters as Power Fx sends them: a Blank() one is left out.
  ListOrders: (options: { page: number; pageSize: number; orderBy?: string | undefined; search?: string | undefined }) =>
    callConnector(
      `/connector/orders?${new URLSearchParams({ page: String(options.page), pageSize: String(options.pageSize), ...(options.orderBy ? { orderBy: options.orderBy } : {}), ...(options.search ? { search: options.search } : {}) }).toString()}`,
    ),
  ListOrdersNextPage: (nextLink: string) => callConnector(`/connector/orders/nextpage?nextLink=${encodeURIComponent(nextLink)}`),
};

async function start(): Promise<void> {
  const lang = numberParameter("lang", 1033);
  const connectorPageSize = numberParameter("connectorPageSize", 100);
  const element = document.getElementById("host");
  if (!element) throw new Error("#host is missing");
  const strings = await loadStrings(lang);

  // The app's state: Power Fx variables change at once; the control sees them when the runtime applies them.
  let colOrders: readonly ApiOrder[] = [];
  let varNextLink: string | null = null;
  let varSelected: string | null = null;
  const inputs: { nextLink: string | null; sort: string | null; search: string | null } = { nextLink: null, sort: null, search: null };
  const events: string[] = [];
  const notifications: string[] = [];
  let loadMoreRunning = 0;
  const sortOrSearchCalls = { answered: 0, filled: 0 };
  let overlappingLoadMore = 0;

  // Nothing is rendered before the screen shows the control.
  let onScreen = false;
  const queue = createRuntimeQueue(numberParameter("runtimeDelay", 0), (updated) => {
    if (onScreen) control.updateView(updated);
  });
  const orders = new CanvasDataset(queue, numberParameter("datasetPageSize", 100));

  const Notify = (message: string) => notifications.push(message);
  const ClearCollect = (items: readonly ApiOrder[]) => collect(items, "replace");
  const Collect = (items: readonly ApiOrder[]) => collect(items, "append");
  function collect(items: readonly ApiOrder[], update: CollectionUpdate) {
    colOrders = update === "append" ? [...colOrders, ...items] : [...items];
    void orders.updateCollection(colOrders, update);
  }
  // Set(varNextLink, value)
  function SetNextLink(value: string | null) {
    varNextLink = value;
    void queue.apply(() => (inputs.nextLink = value), ["nextLink"]);
  }

  // Set(varCollectionSort, …); Set(varCollectionSearch, …): what the collection holds, as collectionSort and collectionSearch.
  function SetCollection(sort: string | null, search: string | null) {
    void queue.apply(() => Object.assign(inputs, { sort, search }), ["collectionSort", "collectionSearch"]);
  }

  /** Screen.OnVisible (README), or App.OnStart: ClearCollect the first page, Set varNextLink, no sort or search; Notify on failure. */
  async function onVisible() {
    try {
      const result = await ContosoSales.ListOrders({ page: 1, pageSize: connectorPageSize });
      ClearCollect(result.items);
      SetNextLink(result.nextLink);
      SetCollection(null, null);
    } catch (error) {
      Notify(`Orders could not be loaded: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /**
   * OrdersGrid1.OnLoadMore (README): With({ link: varNextLink }, If(!IsBlank(link),
   * IfError(With(ListOrdersNextPage(link), If(link = varNextLink, Collect; Set)), Notify))).
   */
  async function onLoadMore() {
    const link = varNextLink;
    if (link === null) return;
    try {
      const result = await ContosoSales.ListOrdersNextPage(link);
      // A sort or search refilled the collection meanwhile: this page is of the list before it.
      if (link !== varNextLink) return;
      Collect(result.items);
      SetNextLink(result.nextLink);
    } catch (error) {
      Notify(`More orders could not be loaded: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /**
   * OrdersGrid1.OnSort and OrdersGrid1.OnSearch (README, Sorting): the grid's sort and search
   * read once, ListOrders' page 1 with them; if they are still the grid's: ClearCollect, Set
   * varNextLink, varCollectionSort and varCollectionSearch. Notify on failure.
   */
  async function onSortOrSearch() {
    const now = () => control.outputs();
    const { sortColumn = "", sortDirection = "", searchText = "" } = now();
    try {
      const result = await ContosoSales.ListOrders({
        page: 1,
        pageSize: connectorPageSize,
        orderBy: sortColumn ? `${sortColumn}${sortDirection === "Descending" ? " desc" : " asc"}` : undefined,
        search: searchText || undefined,
      });
      sortOrSearchCalls.answered++;
      // If(column = OrdersGrid1.sortColumn && direction = OrdersGrid1.sortDirection && text = OrdersGrid1.searchText, …)
      const latest = now();
      if ((latest.sortColumn ?? "") !== sortColumn || (latest.sortDirection ?? "") !== sortDirection || (latest.searchText ?? "") !== searchText) return;
      sortOrSearchCalls.filled++;
      ClearCollect(result.items);
      SetNextLink(result.nextLink);
      SetCollection(`${sortColumn} ${sortDirection}`, searchText);
    } catch (error) {
      Notify(`Orders could not be loaded: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  const control = mountControl({
    element,
    lang,
    strings,
    width: numberParameter("width", 900),
    height: numberParameter("height", 420),
    parameters: () => datasetInputs(orders, inputs.nextLink, inputs),
    events: {
      OnLoadMore: () => {
        events.push("OnLoadMore");
        // Power Apps runs the formula as the event comes; a second while the first waits for the connector is a duplicate.
        if (loadMoreRunning > 0) overlappingLoadMore++;
        loadMoreRunning++;
        void onLoadMore().finally(() => loadMoreRunning--);
      },
      OnError: () => events.push("OnError"),
      OnSort: () => {
        events.push("OnSort");
        void onSortOrSearch();
      },
      OnSearch: () => {
        events.push("OnSearch");
        void onSortOrSearch();
      },
      OnSelect: () => {
        events.push("OnSelect");
        // Set(varSelected, OrdersGrid1.selectedOrderId): canvas passes no payload, the output must be set before the event.
        varSelected = control.outputs().selectedOrderId ?? null;
      },
    },
  });

  /** Changes the app makes to its collection from a button or another formula. */
  async function change(request: CollectionChange): Promise<void> {
    switch (request.kind) {
      case "sort": {
        // ClearCollect(colSorted, SortByColumns(colOrders, "total", SortOrder.Descending)); ClearCollect(colOrders, colSorted)
        const sign = request.order === "Ascending" ? 1 : -1;
        const key = request.column;
        const compare = (a: ApiOrder, b: ApiOrder) => (key === "total" ? a.total - b.total : a[key].localeCompare(b[key]));
        ClearCollect([...colOrders].sort((a, b) => sign * compare(a, b)));
        SetCollection(null, null);
        break;
      }
      case "filter":
        // ClearCollect(colShown, Filter(colOrders, status = "Shipped")); ClearCollect(colOrders, colShown)
        ClearCollect(colOrders.filter((order) => order.status === request.status));
        SetCollection(null, null);
        break;
      case "clear":
        // Clear(colOrders); Set(varNextLink, Blank())
        ClearCollect([]);
        SetNextLink(null);
        SetCollection(null, null);
        break;
      case "restart":
        await onVisible();
        break;
    }
    await queue.idle();
  }

  const api: CanvasHostApi = {
    ...createGridReader(element),
    outputs: () => control.outputs(),
    collectionIds: () => colOrders.map((order) => order.id),
    varNextLink: () => varNextLink,
    varSelected: () => varSelected,
    events: () => [...events],
    overlappingLoadMore: () => overlappingLoadMore,
    datasetCalls: () => [...orders.calls],
    overlappingPagingCalls: () => orders.overlappingCalls,
    notifications: () => [...notifications],
    sortOrSearchCalls: () => ({ ...sortOrSearchCalls }),
    dataset: () => orders.state(),
    change,
  };
  window.canvasHost = api;

  const showScreen = () => {
    onScreen = true;
    control.updateView([]);
  };
  if (new URLSearchParams(location.search).get("firstPage") === "OnStart") {
    await onVisible();
    await queue.idle();
    showScreen();
  } else {
    // The screen shows the control before OnVisible's connector call returns.
    showScreen();
    await onVisible();
  }
}

void start();
