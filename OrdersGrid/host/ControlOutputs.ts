import type { OrdersError } from "../orders/OrdersError";

/** The values app makers read from the control (manifest outputs). */
export interface ControlOutputs {
  readonly selectedOrderId: string;
  readonly loadedCount: number;
  readonly hasMore: boolean;
  readonly errorCode: string;
  readonly errorMessage: string;
  readonly requestId: string;
}

export const INITIAL_OUTPUTS: ControlOutputs = {
  selectedOrderId: "",
  loadedCount: 0,
  hasMore: false,
  errorCode: "",
  errorMessage: "",
  requestId: "",
};

/** What the view reports after each change of its data. */
export interface GridStatus {
  readonly loadedCount: number;
  readonly hasMore: boolean;
  readonly error: OrdersError | null;
}

export function outputsFromStatus(previous: ControlOutputs, status: GridStatus): ControlOutputs {
  return {
    ...previous,
    loadedCount: status.loadedCount,
    hasMore: status.hasMore,
    errorCode: status.error ? (status.error.code ?? status.error.kind) : "",
    errorMessage: status.error?.message ?? "",
    requestId: status.error?.requestId ?? "",
  };
}

export function sameOutputs(a: ControlOutputs, b: ControlOutputs): boolean {
  return (Object.keys(a) as (keyof ControlOutputs)[]).every((key) => a[key] === b[key]);
}
