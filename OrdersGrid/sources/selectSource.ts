import type { GridConfig } from "../host/readConfig";
import type { OrdersSource } from "../orders/OrdersSource";
import { phrase, type Phrase, type StringKey } from "../strings/stringKeys";
import { parseApiBaseUrl, type ApiBaseUrlProblem } from "./apiBaseUrl";
import { createDatasetOrdersSource, type DatasetPaging } from "./createDatasetOrdersSource";
import { createHttpOrdersSource, SEARCH_PLACEHOLDER } from "./createHttpOrdersSource";
import { createWebApiOrdersSource, type OpenForm, type RetrieveMultiple } from "./createWebApiOrdersSource";
import type { DatasetFeed } from "./datasetFeed";
import { datasetSearchable } from "./datasetQuery";
import { parseColumnSpec, sourceFields } from "../orders/columnSpec";
import { parseSortQuery } from "./sortQuery";
import { parseWebApiColumns } from "./webApiColumns";

/** What the host offers the sources; built once per control instance. */
export interface HostServices {
  readonly feed: DatasetFeed;
  /** The latest context's `orders` data-set. */
  readonly dataset: () => DatasetPaging;
  /** Raises OnLoadMore (the canvas nextLink bridge). */
  readonly requestMore: () => void;
  /** The latest context's `webAPI`. */
  readonly webAPI: () => RetrieveMultiple;
  /** The latest context's `navigation` (opens Dataverse forms). */
  readonly navigation?: (() => OpenForm) | undefined;
}

/** What the app maker must fix, as app makers read it in `errorCode`. */
export type ConfigurationErrorCode = "ApiBaseUrlMissing" | "ApiBaseUrlInvalid" | "ApiBaseUrlInsecure" | "ApiBaseUrlCredentials" | "WebApiNotConfigured" | "WebApiColumnsInvalid" | "SortQueryInvalid" | "SearchQueryInvalid" | "ColumnsInvalid";

export type SourceChoice =
  | { readonly ok: true; readonly source: OrdersSource }
  | {
      readonly ok: false;
      readonly state: "notConfigured" | "invalidUrl";
      readonly code: ConfigurationErrorCode;
      /** What is to set up: the Sales API, the Dataverse table, the columns. */
      readonly title: StringKey;
      /** What the app maker must fix; its {0} is `problem`, where it has one. */
      readonly hint: StringKey;
      readonly problem?: Phrase;
    };

/** What each problem with apiBaseUrl tells the app maker, and its code. */
const API_BASE_URL_PROBLEMS = {
  missing: { state: "notConfigured", code: "ApiBaseUrlMissing", title: "State_NotConfigured_Title", hint: "State_NotConfigured_Body" },
  invalid: { state: "invalidUrl", code: "ApiBaseUrlInvalid", title: "State_NotConfigured_Title", hint: "State_InvalidUrl_Body" },
  insecure: { state: "invalidUrl", code: "ApiBaseUrlInsecure", title: "State_NotConfigured_Title", hint: "State_InsecureUrl_Body" },
  credentials: { state: "invalidUrl", code: "ApiBaseUrlCredentials", title: "State_NotConfigured_Title", hint: "State_CredentialsUrl_Body" },
} as const satisfies Record<ApiBaseUrlProblem, Omit<Extract<SourceChoice, { ok: false }>, "ok">>;

/** An entry of `columns` the source cannot show, whatever the source. */
const columnsInvalid = (problem: Phrase) => ({ ok: false, state: "invalidUrl", code: "ColumnsInvalid", title: "State_ColumnsInvalid_Title", hint: "State_ColumnsInvalid_Body", problem }) as const;

/** The settings that choose and build the source. */
export type SourceSettings = Pick<GridConfig, "dataSource" | "apiBaseUrl" | "pageSize" | "timeoutMs" | "webApiTable" | "webApiColumns" | "sortQuery" | "searchQuery" | "columns"> & {
  /**
   * What the user searches for, for a source that searches where the data is (see
   * `searchWhereTheDataIs`); the source then reports it as `OrdersSource.search`.
   */
  readonly search?: string | undefined;
  /** The Dataset source: the first data-set column `columns` names that the data-set does not have. */
  readonly unknownDatasetColumn?: string | undefined;
};

