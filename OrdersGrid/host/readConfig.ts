import { DEFAULT_MAX_PAGES } from "../query/continuation";
import type { SelectionMode } from "../view/selection";

export type DataSourceKind = "Connector" | "Dataset" | "WebApi";
/** How tall the grid's rows are (cards keep their own height). */
export type Density = "Comfortable" | "Compact";

/** The app maker's settings as plain values: what the view and the sources need, nothing of PCF. */
export interface GridConfig {
  readonly dataSource: DataSourceKind;
  readonly apiBaseUrl: string | undefined;
  readonly pageSize: number;
  /** A request that has not answered by then is aborted (and retried). */
  readonly timeoutMs: number;
  /** Loading stops after this many pages. */
  readonly maxPages: number;
  /** WebApi source: the table's logical name and the field:column mapping, as the maker typed them. */
  readonly webApiTable: string | undefined;
  readonly webApiColumns: string | undefined;
  /** Connector source: the API's sort parameters with {field} and {direction}, as the maker typed them. */
  readonly sortQuery: string | undefined;
  /** The columns, as the maker typed them (`id, date=orderDate:160, …`); undefined when blank. */
  readonly columns: string | undefined;
  /** Canvas nextLink bridge: the app's link to the next page; undefined when blank (last page). */
  readonly nextLink: string | undefined;
  /**
   * Canvas nextLink bridge: the sort and the search text the app loaded the collection with (its
   * OnSort and OnSearch), as the grid's outputs gave them; undefined when blank.
   */
  readonly collectionSort: string | undefined;
  readonly collectionSearch: string | undefined;
  /** Whether the quick find box shows (on unless the maker turns it off). */
  readonly showSearch: boolean;
  /** Connector: the API's search parameter, `{text}` where the URL-encoded text goes (e.g. `search={text}`); undefined when blank. */
  readonly searchQuery: string | undefined;
  /** @default "Single" */
  readonly selectionMode: SelectionMode;
  /** Dataverse sources: Enter or double-click opens the order's record. @default true */
  readonly openRecords: boolean;
  /** @default "Comfortable" */
  readonly density: Density;
}

/** The manifest inputs this reads; `IInputs` from generated/ManifestTypes fits it. */
export interface ConfigParameters {
  readonly dataSource?: { readonly raw: string | null } | undefined;
  readonly apiBaseUrl?: { readonly raw: string | null } | undefined;
  readonly pageSize?: { readonly raw: number | null } | undefined;
  readonly requestTimeout?: { readonly raw: number | null } | undefined;
  readonly maxPages?: { readonly raw: number | null } | undefined;
  readonly webApiTable?: { readonly raw: string | null } | undefined;
  readonly webApiColumns?: { readonly raw: string | null } | undefined;
  readonly nextLink?: { readonly raw: string | null } | undefined;
  readonly collectionSort?: { readonly raw: string | null } | undefined;
  readonly collectionSearch?: { readonly raw: string | null } | undefined;
  readonly sortQuery?: { readonly raw: string | null } | undefined;
  readonly columns?: { readonly raw: string | null } | undefined;
  readonly showSearch?: { readonly raw: boolean | null } | undefined;
  readonly searchQuery?: { readonly raw: string | null } | undefined;
  readonly selectionMode?: { readonly raw: string | null } | undefined;
  readonly openRecords?: { readonly raw: boolean | null } | undefined;
  readonly density?: { readonly raw: string | null } | undefined;
}

function optionalText(raw: string | null | undefined): string | undefined {
  const value = raw?.trim();
  return value === "" ? undefined : value;
}

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;
export const DEFAULT_TIMEOUT_SECONDS = 30;

/**
 * A whole number within [min, max]. Blank, invalid, 0 or negative input gives the default:
 * 0 is what a maker's property pane holds for a Whole.None property before anyone types, so
 * it means "not set", and a negative number is no setting anyone means either.
 */
function wholeInRange(raw: number | null | undefined, fallback: number, min: number, max: number): number {
  if (raw === null || raw === undefined || !Number.isFinite(raw) || raw <= 0) return fallback;
  return Math.min(max, Math.max(min, Math.round(raw)));
}

/** ListOrders takes 1..200: blank, 0 or negative is the default 50; 500 → 200, 12.7 → 13, 0.2 → 1. */
export function clampPageSize(raw: number | null | undefined): number {
  return wholeInRange(raw, DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE);
}

function readDataSource(raw: string | null | undefined): DataSourceKind {
  return raw === "Dataset" || raw === "WebApi" ? raw : "Connector";
}

function readSelectionMode(raw: string | null | undefined): SelectionMode {
  return raw === "None" || raw === "Multiple" ? raw : "Single";
}

export function readConfig(parameters: ConfigParameters): GridConfig {
  return {
    dataSource: readDataSource(parameters.dataSource?.raw),
    apiBaseUrl: optionalText(parameters.apiBaseUrl?.raw),
    pageSize: clampPageSize(parameters.pageSize?.raw),
    timeoutMs: wholeInRange(parameters.requestTimeout?.raw, DEFAULT_TIMEOUT_SECONDS, 1, 300) * 1000,
    maxPages: wholeInRange(parameters.maxPages?.raw, DEFAULT_MAX_PAGES, 1, 1_000_000),
    webApiTable: optionalText(parameters.webApiTable?.raw),
    webApiColumns: optionalText(parameters.webApiColumns?.raw),
    nextLink: optionalText(parameters.nextLink?.raw),
    collectionSort: optionalText(parameters.collectionSort?.raw),
    collectionSearch: optionalText(parameters.collectionSearch?.raw),
    sortQuery: optionalText(parameters.sortQuery?.raw),
    columns: optionalText(parameters.columns?.raw),
    // TwoOptions with a default: only an explicit false (not a missing value) turns it off.
    showSearch: parameters.showSearch?.raw !== false,
    searchQuery: optionalText(parameters.searchQuery?.raw),
    selectionMode: readSelectionMode(parameters.selectionMode?.raw),
    // A blank TwoOptions (an app made before the input existed) keeps the default.
    openRecords: parameters.openRecords?.raw !== false,
    // Blank (an app made before the input existed) or unknown: the default.
    density: parameters.density?.raw === "Compact" ? "Compact" : "Comfortable",
  };
}
