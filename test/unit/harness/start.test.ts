import { spawn } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { PortInUseError } from "../../../scripts/harness/ports";
import { startHarness } from "../../../scripts/harness/startHarness";

const root = path.resolve(__dirname, "../../..");

/** Listens on a free loopback port, as another program holding it would. */
async function occupyPort(): Promise<{ port: number; close(): Promise<void> }> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("no port");
  return { port: address.port, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** `npm start` with the given settings; killed (with what it started) if it runs past the wait. */
function npmStart(env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [require.resolve("tsx/cli"), "scripts/start.ts"], {
      cwd: root,
      env: { ...process.env, PP_TOOLS_TELEMETRY_OPTOUT: "true", ...env },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => {
      if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
      reject(new Error(`npm start was still running:\n${stdout}${stderr}`));
    }, 15_000);
    child.on("error", reject);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

describe("npm start with a setting it cannot use", () => {
  const held: { close(): Promise<void> }[] = [];
  afterEach(async () => {
    await Promise.all(held.splice(0).map((server) => server.close()));
  });

  async function freePort(): Promise<number> {
    const server = await occupyPort();
    await server.close();
    return server.port;
  }

  it.each([
    ["ORDERS_API_PORT", "HARNESS_PORT"],
    ["HARNESS_PORT", "ORDERS_API_PORT"],
  ])("names %s, the setting to change, in one line and exits 1", async (taken, other) => {
    const busy = await occupyPort();
    held.push(busy);
    const result = await npmStart({ [taken]: String(busy.port), [other]: String(await freePort()) });

    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    const suggested = new RegExp(`^Port ${busy.port} is in use \\(${taken}\\): set ${taken} to a free port, e\\.g\\. ${taken}=(\\d+) npm start$`).exec(lines[0] ?? "");
    expect(suggested, result.stderr).not.toBeNull();
    expect(Number(suggested?.[1])).toBeGreaterThan(busy.port);
    expect(result.stdout).not.toContain("Building");
  });

  it("tells which server's port was taken when it is taken after the check", async () => {
    const busy = await occupyPort();
    held.push(busy);
    const started = startHarness({ port: 0, ordersApi: { port: busy.port } });
    await expect(started).rejects.toBeInstanceOf(PortInUseError);
    await expect(started).rejects.toMatchObject({ server: "ordersApi", port: busy.port });
  });

  it("says so when a port setting is not a port", async () => {
    const result = await npmStart({ ORDERS_API_PORT: "four thousand", HARNESS_PORT: String(await freePort()) });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe('ORDERS_API_PORT must be a port number from 0 to 65535, not "four thousand"');
  });

  it("says so when HARNESS_LANGUAGE is not a language id", async () => {
    const result = await npmStart({ HARNESS_LANGUAGE: "de", ORDERS_API_PORT: String(await freePort()), HARNESS_PORT: String(await freePort()) });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe('HARNESS_LANGUAGE must be a language id such as 1033, 1031, 1036 or 1041, not "de"');
  });
});
