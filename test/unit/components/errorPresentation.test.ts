// @vitest-environment jsdom
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

  it("titles the page limit as a limit reached, not as a link that can't be followed safely; a cycle stays unsafe", () => {
    const limit = present({ kind: "pageLimit", code: "PageLimitReached", message: "Stopped after 3 pages" });
    expect(limit.title).toBe("Loading stopped: the page limit is reached");
    expect(limit.canRetry).toBe(false);
    expect(present({ kind: "unsafeLink", code: "NextLinkCycle", message: "x" }).title).toBe("Loading stopped: the next page can't be followed safely");
  });

  it("shows the service's message when it reads as a sentence", () => {
    expect(present({ message: "The orders database is offline", serviceMessage: "The orders database is offline", status: 500 }).detail).toBe(
      "The orders database is offline",
    );
  });

  it.each([
    ["tags around words", "<p>The orders database is <b>offline</b></p>", "The orders database is offline"],
    ["a line break tag", "Order ORD-9 is locked.<br/>Try again in a minute.", "Order ORD-9 is locked. Try again in a minute."],
    ["entities", "Fabrikam &amp; Partners &lt;EU&gt; has no orders&#33;", "Fabrikam & Partners <EU> has no orders!"],
    ["any named entity", "Commande introuvable&nbsp;: r&eacute;f&eacute;rence ORD-9 &ndash; 12&euro;", "Commande introuvable : référence ORD-9 – 12€"],
    ["a whole HTML page", "<!DOCTYPE html><html><head><title>x</title><style>p{color:red}</style></head><body><h1>Service Unavailable</h1><script>track()</script><p>Back soon</p></body></html>", "Service Unavailable Back soon"],
    ["a comparison that is no markup", "pageSize must be < 200 and > 0", "pageSize must be < 200 and > 0"],
  ])("shows a message with %s as plain text", (_name, serviceMessage, detail) => {
    expect(present({ message: serviceMessage, serviceMessage, status: 500 }).detail).toBe(detail);
  });

  it.each([
    ["a .NET stack trace", "System.NullReferenceException: Object reference not set\n   at Contoso.Sales.Orders.List()"],
    ["a Java stack trace", "java.lang.IllegalStateException: closed\n\tat com.contoso.sales.Orders.list(Orders.java:42)"],
    ["a Python traceback", 'Traceback (most recent call last):\n  File "orders.py", line 3, in <module>'],
    ["markup without words", "<div><br/></div>"],
  ])("says the service sent only technical details for %s, never that there were none", (_name, serviceMessage) => {
    expect(present({ message: serviceMessage, serviceMessage, status: 500 }).detail).toBe(
      "The service sent only technical details (such as a stack trace), which are not shown here.",
    );
  });

  it("says there were no details only when the service sent no message (an HTML page, an empty body)", () => {
    expect(present({ message: "HTTP 502", status: 502 }).detail).toBe("The service answered HTTP 502 without details.");
    expect(present({ message: "HTTP 502", serviceMessage: "HTTP 502", status: 502 }).detail).toBe("HTTP 502");
  });

  it.each([
    ["fetch's words", "network", "NetworkError", "Failed to fetch", "The Sales API could not be reached. Check the network connection, then retry."],
    ["the engine's words", "network", "UnexpectedError", "Cannot read properties of undefined (reading 'items')", "Something unexpected went wrong while loading orders."],
    ["a host's words", "server", "DatasetError", "Network request failed (0x80072ee2)", "The orders data-set could not be loaded."],
    ["a link with credentials", "unsafeLink", "NextLinkCredentials", "nextLink carries a user name or password; it was not requested", "The link to the next page contains a user name or password, so it was not followed: credentials in a link are unsafe."],
  ] as const)("never shows %s: a failure the client detected is explained by its code", (_name, kind, code, message, detail) => {
    expect(present({ kind, code, message }).detail).toBe(detail);
  });

  it("says something went wrong, not 'HTTP  without details', for a failure with neither status nor message", () => {
    expect(present({ kind: "badRequest", code: "0x80040220", message: "Dataverse error 0x80040220" }).detail).toBe("Something unexpected went wrong while loading orders.");
  });

  it("shortens a very long message", () => {
    const detail = present({ message: "a".repeat(1000), serviceMessage: "a".repeat(1000) }).detail;
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
    expect(present({ kind: "unsafeLink", code: "NextLinkCredentials" }).canRetry).toBe(false);
  });
});
