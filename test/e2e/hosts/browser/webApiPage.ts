/**
 * A model-driven form around the built control (pages/webApi.html) with dataSource "WebApi": no
 * data-set records bound, the orders read from a Dataverse table through `context.webAPI`
 * (DataverseOrders: 1,000 orders of the reference data, held in the page), and
 * `context.navigation.openForm`, which records what it is asked to open.
 *
 * URL parameters: lang (1033), width (900), height (420), count (1000), pageSize (the control's
 * pageSize input, 100), latency (ms before Dataverse answers, 0), webApiTable (contoso_order),
 * webApiColumns (the order number, customer lookup, status reason, total and created on), columns
 * (blank), selectionMode (Single), openRecords (true), fail (a fault of DATAVERSE_FAULTS the first
 * calls reject with) and failLoads (how many, 1).
 */
import type { DataverseFault, WebApiHostApi, WebApiInputs } from "../hostGlobals";
import { DATAVERSE_FAULTS, DataverseOrders, ORDERS_TABLE } from "./dataverseOrders";
import { createGridReader } from "./gridReader";
import { ModelDrivenDataset } from "./modelDrivenDataset";
import { loadStrings, mountControl, numberParameter } from "./pcfHost";
import { createRuntimeQueue } from "./runtimeQueue";

const DEFAULT_COLUMNS = "id:contoso_ordernumber, customer:_contoso_customerid_value, status:statuscode, total:contoso_totalamount, date:createdon";

function isFault(name: string | null): name is DataverseFault {
  return name !== null && name in DATAVERSE_FAULTS;
}

async function start(): Promise<void> {
  const query = new URLSearchParams(location.search);
  const text = (name: string, fallback: string | null) => query.get(name) ?? fallback;
  const lang = numberParameter("lang", 1033);
  const element = document.getElementById("host");
  if (!element) throw new Error("#host is missing");
  const strings = await loadStrings(lang);
  const queue = createRuntimeQueue(0, (updated) => control.updateView(updated));
  const table = new DataverseOrders(numberParameter("count", 1000), numberParameter("latency", 0));
  const fail = query.get("fail");
  if (isFault(fail)) table.failNextLoad(DATAVERSE_FAULTS[fail], numberParameter("failLoads", 1));
  // The manifest's data-set, left unbound on the form: the WebApi source reads nothing from it.
  const unbound = new ModelDrivenDataset(queue, 0, 25);
  const openForms: { entityName: string; entityId: string }[] = [];
  let inputs: WebApiInputs & { readonly webApiTable: string | null } = {
    webApiTable: text("webApiTable", ORDERS_TABLE),
    webApiColumns: text("webApiColumns", DEFAULT_COLUMNS),
    columns: text("columns", null),
    openRecords: query.get("openRecords") !== "false",
    selectionMode: query.get("selectionMode") === "Multiple" ? "Multiple" : query.get("selectionMode") === "None" ? "None" : "Single",
  };
  const noop = () => undefined;
  const control = mountControl({
    element,
    lang,
    strings,
    width: numberParameter("width", 900),
    height: numberParameter("height", 420),
    parameters: () => ({
      dataSource: { raw: "WebApi" },
      apiBaseUrl: { raw: null },
      pageSize: { raw: numberParameter("pageSize", 100) },
      requestTimeout: { raw: 30 },
      maxPages: { raw: null },
      nextLink: { raw: null },
      webApiTable: { raw: inputs.webApiTable },
      webApiColumns: { raw: inputs.webApiColumns ?? null },
      columns: { raw: inputs.columns ?? null },
      selectionMode: { raw: inputs.selectionMode ?? "Single" },
      openRecords: { raw: inputs.openRecords ?? true },
      orders: unbound,
    }),
    // A form raises the control's events into its handlers; none is under test here.
    events: { OnLoadMore: noop, OnError: noop, OnSelect: noop, OnSort: noop, OnSearch: noop, OnSelectionChange: noop },
    webAPI: { retrieveMultipleRecords: table.retrieveMultipleRecords },
    navigation: {
      openForm: (options: { entityName: string; entityId: string }) => {
        openForms.push({ entityName: options.entityName, entityId: options.entityId });
        return Promise.resolve({ savedEntityReference: [] });
      },
    },
  });
  const api: WebApiHostApi = {
    ...createGridReader(element),
    outputs: () => control.outputs(),
    webApiCalls: () => table.calls.map((call) => ({ ...call })),
    openFormCalls: () => [...openForms],
    failNextLoad: (fault, times) => table.failNextLoad(DATAVERSE_FAULTS[fault], times),
    orderNumbers: (options) => table.orderNumbers(options),
    recordId: (orderNumber) => table.recordId(orderNumber),
    setInputs: (changes) => queue.apply(() => (inputs = { ...inputs, ...changes }), Object.keys(changes)),
  };
  window.webApiHost = api;
  control.updateView([]);
}

void start();
