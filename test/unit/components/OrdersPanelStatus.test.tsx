// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { FakeOrdersSource } from "../../support/fakeSource";
import { findFooter, renderPanel, scrollToRow } from "../../support/renderPanel";

const announcer = () => screen.getByTestId("announcer").textContent;
const retryToasts = () => screen.queryAllByText(/Retrying automatically in/);

describe("OrdersPanel: what it announces and reports is what is on screen", () => {
  it("announces the new list after Refresh, not a negative difference from the old one", async () => {
    const source = new FakeOrdersSource({ count: 200, pageSize: 50 });
    const { container } = renderPanel(source);
    await waitFor(() => expect(announcer()).toBe("Orders loaded: 50"));
    scrollToRow(container, 40);
    await waitFor(() => expect(announcer()).toBe("More orders loaded: 50, 100 in all"));
    await waitFor(() => expect(container.querySelector('[data-footer-state="loaded"]')).not.toBeNull());

    source.hold();
    fireEvent.click(screen.getByRole("button", { name: "Refresh" }));
    await findFooter("Reloading from the first page…");
    // While the list reloads, nothing about the old one is left to read.
    await waitFor(() => expect(announcer()).toBe(""));
    act(() => source.release());
    await findFooter("Orders loaded: 50");
    await waitFor(() => expect(announcer()).toBe("Orders loaded: 50"));
  });

  it("announces the new list when the page size changes (a new source), not a difference from the old list", async () => {
    const { container, setSource } = renderPanel(new FakeOrdersSource({ count: 200, pageSize: 20 }), { pageSize: 20 });
    await waitFor(() => expect(announcer()).toMatch(/^(Orders loaded: 20|More orders loaded: \d+, \d+ in all)$/));
    scrollToRow(container, 30);
    await waitFor(() => expect(announcer()).toMatch(/in all$/));

    setSource(new FakeOrdersSource({ count: 200, pageSize: 50 }), 50);
    await findFooter("Orders loaded: 50");
    await waitFor(() => expect(announcer()).toBe("Orders loaded: 50"));
  });

  it.each([
    { lcid: 1033, locale: "en-US", footer: "Orders loaded: 10,000", kept: "The orders already loaded are kept (10,000)." },
    { lcid: 1031, locale: "de-DE", footer: "Geladene Bestellungen: 10.000", kept: "Die bereits geladenen Bestellungen bleiben erhalten (10.000)." },
  ])("shows and announces counts in the user's language ($locale)", async ({ lcid, locale, footer, kept }) => {
    const failure = { kind: "badRequest" as const, status: 400, message: "Page 2 is not available", code: "PageUnavailable" };
    const source = new FakeOrdersSource({ count: 20_000, pageSize: 10_000, failures: { 2: failure } });
    const { container } = renderPanel(source, { lcid, locale, pageSize: 10_000 });
    await findFooter(footer);
    // The footer and the live region say the same thing, in the same digits.
    await waitFor(() => expect(announcer()).toBe(footer));

    scrollToRow(container, 9_990);
    const alert = await screen.findByRole("alert");
    expect(within(alert).getByText(kept)).toBeTruthy();
  });

  it("after a network failure, reports the notification's words as errorMessage, never the browser's text", async () => {
    // A short Retry-After keeps the three automatic retries quick.
    const network = { kind: "network" as const, code: "NetworkError", message: "Failed to fetch", requestId: "client-req-1", retryAfterMs: 5 };
    const { lastStatus } = renderPanel(new FakeOrdersSource({ count: 10, pageSize: 50, failures: { 1: network } }));
    const alert = await screen.findByRole("alert");
    const shown = within(alert).getByTestId("error-message").textContent;
    expect(shown).toBe("The Sales API could not be reached. Check the network connection, then retry.");
    expect(lastStatus()?.error).toEqual({ code: "NetworkError", message: shown, requestId: "client-req-1" });
  });
});

