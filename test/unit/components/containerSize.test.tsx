// @vitest-environment jsdom
import { screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { DEFAULT_HEIGHT } from "../../../OrdersGrid/host/readContainerSize";
import { mountControl } from "../../support/mountControl";
import { withOrdersApi } from "../../support/ordersApi";

const server = withOrdersApi({ count: 120 });

describe("a host that gives no size", () => {
  // React reports bad style values (NaN widths, heights) and other mistakes through these.
  let reported: unknown[][] = [];
  beforeEach(async () => {
    await server.reset();
    reported = [];
    for (const method of ["error", "warn"] as const) vi.spyOn(console, method).mockImplementation((...args: unknown[]) => reported.push(args));
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it.each([
    ["-1", -1],
    ["undefined", undefined],
    ['""', ""],
    ["NaN", Number.NaN],
    ['"NaN"', "NaN"],
  ])("renders every column at the default height, without a warning, when allocatedWidth and allocatedHeight are %s", async (_label, size) => {
    const { container, update } = mountControl({ apiBaseUrl: server.url, allocatedWidth: size, allocatedHeight: size });
    await screen.findByText("ORD-000001");
    expect(screen.getAllByRole("columnheader")).toHaveLength(5);
    expect(container.querySelector<HTMLElement>("[data-grid-state]")?.style.height).toBe(`${DEFAULT_HEIGHT}px`);
    // The host resizes, then forgets the size again.
    update({ allocatedWidth: 300, allocatedHeight: 300 });
    update({ allocatedWidth: size, allocatedHeight: size });
    expect(screen.getAllByRole("columnheader")).toHaveLength(5);
    expect(reported).toEqual([]);
  });
});
