import { focusManager, MutationObserver, onlineManager, QueryClient } from "@tanstack/react-query";
import { afterEach, describe, expect, it, vi } from "vitest";
import { MutationCache } from "../../../OrdersGrid/query/noMutations";
import { createQueryClient } from "../../../OrdersGrid/query/createQueryClient";

describe("the stand-in for react-query's mutation cache", () => {
  afterEach(() => {
    focusManager.setFocused(undefined);
    onlineManager.setOnline(undefined);
    vi.restoreAllMocks();
  });

  it("is what a real QueryClient builds, as in the bundle", () => {
    expect(new QueryClient().getMutationCache()).toBeInstanceOf(MutationCache);
    expect(createQueryClient().getMutationCache()).toBeInstanceOf(MutationCache);
  });

  it("lets a mounted client pass focus and reconnection on to its queries", async () => {
    const client = createQueryClient();
    const onFocus = vi.spyOn(client.getQueryCache(), "onFocus");
    const onOnline = vi.spyOn(client.getQueryCache(), "onOnline");
    client.mount();
    focusManager.setFocused(false);
    focusManager.setFocused(true);
    onlineManager.setOnline(false);
    onlineManager.setOnline(true);
    expect(onFocus).toHaveBeenCalledTimes(1);
    expect(onOnline).toHaveBeenCalledTimes(1);
    await expect(client.resumePausedMutations()).resolves.toBeUndefined();
    client.unmount();
  });

  it("reports nothing mutating and still clears the client's queries", async () => {
    const client = createQueryClient();
    await client.fetchQuery({ queryKey: ["orders", "clear"], queryFn: () => Promise.resolve(1) });
    expect(client.isMutating()).toBe(0);
    client.clear();
    expect(client.getQueryCache().getAll()).toEqual([]);
    expect(client.getMutationCache().getAll()).toEqual([]);
  });

  it("refuses to build a mutation rather than silently doing nothing", () => {
    const client = createQueryClient();
    expect(() => new MutationObserver(client, { mutationFn: () => Promise.resolve(1) })).toThrow("OrdersGrid has no mutations");
    expect(() => client.getMutationCache().build(client, {})).toThrow("OrdersGrid has no mutations");
  });
});
