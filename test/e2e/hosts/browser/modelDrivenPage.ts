/**
 * A model-driven form around the built control (pages/modelDriven.html): a subgrid of the
 * orders table's view bound to `orders` (ModelDrivenDataset), dataSource "Dataset", nextLink
 * blank. 1,000 orders of the reference data (orderData.ts), held in the page.
 *
 * URL parameters: lang (1033), width (900), height (420), viewPageSize (the subgrid's page size
 * before the control sets one, 25), controlPageSize (the control's pageSize input, 100),
 * requestTimeout (s, 30), count (1000), runtimeDelay (ms, 0), failFirstLoad (the first paging
 * call or refresh fails with this errorMessage), failLoads (how many loads fail so, 1),
 * selectionMode (the control's input, Single), columns (the control's input, blank).
 */
import type { ModelDrivenHostApi } from "../hostGlobals";
import { createGridReader } from "./gridReader";
import { ModelDrivenDataset } from "./modelDrivenDataset";
import { datasetInputs, loadStrings, mountControl, numberParameter } from "./pcfHost";
import { createRuntimeQueue } from "./runtimeQueue";

async function start(): Promise<void> {
  const lang = numberParameter("lang", 1033);
  const element = document.getElementById("host");
  if (!element) throw new Error("#host is missing");
  const strings = await loadStrings(lang);
  const queue = createRuntimeQueue(numberParameter("runtimeDelay", 0), (updated) => control.updateView(updated));
  const orders = new ModelDrivenDataset(queue, numberParameter("count", 1000), numberParameter("viewPageSize", 25));
  const failFirstLoad = new URLSearchParams(location.search).get("failFirstLoad");
  if (failFirstLoad) orders.failNextLoad(failFirstLoad, numberParameter("failLoads", 1));
  const events: string[] = [];
  const raised = (name: string) => () => void events.push(name);
  const control = mountControl({
    element,
    lang,
    strings,
    width: numberParameter("width", 900),
    height: numberParameter("height", 420),
    parameters: () => datasetInputs(orders, null),
    // A form's subgrid raises the control's events into the form's handlers: kept, in order.
    events: { OnLoadMore: raised("OnLoadMore"), OnError: raised("OnError"), OnSelect: raised("OnSelect"), OnSelectionChange: raised("OnSelectionChange") },
  });
  const api: ModelDrivenHostApi = {
    ...createGridReader(element),
    outputs: () => control.outputs(),
    datasetCalls: () => [...orders.calls],
    overlappingPagingCalls: () => orders.overlappingCalls,
    formattedRow: (index) => orders.formattedRow(index),
    failNextLoad: (message, times) => orders.failNextLoad(message, times),
    recordCount: () => orders.sortedRecordIds.length,
    datasetSelection: () => orders.selectedOrderNumbers(),
    selectFromHost: (numbers) => orders.selectFromHost(numbers),
    openedRecords: () => [...orders.opened],
    events: () => [...events],
  };
  window.modelDrivenHost = api;
  control.updateView([]);
}

void start();
