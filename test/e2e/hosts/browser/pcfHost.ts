import type { HostedControl } from "../../../bench/browser/benchGlobals";
import type { HostOutputs } from "../hostGlobals";

declare global {
  interface Window {
    /** Filled by the page's registerControl shim before this script runs. */
    controls?: Record<string, new () => HostedControl>;
    /** The host's ReactDOM (a platform library). */
    ReactDOM: { render(element: unknown, container: Element): void };
  }
}

const CONTROL_NAME = "Contoso.OrdersGrid";

/** The control's resx strings in `lang`, as the host's resources.getString returns them. */
export async function loadStrings(lang: number): Promise<Readonly<Record<string, string>>> {
  const response = await fetch(`/control/strings/OrdersGrid.${lang}.resx`);
  const resx = new DOMParser().parseFromString(await response.text(), "application/xml");
  const strings: Record<string, string> = {};
  resx.querySelectorAll("data").forEach((data) => {
    const name = data.getAttribute("name");
    if (name) strings[name] = data.querySelector("value")?.textContent ?? "";
  });
  return strings;
}

/** Numbers in the URL's query, or the page's default. */
export function numberParameter(name: string, fallback: number): number {
  const raw = new URLSearchParams(location.search).get(name);
  return raw === null || raw === "" || !Number.isFinite(Number(raw)) ? fallback : Number(raw);
}

/**
 * The manifest's inputs of the Dataset source, as both host pages set them: the control's
 * pageSize and requestTimeout from the URL (100, 30 s), the bound data-set, and `nextLink`
 * (the canvas bridge's input; null in a model-driven subgrid); selectionMode from the URL (Single).
 */
export function datasetInputs(orders: unknown, nextLink: string | null, collection: { sort?: string | null; search?: string | null } = {}): Readonly<Record<string, unknown>> {
  return {
    dataSource: { raw: "Dataset" },
    apiBaseUrl: { raw: null },
    pageSize: { raw: numberParameter("controlPageSize", 100) },
    requestTimeout: { raw: numberParameter("requestTimeout", 30) },
    maxPages: { raw: null },
    nextLink: { raw: nextLink },
    collectionSort: { raw: collection.sort ?? null },
    collectionSearch: { raw: collection.search ?? null },
    webApiTable: { raw: null },
    webApiColumns: { raw: null },
    selectionMode: { raw: new URLSearchParams(location.search).get("selectionMode") },
    columns: { raw: new URLSearchParams(location.search).get("columns") },
    orders,
  };
}

export interface MountOptions {
  readonly element: HTMLElement;
  /** The manifest's inputs and the data-set, read at each updateView. */
  readonly parameters: () => Readonly<Record<string, unknown>>;
  readonly events: Readonly<Record<string, () => void>>;
  readonly strings: Readonly<Record<string, string>>;
  readonly lang: number;
  readonly width: number;
  readonly height: number;
  /** The host's `context.webAPI` (model-driven apps); an empty object where the host has none to offer. */
  readonly webAPI?: unknown;
  /** The host's `context.navigation` (model-driven apps). */
  readonly navigation?: unknown;
}

export interface MountedControl {
  /** Calls updateView and renders what it returns, as the host does after a change. */
  updateView(updatedProperties: readonly string[]): void;
  outputs(): HostOutputs;
}

function readOutputs(values: Readonly<Record<string, unknown>>): HostOutputs {
  const text = (name: string) => (typeof values[name] === "string" ? values[name] : undefined);
  return {
    loadedCount: typeof values.loadedCount === "number" ? values.loadedCount : undefined,
    hasMore: typeof values.hasMore === "boolean" ? values.hasMore : undefined,
    errorCode: text("errorCode"),
    errorMessage: text("errorMessage"),
    requestId: text("requestId"),
    selectedOrderId: text("selectedOrderId"),
    selectedOrderIds: text("selectedOrderIds"),
    selectedCount: typeof values.selectedCount === "number" ? values.selectedCount : undefined,
    sortColumn: text("sortColumn"),
    sortDirection: text("sortDirection"),
    searchText: text("searchText"),
  };
}

/**
 * Mounts the built control (bundle.js, registered by the page) the way a Power Apps host does:
 * init once with one context whose getters read the host's current state, then updateView and
 * render with the host's React whenever something changes; getOutputs after notifyOutputChanged.
 */
export function mountControl(options: MountOptions): MountedControl {
  const Control = window.controls?.[CONTROL_NAME];
  if (!Control) throw new Error(`bundle.js did not register ${CONTROL_NAME}`);
  const control = new Control();
  let outputs: HostOutputs = {};
  let updatedProperties: readonly string[] = [];
  const context = {
    get parameters() {
      return options.parameters();
    },
    mode: { allocatedWidth: options.width, allocatedHeight: options.height, isControlDisabled: false, isVisible: true, trackContainerResize: () => undefined },
    userSettings: { languageId: options.lang, isRTL: false },
    resources: { getString: (key: string) => options.strings[key] ?? key },
    events: options.events,
    webAPI: options.webAPI ?? {},
    navigation: options.navigation,
    fluentDesignLanguage: undefined,
    get updatedProperties() {
      return updatedProperties;
    },
  };
  options.element.style.width = `${options.width}px`;
  options.element.style.height = `${options.height}px`;
  control.init(context, () => {
    // The host reads the outputs after the control says they changed.
    outputs = readOutputs(control.getOutputs?.() ?? {});
  });
  return {
    updateView(changed) {
      updatedProperties = changed;
      window.ReactDOM.render(control.updateView(context), options.element);
    },
    outputs: () => outputs,
  };
}
