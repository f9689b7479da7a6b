import { resolve } from "node:path";
import { mirrorModels } from "./mirrorModels";

const USAGE = "Usage: npm run mirror -- --models <id,id,...> --out <dir> [--upstream <url>]";

/** Parses the arguments, mirrors the models and says how to serve the folder. Returns the exit code. */
export async function runCli(
  args: readonly string[],
  log: (line: string) => void = console.log,
): Promise<number> {
  const value = (name: string) => {
    const index = args.indexOf(name);
    return index >= 0 ? args[index + 1] : undefined;
  };
  const models = value("--models");
  const out = value("--out");
  if (!models || !out) {
    log(USAGE);
    return 2;
  }
  const outDir = resolve(out);
  try {
    const report = await mirrorModels({
      modelIds: models
        .split(",")
        .map((id) => id.trim())
        .filter(Boolean),
      outDir,
      upstream: value("--upstream"),
      log,
    });
    log(
      `Done: ${report.downloadedFiles} files downloaded (${(report.downloadedBytes / 1024 / 1024).toFixed(1)} MB), ` +
        `${report.keptFiles} already complete and kept.`,
    );
    log(
      [
        "",
        `Serve ${outDir} from any static web server, for example at https://models.example.org/sigilo/`,
        "(if it is not the app's own origin, send the header Access-Control-Allow-Origin: <the app's origin>).",
        "Then build Sigilo to use it:",
        "  VITE_MODEL_MIRROR=https://models.example.org/sigilo/ npm run build",
        "or copy the folder next to dist/ (e.g. dist/models/) and build with VITE_MODEL_MIRROR=/models/.",
      ].join("\n"),
    );
    return 0;
  } catch (error) {
    log(`Mirror failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
