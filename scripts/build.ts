/**
 * `npm run build [-- --buildMode production]`: pcf-scripts build, failing for real.
 * pcf-scripts exits 0 even when ESLint, TypeScript or webpack failed, so the wrapper reads
 * its output and fails unless it reports success.
 */
import { runPcfBuild } from "./pcfBuild";

const args = process.argv.slice(2);
runPcfBuild(args)
  .then((ok) => {
    if (!ok) {
      console.error("\nbuild failed: pcf-scripts did not report success (see the errors above).");
      process.exitCode = 1;
    }
  })
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
