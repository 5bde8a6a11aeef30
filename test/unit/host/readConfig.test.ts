import { describe, expect, it } from "vitest";
import { clampPageSize, readConfig } from "../../../OrdersGrid/host/readConfig";
import { readContainerHeight } from "../../../OrdersGrid/host/readContainerSize";

describe("readConfig", () => {
  it("reads the app maker's inputs as plain values", () => {
    expect(
      readConfig({
        dataSource: { raw: "WebApi" },
        apiBaseUrl: { raw: " https://sales.contoso.com " },
        pageSize: { raw: 100 },
        requestTimeout: { raw: 5 },
        maxPages: { raw: 40 },
      }),
    ).toEqual({ dataSource: "WebApi", apiBaseUrl: "https://sales.contoso.com", pageSize: 100, timeoutMs: 5000, maxPages: 40, showSearch: true, selectionMode: "Single", openRecords: true, density: "Comfortable" });
  });

  it("defaults to the Connector source, no URL and 50 per page", () => {
    expect(readConfig({ dataSource: { raw: null }, apiBaseUrl: { raw: "  " }, pageSize: { raw: null } })).toEqual({
      dataSource: "Connector",
      apiBaseUrl: undefined,
      pageSize: 50,
      timeoutMs: 30_000,
      maxPages: 10_000,
      showSearch: true,
      selectionMode: "Single",
      openRecords: true,
      density: "Comfortable",
    });
    expect(readConfig({})).toMatchObject({ dataSource: "Connector", pageSize: 50 });
  });

  it("reads the selection mode (Single unless None or Multiple) and whether Dataverse records open (unless turned off)", () => {
    expect(readConfig({ selectionMode: { raw: "Multiple" } }).selectionMode).toBe("Multiple");
    expect(readConfig({ selectionMode: { raw: "None" } }).selectionMode).toBe("None");
    expect(readConfig({ selectionMode: { raw: "multiple" } }).selectionMode).toBe("Single");
    expect(readConfig({ selectionMode: { raw: null } }).selectionMode).toBe("Single");
    expect(readConfig({ openRecords: { raw: false } }).openRecords).toBe(false);
    expect(readConfig({ openRecords: { raw: null } }).openRecords).toBe(true);
  });

  it("reads the density: Compact when chosen, otherwise (blank, unknown) Comfortable", () => {
    expect(readConfig({ density: { raw: "Compact" } }).density).toBe("Compact");
    expect(readConfig({ density: { raw: "Comfortable" } }).density).toBe("Comfortable");
    expect(readConfig({ density: { raw: "compact" } }).density).toBe("Comfortable");
    expect(readConfig({ density: { raw: null } }).density).toBe("Comfortable");
  });

  it("keeps the request timeout within 1..300 s and ignores blank or non-positive values", () => {
    expect(readConfig({ requestTimeout: { raw: 1000 } }).timeoutMs).toBe(300_000);
    expect(readConfig({ requestTimeout: { raw: 0 } }).timeoutMs).toBe(30_000);
    expect(readConfig({ maxPages: { raw: -3 } }).maxPages).toBe(10_000);
  });

  it.each([
    // 0 is the property pane's value before anyone types: not set, not "1 per page".
    [0, 50],
    [-5, 50],
    [0.2, 1],
    [1, 1],
    [12.6, 13],
    [200, 200],
    [500, 200],
    [Number.NaN, 50],
    [null, 50],
  ])("clamps page size %s to %s (ListOrders takes 1..200)", (raw, expected) => {
    expect(clampPageSize(raw)).toBe(expected);
  });

  it("reads an untouched page size (0 in the property pane) as the default 50 per page", () => {
    expect(readConfig({ pageSize: { raw: 0 } }).pageSize).toBe(50);
  });
});

describe("readContainerHeight", () => {
  it.each([
    [600, 600],
    ["600", 600],
    ["412.7px", 412],
    [-1, 480],
    [undefined, 480],
    ["", 480],
    [0, 480],
    [50, 160],
  ])("%s → %s px", (allocated, expected) => {
    expect(readContainerHeight(allocated)).toBe(expected);
  });
});
