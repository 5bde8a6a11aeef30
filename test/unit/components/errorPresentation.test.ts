import { describe, expect, it } from "vitest";
import { presentError } from "../../../OrdersGrid/components/ErrorNotification/errorPresentation";
import { OrdersError, type OrdersErrorDetails } from "../../../OrdersGrid/orders/OrdersError";
import { loadStrings } from "../../support/strings";

const strings = loadStrings();
const present = (details: Partial<OrdersErrorDetails>) => presentError(new OrdersError({ kind: "server", message: "", ...details }), strings);

describe("presentError", () => {
  it.each([
    ["unauthorized", "Sign in again: the connection to the Sales API is not signed in"],
    ["forbidden", "You don't have access to these orders: ask your administrator"],
    ["throttled", "The Sales API is busy"],
    ["network", "Can't reach the Sales API: check your connection"],
    ["timeout", "The Sales API did not answer in time"],
  ] as const)("titles a %s failure in plain words", (kind, title) => {
    expect(present({ kind, message: "x" }).title).toBe(title);
  });

  it("shows the service's message when it reads as a sentence", () => {
    expect(present({ message: "The orders database is offline", status: 500 }).detail).toBe("The orders database is offline");
  });

  it.each([
    ["an HTML page", "<html><body>Bad gateway</body></html>"],
    ["a stack trace", "NullReferenceException\n   at Contoso.Sales.Orders.List()"],
    ["a bare status", "HTTP 502"],
  ])("replaces %s with a plain explanation", (_name, message) => {
    expect(present({ message, status: 502 }).detail).toBe("The service answered HTTP 502 without details.");
  });

  it("shortens a very long message", () => {
    const detail = present({ message: "a".repeat(1000) }).detail;
    expect(detail).toHaveLength(300);
    expect(detail.endsWith("…")).toBe(true);
  });

  it("explains the failures the client detects in the user's language, whatever the message", () => {
    expect(present({ kind: "timeout", code: "RequestTimeout", message: "No answer within 30 s" }).detail).toBe(
      "The request was stopped because the Sales API did not answer in time.",
    );
    expect(present({ kind: "unsafeLink", code: "NextLinkCycle", message: "x" }).detail).toMatch(/leads back to a page already loaded/);
  });

  it("offers Retry except for a link that is unsafe to follow", () => {
    expect(present({ kind: "unauthorized" }).canRetry).toBe(true);
    expect(present({ kind: "unsafeLink", code: "NextLinkOtherOrigin" }).canRetry).toBe(false);
  });
});
