// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";
import type { MockContextOptions } from "../../support/mockContext";
import { mountControl } from "../../support/mountControl";
import { withOrdersApi } from "../../support/ordersApi";

const server = withOrdersApi({ count: 120 });
beforeEach(() => server.reset());

const mount = (options: MockContextOptions = {}) => mountControl({ apiBaseUrl: server.url, ...options });

const listRequests = () => server.log.filter((r) => r.path.startsWith("/orders"));

describe("the OrdersGrid control (lifecycle)", () => {
  it("asks the host for resize updates and shows a hint for the app maker until apiBaseUrl is set", async () => {
    const { mock, update, container } = mount({ apiBaseUrl: "" });
    expect(mock.trackContainerResize.calls).toEqual([true]);
    expect(container.querySelector('[data-grid-state="notConfigured"]')).not.toBeNull();
    expect(screen.getByText(/Set the API base URL property \(apiBaseUrl\)/)).toBeTruthy();
    expect(listRequests()).toHaveLength(0);
    update({ apiBaseUrl: server.url });
    await screen.findByText("ORD-000001");
  });

  it("explains an http address that is not local instead of calling it", () => {
    const { container } = mount({ apiBaseUrl: "http://sales.contoso.com" });
    expect(container.querySelector('[data-grid-state="invalidUrl"]')).not.toBeNull();
    expect(screen.getByText(/must use https/)).toBeTruthy();
  });

  it("refuses an apiBaseUrl with a user name and password and says why, without calling it", () => {
    const { container, control } = mount({ apiBaseUrl: server.url.replace("://", "://sales:secret@") });
    expect(container.querySelector('[data-grid-state="invalidUrl"]')).not.toBeNull();
    expect(screen.getByText("The API base URL must not contain a user name or password. Use the https address of the Contoso Sales API without them.")).toBeTruthy();
    expect(listRequests()).toHaveLength(0);
    expect(control.getOutputs()).toMatchObject({ loadedCount: 0, hasMore: false, errorCode: "ApiBaseUrlCredentials" });
  });

  it("reports a configuration error as what is on screen (no orders, nothing more, a code per hint) and follows the grid once fixed", async () => {
    const { control, mock, update } = mount();
    await waitFor(() => expect(control.getOutputs()).toMatchObject({ loadedCount: 50, hasMore: true, errorCode: "" }));

    update({ apiBaseUrl: "http://sales.contoso.com" });
    expect(control.getOutputs()).toMatchObject({
      loadedCount: 0,
      hasMore: false,
      errorCode: "ApiBaseUrlInsecure",
      errorMessage: "The API base URL must use https (http is accepted for localhost only).",
      requestId: "",
    });
    expect(mock.raised.get("OnError")).toBe(1);
    // The same error through another updateView (a resize) is not a new one.
    update({ allocatedHeight: 600 });
    expect(mock.raised.get("OnError")).toBe(1);

    update({ apiBaseUrl: "sales.contoso.com/api" });
    expect(control.getOutputs()).toMatchObject({ loadedCount: 0, hasMore: false, errorCode: "ApiBaseUrlInvalid" });
    expect(mock.raised.get("OnError")).toBe(2);
    update({ apiBaseUrl: "" });
    expect(control.getOutputs().errorCode).toBe("ApiBaseUrlMissing");
    expect(control.getOutputs().errorMessage).toMatch(/^Set the API base URL property \(apiBaseUrl\)/);
    update({ dataSource: "WebApi" });
    expect(control.getOutputs().errorCode).toBe("WebApiNotConfigured");
    update({ webApiTable: "contoso_order", webApiColumns: "total:contoso_total" });
    expect(control.getOutputs().errorCode).toBe("WebApiColumnsInvalid");
    expect(mock.raised.get("OnError")).toBe(5);

    update({ dataSource: "Connector", apiBaseUrl: server.url });
    await screen.findByText("ORD-000001");
    await waitFor(() => expect(control.getOutputs()).toMatchObject({ loadedCount: 50, hasMore: true, errorCode: "", errorMessage: "" }));
    expect(mock.raised.get("OnError")).toBe(5);
  });

  it("loads orders from the API and reports loadedCount and hasMore", async () => {
    const { control, notifyOutputChanged } = mount();
    await screen.findByText("ORD-000001");
    await waitFor(() => expect(control.getOutputs()).toMatchObject({ loadedCount: 50, hasMore: true, errorCode: "" }));
    expect(notifyOutputChanged).toHaveBeenCalled();
  });

  it("never refetches or resets when the host calls updateView again (resize, unrelated input)", async () => {
    const { update, notifyOutputChanged } = mount();
    await screen.findByText("ORD-000001");
    await waitFor(() => expect(notifyOutputChanged).toHaveBeenCalled());
    const requests = listRequests().length;
    const notified = notifyOutputChanged.mock.calls.length;
    update({ allocatedHeight: 600 });
    update({ allocatedHeight: "700" });
    update({ apiBaseUrl: `${server.url}/` });
    expect(screen.getByText("ORD-000001")).toBeTruthy();
    await new Promise((r) => setTimeout(r, 100));
    expect(listRequests()).toHaveLength(requests);
    expect(notifyOutputChanged.mock.calls.length).toBe(notified);
  });

  it("hands the host the element it rendered last when an updateView changes nothing, so React renders nothing", async () => {
    const { control, mock } = mount();
    await screen.findByText("ORD-000001");
    const element = control.updateView(mock.context);
    expect(control.updateView(mock.context)).toBe(element);
    mock.set({ allocatedHeight: 600 });
    expect(control.updateView(mock.context)).not.toBe(element);
  });

  it("starts over from page 1 when the page size changes", async () => {
    const { update } = mount({ pageSize: 50 });
    await screen.findByText("ORD-000001");
    update({ pageSize: 20 });
    await waitFor(() => expect(listRequests().at(-1)?.path).toBe("/orders?page=1&pageSize=20"));
  });

  it("sets selectedOrderId and raises OnSelect once per selection", async () => {
    const { control, mock, notifyOutputChanged, container } = mount();
    await screen.findByText("ORD-000002");
    notifyOutputChanged.mockClear();
    fireEvent.click(container.querySelector('[data-order-id="ORD-000002"]') ?? document.body);
    expect(control.getOutputs().selectedOrderId).toBe("ORD-000002");
    expect(notifyOutputChanged).toHaveBeenCalledTimes(1);
    expect(mock.raised.get("OnSelect")).toBe(1);
    fireEvent.click(container.querySelector('[data-order-id="ORD-000002"]') ?? document.body);
    expect(notifyOutputChanged).toHaveBeenCalledTimes(1);
  });

  it("works in hosts without events (the harness)", async () => {
    const { control, container } = mount({ withEvents: false });
    await screen.findByText("ORD-000001");
    fireEvent.click(container.querySelector('[data-order-id="ORD-000001"]') ?? document.body);
    expect(control.getOutputs().selectedOrderId).toBe("ORD-000001");
  });

  it("reports an error through the outputs and raises OnError once", async () => {
    await server.fault({ page: 1, status: 403, envelope: { code: "InsufficientPermissions", message: "Orders need the Sales Reader role" } });
    const { control, mock } = mount();
    const alert = await screen.findByRole("alert");
    expect(within(alert).getByText("Orders need the Sales Reader role")).toBeTruthy();
    await waitFor(() =>
      expect(control.getOutputs()).toMatchObject({ errorCode: "InsufficientPermissions", errorMessage: "Orders need the Sales Reader role" }),
    );
    expect(control.getOutputs().requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(within(alert).getByTestId("error-request-id").textContent).toBe(control.getOutputs().requestId);
    expect(mock.raised.get("OnError")).toBe(1);
    // 403 is not retried automatically.
    expect(listRequests()).toHaveLength(1);
  });

  it("formats totals for the user's language from the host, not the browser", async () => {
    const { container } = mount({ languageId: 1031 });
    await screen.findByText("ORD-000001");
    const total = container.querySelector('[data-order-id="ORD-000001"] [role="gridcell"]:last-child')?.textContent ?? "";
    expect(total.replace(/[\u00a0\u202f]/g, " ")).toMatch(/^\d{1,3}(\.\d{3})*,\d{2} (£|€|\$)$/);
  });

  it("gives two instances on one page separate caches", async () => {
    mount();
    mount();
    await waitFor(() => expect(screen.getAllByText("ORD-000001")).toHaveLength(2));
    expect(listRequests().filter((r) => r.page === 1)).toHaveLength(2);
  });

  it("aborts a request in flight when destroyed", async () => {
    await server.fault({ page: 1, hang: true });
    const { control, unmount } = mount();
    await waitFor(() => expect(listRequests()).toHaveLength(1));
    unmount();
    control.destroy();
    await waitFor(() => expect(listRequests()[0]?.status).toBe(-2));
  });

  it("aborts the request in flight when the app maker changes the source", async () => {
    await server.fault({ page: 1, hang: true, times: 1 });
    const { update } = mount({ pageSize: 50 });
    await waitFor(() => expect(listRequests()).toHaveLength(1));
    update({ pageSize: 25 });
    await waitFor(() => expect(listRequests()[0]?.status).toBe(-2));
    await screen.findByText("ORD-000001");
    expect(listRequests()[1]?.path).toBe("/orders?page=1&pageSize=25");
  });

  it("drops low-priority columns when the host gives it a narrow width", async () => {
    const { update } = mount({ allocatedWidth: "300" });
    await screen.findByText("ORD-000001");
    const headers = () => screen.getAllByRole("columnheader").map((h) => h.textContent);
    expect(headers()).toEqual(["Order", "Total"]);
    update({ allocatedWidth: 1200 });
    expect(headers()).toEqual(["Order", "Date", "Customer", "Status", "Total"]);
    update({ allocatedWidth: -1 });
    expect(headers()).toHaveLength(5);
  });
});
