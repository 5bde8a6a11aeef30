import { afterEach, describe, expect, it, vi } from "vitest";
import { OrdersError } from "../../../OrdersGrid/orders/OrdersError";
import { createQueryClient } from "../../../OrdersGrid/query/createQueryClient";

const fail = (error: OrdersError) => createQueryClient().fetchQuery({ queryKey: ["orders", String(Math.random())], queryFn: () => Promise.reject(error), retry: false });

describe("createQueryClient's console", () => {
  afterEach(() => vi.restoreAllMocks());

  it("logs nothing for a failure the control shows the user, not even when it is made", async () => {
    const errors = vi.spyOn(console, "error");
    await expect(fail(new OrdersError({ kind: "forbidden", status: 403, message: "No access", code: "Forbidden" }))).rejects.toThrow("No access");
    expect(errors).not.toHaveBeenCalled();
  });

  it("still logs an unexpected failure (a bug), whose only trace is the console", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const bug = new OrdersError({ kind: "network", code: "UnexpectedError", message: "source.items is not iterable" });
    await expect(fail(bug)).rejects.toBe(bug);
    expect(errors).toHaveBeenCalledWith(bug);
  });
});
