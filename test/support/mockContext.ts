import fs from "node:fs";
import path from "node:path";
import type { IInputs } from "../../OrdersGrid/generated/ManifestTypes";
import type { MockDataset } from "./mockDataset";
import { readResx, STRINGS_DIR } from "./strings";

/** `context.webAPI.retrieveMultipleRecords` as a test provides it. */
export type RetrieveMultipleRecords = (
  table: string,
  options?: string,
  maxPageSize?: number,
) => Promise<{ entities: Record<string, unknown>[]; nextLink?: string }>;

export interface MockContextOptions {
  dataSource?: "Connector" | "Dataset" | "WebApi";
  apiBaseUrl?: string | null;
  pageSize?: number | null;
  languageId?: number;
  /** The user's language runs right to left (Arabic, Hebrew). @default false */
  isRTL?: boolean;
  /** What the host passes: a number, -1, or (the harness) a string. */
  allocatedHeight?: number | string;
  /** Whether the host supports manifest events (the harness does not). @default true */
  withEvents?: boolean;
  allocatedWidth?: number | string;
  /** The control's label in the app (`mode.label`); none when absent. */
  label?: string;
  requestTimeout?: number | null;
  /** The canvas app's nextLink input (Dataset source, bridge). */
  nextLink?: string | null;
  /** The canvas app's collectionSort and collectionSearch inputs (Dataset source). */
  collectionSort?: string | null;
  collectionSearch?: string | null;
  webApiTable?: string | null;
  webApiColumns?: string | null;
  /** Connector: the API's sort parameters, e.g. `orderBy={field} {direction}`. */
  sortQuery?: string | null;
  /** The columns input, e.g. `id, total "Amount":160`. */
  columns?: string | null;
  /** The quick find box; null is what a host passes for a TwoOptions it has no value for. @default null */
  showSearch?: boolean | null;
  searchQuery?: string | null;
  dataset?: MockDataset;
  retrieveMultipleRecords?: RetrieveMultipleRecords;
  selectionMode?: "None" | "Single" | "Multiple";
  openRecords?: boolean | null;
  density?: "Comfortable" | "Compact";
  /** `context.navigation.openForm`, as a host that opens forms provides it. */
  openForm?: (options: { entityName: string; entityId: string }) => Promise<unknown>;
  /** What the app does when the control raises an event (e.g. OnLoadMore). */
  onEvent?: (name: string) => void;
}

export interface MockContext {
  readonly context: ComponentFramework.Context<IInputs>;
  /** Event name → how many times the control raised it. */
  readonly raised: Map<string, number>;
  readonly trackContainerResize: { calls: boolean[] };
  /** Changes inputs like a host does before calling updateView again. */
  set(options: MockContextOptions): void;
}

/** The one mock PCF context the tests share: only what OrdersGrid reads, typed as the real thing. */
export function buildMockContext(initial: MockContextOptions = {}): MockContext {
  // The host loads the resx of the user's language, as a Power Apps host does (English where none is shipped).
  const loaded = new Map<number, Map<string, string>>();
  const resx = (languageId = 1033) => {
    let strings = loaded.get(languageId);
    if (!strings) {
      const file = path.join(STRINGS_DIR, `OrdersGrid.${languageId}.resx`);
      strings = readResx(fs.existsSync(file) ? file : path.join(STRINGS_DIR, "OrdersGrid.1033.resx"));
      loaded.set(languageId, strings);
    }
    return strings;
  };
  const raised = new Map<string, number>();
  const trackContainerResize = { calls: [] as boolean[] };
  let options: MockContextOptions = { dataSource: "Connector", pageSize: 50, languageId: 1033, allocatedHeight: 480, withEvents: true, ...initial };

  const raise = (name: string) => () => {
    raised.set(name, (raised.get(name) ?? 0) + 1);
    options.onEvent?.(name);
  };
  const context = {
    get parameters() {
      return {
        dataSource: { raw: options.dataSource ?? null },
        apiBaseUrl: { raw: options.apiBaseUrl ?? null },
        pageSize: { raw: options.pageSize ?? null },
        requestTimeout: { raw: options.requestTimeout ?? null },
        nextLink: { raw: options.nextLink ?? null },
        collectionSort: { raw: options.collectionSort ?? null },
        collectionSearch: { raw: options.collectionSearch ?? null },
        webApiTable: { raw: options.webApiTable ?? null },
        webApiColumns: { raw: options.webApiColumns ?? null },
        sortQuery: { raw: options.sortQuery ?? null },
        columns: { raw: options.columns ?? null },
        showSearch: { raw: options.showSearch ?? null },
        searchQuery: { raw: options.searchQuery ?? null },
        selectionMode: { raw: options.selectionMode ?? null },
        openRecords: { raw: options.openRecords ?? null },
        density: { raw: options.density ?? null },
        orders: options.dataset ?? {},
      };
    },
    get mode() {
      return {
        allocatedHeight: options.allocatedHeight,
        // 800 unless the test sets it, to undefined too (a host that gives none).
        allocatedWidth: "allocatedWidth" in options ? options.allocatedWidth : 800,
        trackContainerResize: (value: boolean) => trackContainerResize.calls.push(value),
        label: options.label,
      };
    },
    get userSettings() {
      return { languageId: options.languageId, isRTL: options.isRTL ?? false };
    },
    resources: { getString: (key: string) => resx(options.languageId).get(key) ?? key },
    get events() {
      return options.withEvents === false
        ? undefined
        : { OnSelect: raise("OnSelect"), OnError: raise("OnError"), OnLoadMore: raise("OnLoadMore"), OnSort: raise("OnSort"), OnSearch: raise("OnSearch"), OnSelectionChange: raise("OnSelectionChange") };
    },
    webAPI: {
      retrieveMultipleRecords: (table: string, query?: string, maxPageSize?: number) =>
        options.retrieveMultipleRecords
          ? options.retrieveMultipleRecords(table, query, maxPageSize)
          : Promise.reject(new Error("webAPI is not available in this host")),
    },
    navigation: {
      openForm: (formOptions: { entityName: string; entityId: string }) => (options.openForm ? options.openForm(formOptions) : Promise.reject(new Error("no forms in this host"))),
    },
    fluentDesignLanguage: undefined,
    updatedProperties: [],
  };
  return {
    context: context as unknown as ComponentFramework.Context<IInputs>,
    raised,
    trackContainerResize,
    set(next) {
      options = { ...options, ...next };
    },
  };
}
