// @vitest-environment jsdom
import { act, fireEvent, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { OrdersError } from "../../../OrdersGrid/orders/OrdersError";
import type { OrdersSource } from "../../../OrdersGrid/orders/OrdersSource";
import { FakeOrdersSource } from "../../support/fakeSource";
import { findFooter, renderPanel, renderedIds } from "../../support/renderPanel";

/** The source, counting how many of its requests run at once. */
function counting(source: FakeOrdersSource): OrdersSource & { readonly most: () => number } {
  let running = 0;
  let most = 0;
  return {
    key: source.key,
    most: () => most,
    async loadPage(continuation) {
      running++;
      most = Math.max(most, running);
      try {
        return await source.loadPage(continuation);
      } finally {
        running--;
      }
    },
  };
}

const pages = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `page:${from + i}`);
const loadAllButton = () => screen.getByRole("button", { name: "Load all" });

describe("Load all", () => {
  it("follows nextLink to the end one request at a time, showing how many orders are loaded (formatted), then the end", async () => {
    const fake = new FakeOrdersSource({ count: 5_000, pageSize: 1_000 });
    const source = counting(fake);
    renderPanel(source, { pageSize: 1_000 });
    await findFooter("Orders loaded: 1,000");

    fake.hold();
    fireEvent.click(loadAllButton());
    await findFooter("Loading all: 1,000 orders loaded");
    expect(screen.getByRole("button", { name: "Cancel" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Load all" })).toBeNull();
    act(() => fake.release());
    await findFooter("End of list · Orders: 5,000");
    expect(fake.calls).toEqual([undefined, ...pages(2, 5)]);
    expect(source.most()).toBe(1);
    // At the end there is nothing left to load.
    expect(screen.queryByRole("button", { name: "Load all" })).toBeNull();
  });

  it("Cancel stops it and keeps the rows loaded; nothing more is requested", async () => {
    const fake = new FakeOrdersSource({ count: 1_000, pageSize: 100 });
    const { container } = renderPanel(fake, { pageSize: 100 });
    await findFooter("Orders loaded: 100");
    fake.hold();
    fireEvent.click(loadAllButton());
    await findFooter("Loading all: 100 orders loaded");
    fireEvent.click(screen.getByRole("button", { name: "Cancel" }));
    act(() => fake.release());
    await findFooter("Orders loaded: 100");
    expect(renderedIds(container)[0]).toBe("ORD-000001");
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(fake.calls).toEqual([undefined, "page:2"]);
    expect(screen.getByTestId("footer-text").textContent).toBe("Orders loaded: 100");
    expect(loadAllButton()).toBeTruthy();
  });

  it("stops at a failure with the usual notification, keeps the rows, and Retry resumes it to the end", async () => {
    const refused = { kind: "badRequest" as const, status: 400, message: "Page 3 is not available", code: "PageUnavailable" };
    const fake = new FakeOrdersSource({ count: 500, pageSize: 100, failures: { 3: refused } });
    renderPanel(fake, { pageSize: 100 });
    await findFooter("Orders loaded: 100");
    fireEvent.click(loadAllButton());
    const alert = await screen.findByRole("alert");
    expect(within(alert).getByText("The orders already loaded are kept (200).")).toBeTruthy();
    expect(screen.getByTestId("footer-text").textContent).toBe("Orders loaded: 200");
    expect(screen.queryByRole("button", { name: "Cancel" })).toBeNull();
    expect(fake.calls).toEqual([undefined, "page:2", "page:3"]);

    fake.heal(3);
    fireEvent.click(within(alert).getByRole("button", { name: "Retry" }));
    await findFooter("End of list · Orders: 500");
    expect(fake.calls).toEqual([undefined, ...pages(2, 3), ...pages(3, 5)]);
  });

  it("waits out throttling (Retry-After) through the query's retry policy and goes on", async () => {
    const fake = new FakeOrdersSource({ count: 400, pageSize: 100 });
    let throttled = false;
    const source: OrdersSource = {
      key: fake.key,
      loadPage(continuation) {
        if (continuation === "page:3" && !throttled) {
          throttled = true;
          return Promise.reject(new OrdersError({ kind: "throttled", status: 429, code: "TooManyRequests", message: "Slow down", retryAfterMs: 20 }));
        }
        return fake.loadPage(continuation);
      },
    };
    renderPanel(source, { pageSize: 100 });
    await findFooter("Orders loaded: 100");
    fireEvent.click(loadAllButton());
    await findFooter("End of list · Orders: 400");
    expect(throttled).toBe(true);
    expect(fake.calls).toEqual([undefined, ...pages(2, 4)]);
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("stops at maxPages with its notification, keeping the pages loaded", async () => {
    const fake = new FakeOrdersSource({ count: 1_000, pageSize: 100 });
    renderPanel(fake, { pageSize: 100, maxPages: 4 });
    await findFooter("Orders loaded: 100");
    fireEvent.click(loadAllButton());
    const alert = await screen.findByRole("alert");
    expect(within(alert).getByText(/PageLimitReached/)).toBeTruthy();
    expect(screen.getByTestId("footer-text").textContent).toBe("Orders loaded: 400");
    expect(fake.calls).toEqual([undefined, ...pages(2, 4)]);
  });
});
