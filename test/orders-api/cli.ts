/**
 * `npm run orders-api -- [--port 4000] [--count 10000] [--seed 1] [--latency 0] [--control]`
 * Runs the reference Contoso Sales ListOrders API on loopback until stopped.
 */
import { parseArgs } from "node:util";
import { startOrdersApi } from "./server";

const { values } = parseArgs({
  options: {
    port: { type: "string", default: process.env.ORDERS_API_PORT ?? "4000" },
    count: { type: "string", default: "10000" },
    seed: { type: "string", default: "1" },
    latency: { type: "string", default: "0" },
    control: { type: "boolean", default: false },
  },
});

startOrdersApi({
  port: Number(values.port),
  count: Number(values.count),
  seed: Number(values.seed),
  latencyMs: Number(values.latency),
  control: values.control,
})
  .then((api) => {
    console.log(`Orders API listening on ${api.url} (GET ${api.url}/orders?page=1&pageSize=50)`);
    const stop = () => void api.close().then(() => process.exit(0));
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  })
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
