import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { startOrdersApi, type OrdersApi, type OrdersApiOptions } from "../../test/orders-api/server";
import { CONTROL_OUT_DIR, PROJECT_ROOT } from "../pcfBuild";
import { startHarnessProxy } from "./harnessProxy";
import { isAddressInUse, PortInUseError, type StartServer } from "./ports";

export interface HarnessOptions {
  readonly ordersApi: OrdersApiOptions;
  /** The port people open; 0 picks a free one. */
  readonly port: number;
  /** Property values the harness opens with; apiBaseUrl defaults to the orders API. */
  readonly properties?: Readonly<Record<string, string>>;
  readonly log?: (line: string) => void;
  /** The language the harness shows (LCID). @default 1033 */
  readonly language?: number;
}

export interface Harness {
  readonly url: string;
  readonly api: OrdersApi;
  stop(): Promise<void>;
}

const PROPERTY_TYPES: Readonly<Record<string, string>> = {
  apiBaseUrl: "SingleLine.Text",
  pageSize: "Whole.None",
  dataSource: "Enum",
};

/** Waits for pcf-start (browser-sync) to print the address it serves on. */
function waitForPcfStart(child: ChildProcess, log: (line: string) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => reject(new Error(`pcf-start did not start in time:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      // eslint-disable-next-line no-control-regex -- strips the ANSI colours browser-sync prints
      const match = /Local:\s+(http:\/\/\S+)/.exec(output.replace(/\u001b\[[0-9;]*m/g, ""));
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1].replace(/\/$/, ""));
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", (chunk: Buffer) => log(chunk.toString().trim()));
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`pcf-start exited with ${code}:\n${output}`));
    });
  });
}

/** Starts a server; a taken port becomes a PortInUseError that says which server's it is. */
async function listening<T>(server: StartServer, port: number, start: () => Promise<T>): Promise<T> {
  try {
    return await start();
  } catch (error) {
    throw isAddressInUse(error) ? new PortInUseError(server, port) : error;
  }
}

/**
 * The orders API, pcf-start on the built control, and the proxy that makes it work offline.
 * Rejects with a PortInUseError when the API's or the harness's port is taken, after stopping
 * what it had started.
 */
export async function startHarness(options: HarnessOptions): Promise<Harness> {
  const log = options.log ?? (() => undefined);
  const api = await listening("ordersApi", options.ordersApi.port ?? 0, () => startOrdersApi(options.ordersApi));
  const pcfStart = spawn(
    process.execPath,
    [require.resolve("pcf-start/bin/pcf-start.js"), "--codePath", path.relative(PROJECT_ROOT, CONTROL_OUT_DIR)],
    // BROWSER=true: browser-sync would open a browser; `true` is a command that does nothing.
    { cwd: PROJECT_ROOT, env: { ...process.env, BROWSER: "true", PP_TOOLS_TELEMETRY_OPTOUT: "true" }, stdio: ["ignore", "pipe", "pipe"] },
  );
  try {
    const pcfStartUrl = await waitForPcfStart(pcfStart, log);
    // The harness fills empty text inputs with "val" (a nextLink of "val" would turn the canvas
    // bridge on); a single space reads as blank to the control and is left alone by the harness.
    const properties = { apiBaseUrl: api.url, nextLink: " ", collectionSort: " ", collectionSearch: " ", webApiTable: " ", webApiColumns: " ", sortQuery: " ", searchQuery: " ", columns: " ", ...options.properties };
    const defaults = Object.fromEntries(
      Object.entries(properties).map(([name, value]) => [name, { Value: value, SelectedType: PROPERTY_TYPES[name] ?? "SingleLine.Text" }]),
    );
    const proxy = await listening("harness", options.port, () =>
      startHarnessProxy({
        target: pcfStartUrl,
        port: options.port,
        defaultProperties: defaults,
        nodeModules: path.join(PROJECT_ROOT, "node_modules"),
        language: options.language ?? 1033,
      }),
    );
    return {
      url: proxy.url,
      api,
      stop: async () => {
        pcfStart.kill();
        await Promise.all([proxy.close(), api.close()]);
      },
    };
  } catch (error) {
    pcfStart.kill();
    await api.close();
    throw error;
  }
}
