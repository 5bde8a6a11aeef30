// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { presentError } from "../../../OrdersGrid/components/ErrorNotification/errorPresentation";
import { OrdersError, toOrdersError } from "../../../OrdersGrid/orders/OrdersError";
import { isRetryable } from "../../../OrdersGrid/query/retryPolicy";
import { loadStrings } from "../../support/strings";

const strings = loadStrings();

describe("toOrdersError", () => {
  it("keeps an OrdersError as it is", () => {
    const error = new OrdersError({ kind: "server", status: 500, message: "Down", serviceMessage: "Down" });
    expect(toOrdersError(error)).toBe(error);
  });

  it.each([
    ["an engine error", new TypeError("Cannot read properties of undefined (reading 'items')"), "Cannot read properties of undefined (reading 'items')"],
    ["a thrown string", "boom", "boom"],
  ])("turns %s into an unexpected failure: no connection to blame, the engine's words for the app maker only", (_name, thrown, message) => {
    const error = toOrdersError(thrown);
    expect(error).toMatchObject({ kind: "unexpected", code: "UnexpectedError", message });
    expect(isRetryable(error)).toBe(false);
    const { title, detail, canRetry } = presentError(error, strings);
    expect([title, detail, canRetry]).toEqual(["Orders could not be loaded", "Something unexpected went wrong while loading orders.", true]);
  });
});
