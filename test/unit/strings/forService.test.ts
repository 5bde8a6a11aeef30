import { describe, expect, it } from "vitest";
import { presentError } from "../../../OrdersGrid/components/ErrorNotification/errorPresentation";
import { OrdersError } from "../../../OrdersGrid/orders/OrdersError";
import { forService } from "../../../OrdersGrid/strings/forService";
import { fillTemplate } from "../../../OrdersGrid/strings/stringKeys";
import { loadStrings } from "../../support/strings";

describe("the strings for a source's service", () => {
  it.each([1033, 1031, 1036, 1041])("name Dataverse in what Dataverse answers, and leave the rest as they are (%i)", (lcid) => {
    const strings = loadStrings(lcid);
    const dataverse = forService(strings, "Dataverse");
    expect(fillTemplate(dataverse.Footer_Throttled, 5)).toMatch(/Dataverse/);
    expect(dataverse.Error_Title_throttled).toMatch(/Dataverse/);
    expect(dataverse.Error_Title_throttled).not.toMatch(/Sales/);
    // Nothing about the service in them: the same words for every source.
    expect(dataverse.Error_Title_forbidden).toBe(strings.Error_Title_forbidden);
    expect(dataverse.Action_Retry).toBe(strings.Action_Retry);
    expect(forService(strings, undefined).Error_Title_throttled).toBe(strings.Error_Title_throttled);
  });

  it("words a canvas app's failures as the app's, and keeps the Sales API's wording for what an app's data-set never reports", () => {
    const strings = loadStrings(1033);
    const app = forService(strings, "App");
    expect(app.Error_Title_timeout).toBe("The app did not deliver the orders in time");
    expect(app.Error_Title_server).toBe("The app's data source could not load the orders");
    expect(app.Error_Title_unsafeLink).toBe(strings.Error_Title_unsafeLink);
  });

  it.each([
    ["Dataverse", "Dataverse did not answer in time", "The request was stopped because Dataverse did not answer in time."],
    ["App", "The app did not deliver the orders in time", "The request was stopped because the app's data did not arrive in time."],
  ] as const)("a page that did not come in time, over %s: title and detail name the same one", (service, title, detail) => {
    const shown = presentError(new OrdersError({ kind: "timeout", code: "RequestTimeout", message: "The data-set did not load in time" }), forService(loadStrings(1033), service));
    expect(shown).toMatchObject({ title, detail });
  });
});