describe("OrdersPanel: retry toasts last as long as the retry", () => {
  /** Page 1 fails with a 503 asking for a minute: an automatic retry waits for it, with a toast. */
  const busy = { kind: "server" as const, status: 503, message: "Maintenance", code: "ServiceUnavailable", retryAfterMs: 60_000 };

  it("takes the toast down when the retry it announced is over (the source changed)", async () => {
    const { setSource } = renderPanel(new FakeOrdersSource({ count: 10, pageSize: 50, failures: { 1: busy } }));
    await waitFor(() => expect(retryToasts()).toHaveLength(1));
    expect(screen.getByTestId("footer-text").textContent).toMatch(/^Retrying in \d+ s \(attempt 1 of 3\)$/);

    setSource(new FakeOrdersSource({ count: 10, pageSize: 50 }));
    await findFooter("End of list · Orders: 10");
    await waitFor(() => expect(retryToasts()).toHaveLength(0));
  });

  it("takes the toast down when the retries end in failure, as the notification comes", async () => {
    // Fluent's static class of a toast: the toaster also repeats the text in a live region.
    const shownToasts = () => document.querySelectorAll(".fui-Toast").length;
    const flaky = { ...busy, retryAfterMs: 300 };
    renderPanel(new FakeOrdersSource({ count: 10, pageSize: 50, failures: { 1: flaky } }));
    await waitFor(() => expect(shownToasts()).toBe(1));
    await screen.findByRole("alert");
    // A toast stays at least 3 s by itself; this one goes with the retry it announced.
    await waitFor(() => expect(shownToasts()).toBe(0), { timeout: 1000 });
  });

  it("unmounts with a toast up without a React warning", async () => {
    const errors = vi.spyOn(console, "error");
    try {
      const { unmount } = renderPanel(new FakeOrdersSource({ count: 10, pageSize: 50, failures: { 1: busy } }));
      await waitFor(() => expect(retryToasts()).toHaveLength(1));
      unmount();
      // Let any timer or notification that outlived the panel run.
      await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
      expect(errors).not.toHaveBeenCalled();
    } finally {
      errors.mockRestore();
    }
  });
});

describe("OrdersPanel: removed while a page loads", () => {
  it("updates nothing after it is gone, so React has nothing to warn about", async () => {
    const source = new FakeOrdersSource({ count: 200, pageSize: 50 });
    const { container, unmount } = renderPanel(source);
    await findFooter("Orders loaded: 50");
    const errors = vi.spyOn(console, "error");
    try {
      source.hold();
      // The scroll starts page 2; the host removes the control in the same moment.
      scrollToRow(container, 40);
      expect(source.calls).toEqual([undefined, "page:2"]);
      unmount();
      await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
      expect(errors).not.toHaveBeenCalled();
    } finally {
      errors.mockRestore();
      source.release();
    }
  });
});

describe("OrdersPanel: a Retry-After longer than an automatic retry waits", () => {
  const DAY_MS = 86_400_000;
  const quota = { kind: "throttled" as const, status: 429, message: "The daily quota is used up", serviceMessage: "The daily quota is used up", code: "QuotaExceeded", retryAfterMs: DAY_MS };

  it("says when the service asked to be called again, with Retry now and Refresh, and counts nothing down", async () => {
    const source = new FakeOrdersSource({ count: 200, pageSize: 50, failures: { 2: quota } });
    const { container, lastStatus } = renderPanel(source);
    await screen.findByText("ORD-000001");
    scrollToRow(container, 40);

    const alert = await screen.findByRole("alert");
    // A day later is not today: the date and the time, in the user's locale and time zone (UTC here).
    const tomorrow = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" }).format(Date.now() + DAY_MS);
    const callBack = within(alert).getByTestId("error-call-back").textContent;
    expect(callBack).toMatch(/^The Sales API asked to be called again at .+, \d{1,2}:\d{2}\s(AM|PM)\.$/);
    expect(callBack).toContain(tomorrow);
    expect(within(alert).getByText("The daily quota is used up")).toBeTruthy();
    expect(lastStatus()?.error?.code).toBe("QuotaExceeded");
    // Not retried automatically: no countdown, no toast, one request for page 2.
    expect(screen.getByTestId("footer-text").textContent).toBe("Orders loaded: 50");
    expect(retryToasts()).toHaveLength(0);
    expect(source.calls).toEqual([undefined, "page:2"]);
    // One Refresh on screen: the notification's, beside Retry now.
    expect(screen.getAllByRole("button", { name: "Refresh" })).toHaveLength(1);

    fireEvent.click(within(alert).getByRole("button", { name: "Retry now" }));
    await waitFor(() => expect(source.calls).toEqual([undefined, "page:2", "page:2"]));
    const again = await screen.findByRole("alert");
    source.heal(2);
    fireEvent.click(within(again).getByRole("button", { name: "Refresh" }));
    await waitFor(() => expect(source.calls.at(-1)).toBeUndefined());
    await findFooter("Orders loaded: 50");
    expect(screen.queryByRole("alert")).toBeNull();
  });
});
