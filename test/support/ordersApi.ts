import { afterAll, beforeAll } from "vitest";
import type { Fault } from "../orders-api/faults";
import { startOrdersApi, type OrdersApi, type OrdersApiOptions } from "../orders-api/server";

/** Starts a real orders API on a free loopback port for the tests of one file. */
export function withOrdersApi(options: OrdersApiOptions = {}) {
  const holder: { api?: OrdersApi } = {};
  beforeAll(async () => {
    holder.api = await startOrdersApi({ control: true, ...options });
  });
  afterAll(async () => {
    await holder.api?.close();
  });
  const api = () => {
    if (!holder.api) throw new Error("the orders API is not started");
    return holder.api;
  };
  return {
    get url() {
      return api().url;
    },
    get log() {
      return api().log;
    },
    async reset(settings: Record<string, unknown> = {}) {
      await fetch(`${api().url}/_control/reset`, { method: "POST", body: JSON.stringify(settings) });
    },
    async fault(fault: Fault | Fault[]) {
      await fetch(`${api().url}/_control/faults`, { method: "POST", body: JSON.stringify(fault) });
    },
  };
}
