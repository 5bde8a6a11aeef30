import net from "node:net";

/** The two servers `npm start` listens with, each on a port a setting names. */
export type StartServer = "harness" | "ordersApi";

/** A server could not listen: its port is taken (another `npm start`, or any other program). */
export class PortInUseError extends Error {
  constructor(
    readonly server: StartServer,
    readonly port: number,
  ) {
    super(`Port ${port} is in use`);
    this.name = "PortInUseError";
  }
}

export function isAddressInUse(error: unknown): boolean {
  return error instanceof Error && "code" in error && error.code === "EADDRINUSE";
}

/** Whether a server could listen on the port on loopback, where the harness and the API listen. */
export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", (error) => (isAddressInUse(error) ? resolve(false) : reject(error)));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

/**
 * pcf-start (browser-sync) listens on 8181, or the next free port when that is taken, before the
 * proxy listens on the harness port: a harness port there would be taken by the time it is used.
 */
const PCF_START_PORTS = { first: 8181, last: 8199 };

/** A free port above `port` to suggest, not one of `avoid` nor where pcf-start will listen. */
export async function suggestFreePort(port: number, avoid: ReadonlySet<number>): Promise<number | undefined> {
  for (let candidate = port + 1; candidate <= Math.min(port + 100, 65535); candidate++) {
    if (avoid.has(candidate) || (candidate >= PCF_START_PORTS.first && candidate <= PCF_START_PORTS.last)) continue;
    if (await isPortFree(candidate)) return candidate;
  }
  return undefined;
}

/** One line that names the setting to change, e.g. for `ORDERS_API_PORT` at 4000. */
export function portInUseMessage(setting: string, port: number, suggestion: number | undefined): string {
  const example = suggestion === undefined ? "" : `, e.g. ${setting}=${suggestion} npm start`;
  return `Port ${port} is in use (${setting}): set ${setting} to a free port${example}`;
}

/** A port setting's value: a whole number up to 65535 (0 picks a free port), or the default when unset. */
export function readPortSetting(setting: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value.trim() === "") return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`${setting} must be a port number from 0 to 65535, not "${value}"`);
  }
  return port;
}
