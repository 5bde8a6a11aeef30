import { describe, expect, it } from "vitest";
import { INITIAL_OUTPUTS, outputsFromStatus, sameOutputs } from "../../../OrdersGrid/host/ControlOutputs";
import { OrdersError } from "../../../OrdersGrid/orders/OrdersError";

describe("outputsFromStatus", () => {
  it("reports the loaded count, whether more pages exist, and the error's code, message and request id", () => {
    const error = new OrdersError({ kind: "server", message: "Down", code: "DatabaseUnavailable", requestId: "req-9" });
    const outputs = outputsFromStatus({ ...INITIAL_OUTPUTS, selectedOrderId: "ORD-1" }, { loadedCount: 100, hasMore: true, error });
    expect(outputs).toEqual({
      selectedOrderId: "ORD-1",
      loadedCount: 100,
      hasMore: true,
      errorCode: "DatabaseUnavailable",
      errorMessage: "Down",
      requestId: "req-9",
    });
  });

  it("uses the error kind as the code when the service sent none, and clears error outputs on success", () => {
    const error = new OrdersError({ kind: "network", message: "Failed to fetch" });
    expect(outputsFromStatus(INITIAL_OUTPUTS, { loadedCount: 0, hasMore: false, error }).errorCode).toBe("network");
    const cleared = outputsFromStatus({ ...INITIAL_OUTPUTS, errorCode: "x", errorMessage: "y", requestId: "z" }, { loadedCount: 1, hasMore: false, error: null });
    expect(cleared).toMatchObject({ errorCode: "", errorMessage: "", requestId: "" });
  });

  it("tells equal outputs from changed ones", () => {
    expect(sameOutputs(INITIAL_OUTPUTS, { ...INITIAL_OUTPUTS })).toBe(true);
    expect(sameOutputs(INITIAL_OUTPUTS, { ...INITIAL_OUTPUTS, loadedCount: 1 })).toBe(false);
  });
});
