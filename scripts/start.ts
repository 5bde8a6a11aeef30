/**
 * `npm start`: builds the control, starts the reference orders API and the pcf-start harness,
 * and prints the address to open. Works offline. Stop with Ctrl+C.
 *   HARNESS_PORT (default 8180), ORDERS_API_PORT (default 4000),
 *   ORDERS_API_LATENCY_MS (default 150: the API answers like a real one, not instantly),
 *   HARNESS_LANGUAGE (default 1033; 1031 German, 1036 French, 1041 Japanese).
 * A taken port ends it with one line that names the setting to change, and exit code 1.
 */
import { parseLanguageId } from "./harness/harnessProxy";
import { runPcfBuild } from "./pcfBuild";
import { isPortFree, PortInUseError, portInUseMessage, readPortSetting, suggestFreePort, type StartServer } from "./harness/ports";
import { startHarness } from "./harness/startHarness";

const PORT_SETTINGS: Readonly<Record<StartServer, string>> = { harness: "HARNESS_PORT", ordersApi: "ORDERS_API_PORT" };

function readLanguage(value: string | undefined): number {
  if (value === undefined || value.trim() === "") return 1033;
  const lcid = parseLanguageId(value);
  if (lcid === undefined) throw new Error(`HARNESS_LANGUAGE must be a language id such as 1033, 1031, 1036 or 1041, not "${value}"`);
  return lcid;
}

async function main(): Promise<void> {
  const ports: Readonly<Record<StartServer, number>> = {
    harness: readPortSetting("HARNESS_PORT", process.env.HARNESS_PORT, 8180),
    ordersApi: readPortSetting("ORDERS_API_PORT", process.env.ORDERS_API_PORT, 4000),
  };
  const language = readLanguage(process.env.HARNESS_LANGUAGE);
  if (ports.harness !== 0 && ports.harness === ports.ordersApi) {
    throw new Error(`HARNESS_PORT and ORDERS_API_PORT are both ${ports.harness}: give them different ports`);
  }
  try {
    // Before the build, so that a taken port is said in a second rather than after it.
    for (const server of ["ordersApi", "harness"] as const) {
      if (ports[server] !== 0 && !(await isPortFree(ports[server]))) throw new PortInUseError(server, ports[server]);
    }
    console.log("Building OrdersGrid…");
    if (!(await runPcfBuild([], { quiet: true }))) {
      console.error("The build failed; fix the errors above and run npm start again.");
      process.exit(1);
    }
    const harness = await startHarness({
      port: ports.harness,
      ordersApi: { port: ports.ordersApi, latencyMs: Number(process.env.ORDERS_API_LATENCY_MS ?? 150) },
      log: (line) => console.error(line),
      language,
    });
    console.log(`\nOrders API:  ${harness.api.url}/orders`);
    console.log(`OrdersGrid harness: ${harness.url}\n\nOpen the harness address in a browser. Ctrl+C stops both.`);
    const stop = () => void harness.stop().then(() => process.exit(0));
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  } catch (error) {
    if (!(error instanceof PortInUseError)) throw error;
    const setting = PORT_SETTINGS[error.server];
    throw new Error(portInUseMessage(setting, error.port, await suggestFreePort(error.port, new Set(Object.values(ports)))));
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
