/**
 * Hosts the built control (out/controls/OrdersGrid/bundle.js) the way a Power Apps host does:
 * init once, then updateView → render the returned element with the host's React, and call
 * updateView again whenever an input or the allocated size changes.
 */
import type { ReactElement } from "react";
import * as ReactDOM from "react-dom";
import { createBenchDataset, type BenchDataset } from "./benchDataset";
import type { BenchHost, HostedControl, MountOptions } from "./benchGlobals";

const CONTROL_NAME = "Contoso.OrdersGrid";

interface HostState {
  apiBaseUrl: string;
  pageSize: number;
  width: number;
  height: number;
  strings: Readonly<Record<string, string>>;
  /** The Dataset source's data-set as this updateView hands it over; the Connector source when unset. */
  dataset: unknown;
  selectionMode?: string | undefined;
}

const noop = () => undefined;

/**
 * The slice of ComponentFramework.Context the control reads. One object whose getters read
 * the current state, as the platform hands the same context to every updateView.
 */
function buildContext(state: HostState) {
  return {
    get parameters() {
      return {
        dataSource: { raw: state.dataset === undefined ? "Connector" : "Dataset" },
        apiBaseUrl: { raw: state.apiBaseUrl },
        pageSize: { raw: state.pageSize },
        requestTimeout: { raw: null },
        maxPages: { raw: null },
        selectionMode: { raw: state.selectionMode ?? null },
        orders: state.dataset ?? {},
      };
    },
    get mode() {
      return {
        allocatedHeight: state.height,
        allocatedWidth: state.width,
        isControlDisabled: false,
        isVisible: true,
        label: "Orders",
        trackContainerResize: noop,
        setControlState: () => true,
        setFullScreen: noop,
      };
    },
    userSettings: { languageId: 1033, isRTL: false, userId: "{00000000-0000-0000-0000-000000000001}", userName: "Bench" },
    resources: { getString: (key: string) => state.strings[key] ?? key, getResource: noop },
    events: { OnSelect: noop, OnError: noop, OnLoadMore: noop, OnSelectionChange: noop },
    fluentDesignLanguage: undefined,
    updatedProperties: [] as string[],
  };
}

function render(control: HostedControl, context: unknown, root: HTMLElement): void {
  // A virtual control returns a React element; the host renders it with its own React.
  ReactDOM.render(control.updateView(context) as ReactElement, root);
}

function createControlHost(): BenchHost {
  let control: HostedControl | undefined;
  let state: HostState | undefined;
  /** Made before mount, so the heap read before mount holds the host's records. */
  let dataset: BenchDataset | undefined;
  let context: unknown;
  let loaded = 0;
  const root = () => {
    const element = document.getElementById("root");
    if (!element) throw new Error("#root is missing");
    return element;
  };

  return {
    mount(options: MountOptions) {
      const Control = window.benchControls?.[CONTROL_NAME];
      if (!Control) throw new Error(`bundle.js did not register ${CONTROL_NAME}`);
      state = { ...options, dataset: options.dataset ? dataset?.current() : undefined };
      if (options.dataset && !state.dataset) throw new Error("prepareDataset was not called before mount");
      context = buildContext(state);
      const instance = new Control();
      control = instance;
      instance.init(context, () => {
        const count = instance.getOutputs?.().loadedCount;
        if (typeof count === "number") loaded = count;
      });
      root().style.width = `${options.width}px`;
      render(instance, context, root());
    },
    update(changes) {
      if (!control || !state) throw new Error("not mounted");
      Object.assign(state, changes);
      if (state.dataset !== undefined) state.dataset = dataset?.next();
      root().style.width = `${state.width}px`;
      render(control, context, root());
    },
    prepareDataset: (count, pageSize) => {
      dataset = createBenchDataset(count, pageSize);
    },
    timedUpdate: () => {
      if (!control || !state) throw new Error("not mounted");
      if (state.dataset !== undefined) state.dataset = dataset?.next();
      const start = performance.now();
      render(control, context, root());
      return performance.now() - start;
    },
    grid: () => document.querySelector<HTMLElement>('#root [role="grid"]'),
    // The grid is react-window's scroll container.
    scroller: () => document.querySelector<HTMLElement>('#root [role="grid"]'),
    isComplete: () => document.querySelector('#root [data-footer-state="end"]') !== null,
    loadedRows: () => loaded,
    selectedCount: () => {
      const count = control?.getOutputs?.().selectedCount;
      return typeof count === "number" ? count : 0;
    },
  };
}

window.benchHost = createControlHost();
