// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { statusError } from "../../../OrdersGrid/components/ErrorNotification/statusError";
import { INITIAL_OUTPUTS, outputsFromSort, outputsFromStatus, sameOutputs } from "../../../OrdersGrid/host/ControlOutputs";
import { OrdersError } from "../../../OrdersGrid/orders/OrdersError";
import { loadStrings } from "../../support/strings";

describe("outputsFromStatus", () => {
  it("reports the loaded count, whether more pages exist, and the error's code, message and request id", () => {
    const error = { code: "DatabaseUnavailable", message: "Down", requestId: "req-9" };
    const outputs = outputsFromStatus({ ...INITIAL_OUTPUTS, selectedOrderId: "ORD-1", sortColumn: "total", sortDirection: "Descending" }, { loadedCount: 100, hasMore: true, error });
    expect(outputs).toEqual({
      selectedOrderId: "ORD-1",
      selectedOrderIds: "[]",
      selectedCount: 0,
      loadedCount: 100,
      hasMore: true,
      errorCode: "DatabaseUnavailable",
      errorMessage: "Down",
      requestId: "req-9",
      sortColumn: "total",
      sortDirection: "Descending",
      searchText: "",
    });
  });

  it("clears the error outputs on success", () => {
    const cleared = outputsFromStatus({ ...INITIAL_OUTPUTS, errorCode: "x", errorMessage: "y", requestId: "z" }, { loadedCount: 1, hasMore: false, error: null });
    expect(cleared).toMatchObject({ errorCode: "", errorMessage: "", requestId: "" });
  });

  it("tells equal outputs from changed ones", () => {
    expect(sameOutputs(INITIAL_OUTPUTS, { ...INITIAL_OUTPUTS })).toBe(true);
    expect(sameOutputs(INITIAL_OUTPUTS, { ...INITIAL_OUTPUTS, loadedCount: 1 })).toBe(false);
  });
});

describe("outputsFromSort", () => {
  it("names the column and the direction as app makers read them, and empties both when the sort is removed", () => {
    const sorted = outputsFromSort({ ...INITIAL_OUTPUTS, loadedCount: 50 }, { column: "total", direction: "descending" });
    expect(sorted).toEqual({ ...INITIAL_OUTPUTS, loadedCount: 50, sortColumn: "total", sortDirection: "Descending" });
    expect(outputsFromSort(sorted, { column: "id", direction: "ascending" })).toMatchObject({ sortColumn: "id", sortDirection: "Ascending" });
    expect(outputsFromSort(sorted, undefined)).toMatchObject({ sortColumn: "", sortDirection: "" });
  });
});

describe("statusError", () => {
  const strings = loadStrings();

  it("gives errorMessage the notification's words for a network failure, never the engine's text", () => {
    const error = new OrdersError({ kind: "network", code: "NetworkError", message: "Failed to fetch", requestId: "cli-1" });
    expect(statusError(error, strings)).toEqual({
      code: "NetworkError",
      message: "The Sales API could not be reached. Check the network connection, then retry.",
      requestId: "cli-1",
    });
  });

  it("keeps the service's own message, and uses the kind as the code when the service sent none", () => {
    expect(statusError(new OrdersError({ kind: "server", message: "The orders database is offline", serviceMessage: "The orders database is offline", code: "DatabaseUnavailable" }), strings)).toMatchObject({
      code: "DatabaseUnavailable",
      message: "The orders database is offline",
    });
    expect(statusError(new OrdersError({ kind: "server", status: 502, message: "HTTP 502" }), strings)).toEqual({
      code: "server",
      message: "The service answered HTTP 502 without details.",
      requestId: "",
    });
  });
});
