// @vitest-environment jsdom
import { act, fireEvent, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { mountControl } from "../../support/mountControl";
import { withOrdersApi } from "../../support/ordersApi";

const server = withOrdersApi({ count: 120 });

const grid = () => screen.getByRole("grid", { name: "Orders" });
const activeText = () => document.getElementById(grid().getAttribute("aria-activedescendant") ?? "")?.textContent ?? "";
const headingButton = (name: string) => within(screen.getByRole("columnheader", { name: new RegExp(`^${name}`) })).getByRole("button");

describe("a user whose language runs right to left (userSettings.isRTL)", () => {
  it("gets the grid mirrored, and Left and Right move through the cells as the eye goes, from the right", async () => {
    const { container } = mountControl({ apiBaseUrl: server.url, isRTL: true });
    await screen.findByText("ORD-000001");
    expect(container.querySelector(".fui-FluentProvider")?.getAttribute("dir")).toBe("rtl");

    act(() => grid().focus());
    // The first cell is the rightmost one: Left goes into it from the row, and on to the next.
    const cells = within(grid()).getAllByRole("gridcell").slice(0, 3).map((cell) => cell.textContent);
    fireEvent.keyDown(grid(), { key: "ArrowLeft" });
    expect(activeText()).toBe(cells[0]);
    fireEvent.keyDown(grid(), { key: "ArrowLeft" });
    fireEvent.keyDown(grid(), { key: "ArrowLeft" });
    expect(activeText()).toBe(cells[2]);
    fireEvent.keyDown(grid(), { key: "ArrowRight" });
    expect(activeText()).toBe(cells[1]);
    fireEvent.keyDown(grid(), { key: "ArrowRight" });
    expect(activeText()).toBe(cells[0]);
  });

  it("moves between the headings the same way; Ctrl+Right still widens a column, as the heading's description says", async () => {
    mountControl({ apiBaseUrl: server.url, isRTL: true });
    await screen.findByText("ORD-000001");
    act(() => headingButton("Order").focus());
    fireEvent.keyDown(headingButton("Order"), { key: "ArrowLeft" });
    expect(document.activeElement).toBe(headingButton("Date"));
    fireEvent.keyDown(headingButton("Date"), { key: "ArrowRight" });
    expect(document.activeElement).toBe(headingButton("Order"));
    // jsdom draws nothing: the first press takes the column to its minimum, the second 16 px past it.
    fireEvent.keyDown(headingButton("Order"), { key: "ArrowRight", ctrlKey: true });
    fireEvent.keyDown(headingButton("Order"), { key: "ArrowRight", ctrlKey: true });
    expect(screen.getByTestId("resize-announcer").textContent).toBe("Order column: 120 pixels wide");
  });

  it("a left-to-right language keeps Right for the next cell", async () => {
    const { container } = mountControl({ apiBaseUrl: server.url });
    await screen.findByText("ORD-000001");
    expect(container.querySelector(".fui-FluentProvider")?.getAttribute("dir")).toBe("ltr");
    act(() => grid().focus());
    const cells = within(grid()).getAllByRole("gridcell").slice(0, 2).map((cell) => cell.textContent);
    fireEvent.keyDown(grid(), { key: "ArrowRight" });
    fireEvent.keyDown(grid(), { key: "ArrowRight" });
    expect(activeText()).toBe(cells[1]);
    fireEvent.keyDown(grid(), { key: "ArrowLeft" });
    expect(activeText()).toBe(cells[0]);
  });
});
