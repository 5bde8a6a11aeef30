/**
 * `npm start`: builds the control, starts the reference orders API and the pcf-start harness,
 * and prints the address to open. Works offline. Stop with Ctrl+C.
 *   HARNESS_PORT (default 8180), ORDERS_API_PORT (default 4000),
 *   ORDERS_API_LATENCY_MS (default 150: the API answers like a real one, not instantly),
 *   HARNESS_LANGUAGE (default 1033; 1031 German, 1036 French, 1041 Japanese).
 */
import { runPcfBuild } from "./pcfBuild";
import { startHarness } from "./harness/startHarness";

async function main() {
  console.log("Building OrdersGrid…");
  if (!(await runPcfBuild([], { quiet: true }))) {
    console.error("The build failed; fix the errors above and run npm start again.");
    process.exit(1);
  }
  const harness = await startHarness({
    port: Number(process.env.HARNESS_PORT ?? 8180),
    ordersApi: {
      port: Number(process.env.ORDERS_API_PORT ?? 4000),
      latencyMs: Number(process.env.ORDERS_API_LATENCY_MS ?? 150),
    },
    log: (line) => console.error(line),
    language: Number(process.env.HARNESS_LANGUAGE ?? 1033),
  });
  console.log(`\nOrders API:  ${harness.api.url}/orders`);
  console.log(`OrdersGrid harness: ${harness.url}\n\nOpen the harness address in a browser. Ctrl+C stops both.`);
  const stop = () => void harness.stop().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
