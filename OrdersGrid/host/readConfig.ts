export type DataSourceKind = "Connector" | "Dataset" | "WebApi";

/** The app maker's settings as plain values: what the view and the sources need, nothing of PCF. */
export interface GridConfig {
  readonly dataSource: DataSourceKind;
  readonly apiBaseUrl: string | undefined;
  readonly pageSize: number;
}

/** The manifest inputs this reads; `IInputs` from generated/ManifestTypes fits it. */
export interface ConfigParameters {
  readonly dataSource?: { readonly raw: string | null } | undefined;
  readonly apiBaseUrl?: { readonly raw: string | null } | undefined;
  readonly pageSize?: { readonly raw: number | null } | undefined;
}

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

/** ListOrders takes 1..200; anything else (blank, 0, 500, 12.7) becomes the nearest valid size. */
export function clampPageSize(raw: number | null | undefined): number {
  if (raw === null || raw === undefined || !Number.isFinite(raw)) return DEFAULT_PAGE_SIZE;
  return Math.min(MAX_PAGE_SIZE, Math.max(1, Math.round(raw)));
}

function readDataSource(raw: string | null | undefined): DataSourceKind {
  return raw === "Dataset" || raw === "WebApi" ? raw : "Connector";
}

export function readConfig(parameters: ConfigParameters): GridConfig {
  const apiBaseUrl = parameters.apiBaseUrl?.raw?.trim();
  return {
    dataSource: readDataSource(parameters.dataSource?.raw),
    apiBaseUrl: apiBaseUrl === "" ? undefined : apiBaseUrl,
    pageSize: clampPageSize(parameters.pageSize?.raw),
  };
}
