import { runPcfBuild } from "../../scripts/pcfBuild";
import { startHarness } from "../../scripts/harness/startHarness";

/** Builds the control as it ships (production), then starts the orders API and the harness once for all specs. */
export default async function globalSetup(): Promise<() => Promise<void>> {
  if (!(await runPcfBuild(["--buildMode", "production"], { quiet: true }))) {
    throw new Error("The production build failed; see the output above.");
  }
  const harness = await startHarness({ port: 0, ordersApi: { count: 1000, control: true } });
  process.env.HARNESS_URL = harness.url;
  process.env.ORDERS_API_URL = harness.api.url;
  return () => harness.stop();
}
