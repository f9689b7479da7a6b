/**
 * The fixture engine for tests, chosen by `vite build --mode fixture`. Tests steer it with
 * `fixture-*` URL parameters on the page; this is the only page code that reads them:
 *   fixture-fail=download-error|device-lost|no-webgpu, fixture-fail-count=N (default 1),
 *   fixture-rate=<tokens per second> (default 60, 0 = all at once),
 *   fixture-download-ms=<ms> (default 1500: how long the fake model files take to download),
 *   fixture-retry-ms=<ms> (default 50: the downloader's first retry delay),
 *   fixture-free-storage-mb=<MB> (pretend the browser grants only this much more storage),
 *   fixture-context-window=<prompt words> (default 4096),
 *   fixture-reply-tokens=<n> (default: the usual ~120-token reply; for benchmarks).
 */
import type { GpuCapabilities } from "../../../domain/capabilities";
import { probeCapabilities as probeRealCapabilities } from "../capabilityProbe";
import type { EngineClient } from "../EngineClient";
import type { ModelSources } from "../modelSources";
import { createWorkerEngineClient } from "../workerEngineClient";
import { startWorkerUnderPagePolicy } from "../../privacy/workerUnderPagePolicy";
import engineWorkerUrl from "../../../workers/fixtureEngine.worker.ts?worker&url";

/** `sources`: where each model's files are (the catalog, the mirror, the user's own models). */
export function createEngineClient(sources: ModelSources): EngineClient {
  // The settings travel as the worker's name; the worker runs under the page's policy, as the real one does.
  const settings = fixtureParams().toString();
  return createWorkerEngineClient(
    () => startWorkerUnderPagePolicy(engineWorkerUrl, { name: settings }),
    sources,
  );
}

/** "no-webgpu" is answered here, without asking the browser; otherwise the real probe runs. */
export function probeCapabilities(): Promise<GpuCapabilities> {
  if (fixtureParams().get("fixture-fail") === "no-webgpu") {
    return Promise.resolve({ webgpu: false, reason: "no-adapter" });
  }
  return probeRealCapabilities();
}

function fixtureParams(): URLSearchParams {
  const all = new URLSearchParams(location.search);
  return new URLSearchParams([...all].filter(([name]) => name.startsWith("fixture-")));
}
