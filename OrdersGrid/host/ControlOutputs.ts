import { directionName, type OrderSort } from "../orders/OrderSort";

/** The values app makers read from the control (manifest outputs). */
export interface ControlOutputs {
  readonly selectedOrderId: string;
  /** The selected orders' ids as a JSON array of text, for ParseJSON in Power Fx. */
  readonly selectedOrderIds: string;
  readonly selectedCount: number;
  readonly loadedCount: number;
  readonly hasMore: boolean;
  readonly errorCode: string;
  readonly errorMessage: string;
  readonly requestId: string;
  /** The column the user sorted by (`total`); empty when not sorted. */
  readonly sortColumn: string;
  readonly sortDirection: "Ascending" | "Descending" | "";
  /** What the user searches for (after the pause that raises OnSearch). */
  readonly searchText: string;
}

export const INITIAL_OUTPUTS: ControlOutputs = {
  selectedOrderId: "",
  selectedOrderIds: "[]",
  selectedCount: 0,
  loadedCount: 0,
  hasMore: false,
  errorCode: "",
  errorMessage: "",
  requestId: "",
  sortColumn: "",
  sortDirection: "",
  searchText: "",
};

/** What stops the grid, as the outputs report it. */
export interface StatusError {
  /** The service's code, one of ours (`NetworkError`…), or a configuration code (`ApiBaseUrlMissing`…). */
  readonly code: string;
  /** The words the user reads on screen, never an engine's text such as "Failed to fetch". */
  readonly message: string;
  readonly requestId: string;
}

/** What the view reports after each change of what it shows. */
export interface GridStatus {
  readonly loadedCount: number;
  readonly hasMore: boolean;
  /** A new object for each new failure: OnError is raised once per object. */
  readonly error: StatusError | null;
}

export function outputsFromStatus(previous: ControlOutputs, status: GridStatus): ControlOutputs {
  return {
    ...previous,
    loadedCount: status.loadedCount,
    hasMore: status.hasMore,
    errorCode: status.error?.code ?? "",
    errorMessage: status.error?.message ?? "",
    requestId: status.error?.requestId ?? "",
  };
}

/** The outputs after the user sorted (or stopped sorting: `undefined`). */
export function outputsFromSort(previous: ControlOutputs, sort: OrderSort | undefined): ControlOutputs {
  return {
    ...previous,
    sortColumn: sort?.column ?? "",
    sortDirection: sort ? directionName(sort.direction) : "",
  };
}

/** The selected orders as the outputs report them; `last` is the order selected last (`selectedOrderId`). */
export function outputsFromSelection(previous: ControlOutputs, ids: readonly string[], last: string | undefined): ControlOutputs {
  return { ...previous, selectedOrderIds: JSON.stringify(ids), selectedCount: ids.length, selectedOrderId: last ?? "" };
}

export function sameOutputs(a: ControlOutputs, b: ControlOutputs): boolean {
  return (Object.keys(a) as (keyof ControlOutputs)[]).every((key) => a[key] === b[key]);
}