/**
 * The search text the source these settings choose applies itself, or undefined when it has
 * no way to (the view searches the rows loaded): WebApi with `$filter`, Connector when the
 * maker named the API's search parameter (`searchQuery` with `{text}`), Dataset with the
 * data-set's filtering (not the canvas bridge: the app's collection is searched by the app, on
 * OnSearch). Only a source that uses it is rebuilt when the text changes.
 */
export function searchWhereTheDataIs(config: Pick<SourceSettings, "dataSource" | "searchQuery">, search: string, host: Pick<HostServices, "feed" | "dataset">): string | undefined {
  if (config.dataSource === "WebApi") return search;
  if (config.dataSource === "Connector" && config.searchQuery?.includes(SEARCH_PLACEHOLDER)) return search;
  if (config.dataSource === "Dataset" && !host.feed.bridged() && host.dataset().filtering && datasetSearchable(host.feed.current()?.dataset.columns ?? {})) return search;
  return undefined;
}

/** The source the app maker's settings ask for, or what is missing to make one. */
export function selectSource(config: SourceSettings, host: HostServices): SourceChoice {
  const { pageSize, timeoutMs } = config;
  // The columns and the fields they are read from, for every source; a bad entry is named.
  const spec = config.columns === undefined ? undefined : parseColumnSpec(config.columns);
  if (spec && !spec.ok) return columnsInvalid(spec.problem);
  const named = sourceFields(spec?.columns);
  switch (config.dataSource) {
    case "Dataset": {
      const unknown = config.unknownDatasetColumn;
      if (unknown !== undefined) return columnsInvalid(phrase("Problem_DatasetNoColumn", unknown));
      return { ok: true, source: createDatasetOrdersSource({ ...host, pageSize, timeoutMs, query: config.search === undefined ? undefined : { search: config.search } }) };
    }
    case "WebApi": {
      // `columns` with field=column entries can take the place of webApiColumns.
      const title = "State_WebApiNotConfigured_Title";
      if (!config.webApiTable || (!config.webApiColumns && !named.id)) return { ok: false, state: "notConfigured", code: "WebApiNotConfigured", title, hint: "State_WebApiNotConfigured_Body" };
      const columns = parseWebApiColumns(config.webApiColumns, named);
      if (!columns.ok) return { ok: false, state: "invalidUrl", code: "WebApiColumnsInvalid", title, hint: "State_WebApiColumnsInvalid_Body", problem: columns.problem };
      // A column the maker lists with no Dataverse column to read would stay blank.
      const unread = spec?.columns.find((column) => !columns.columns[column.field]);
      if (unread) return columnsInvalid(phrase("Problem_WebApiNoColumn", unread.field));
      return { ok: true, source: createWebApiOrdersSource({ webAPI: host.webAPI, navigation: host.navigation, table: config.webApiTable, columns: columns.columns, pageSize, search: config.search }) };
    }
    case "Connector": {
      const target = parseApiBaseUrl(config.apiBaseUrl);
      if (!target.ok) return { ok: false, ...API_BASE_URL_PROBLEMS[target.problem] };
      // Without it the API is not asked to sort: the view sorts the rows loaded so far.
      const sortQuery = config.sortQuery === undefined ? undefined : parseSortQuery(config.sortQuery);
      const title = "State_NotConfigured_Title";
      if (sortQuery && !sortQuery.ok) return { ok: false, state: "invalidUrl", code: "SortQueryInvalid", title, hint: "State_SortQueryInvalid_Body", problem: sortQuery.problem };
      const { searchQuery, search } = config;
      // A search parameter with nowhere to put the text would search nothing: say so, as for sortQuery.
      if (searchQuery !== undefined && !searchQuery.includes(SEARCH_PLACEHOLDER)) return { ok: false, state: "invalidUrl", code: "SearchQueryInvalid", title, hint: "State_SearchQueryInvalid_Body" };
      const searchParameter = searchQuery !== undefined && search !== undefined ? { template: searchQuery, text: search } : undefined;
      return { ok: true, source: createHttpOrdersSource({ baseUrl: target.url, pageSize, timeoutMs, sortQuery: sortQuery?.query, search: searchParameter, fields: Object.keys(named).length > 0 ? named : undefined }) };
    }
  }
}
