/**
 * The fixture engine for tests, chosen by `vite build --mode fixture`. Tests steer it with
 * `fixture-*` URL parameters on the page; this is the only page code that reads them:
 *   fixture-fail=download-error|device-lost|gpu-hang|no-webgpu, fixture-fail-count=N (default 1),
 *   fixture-rate=<tokens per second> (default 60, 0 = all at once),
 *   fixture-download-ms=<ms> (default 1500: how long the fake model files take to download),
 *   fixture-gpu-ms=<ms> (default a fifth of the download: how long loading onto the "GPU" takes),
 *   fixture-import-ms=<ms> (default 0: how long an import takes to read its files),
 *   fixture-retry-ms=<ms> (default 50: the downloader's first retry delay),
 *   fixture-free-storage-mb=<MB> (pretend the browser grants only this much more storage),
 *   fixture-context-window=<prompt words> (default 4096),
 *   fixture-reply-tokens=<n> (default: the usual ~120-token reply; for benchmarks),
 *   fixture-engine-timeout-ms=<ms> (the page's limits on a GPU probe, a silent load and an unresponsive
 *     worker; for the timeout tests, instead of seconds or minutes).
 */
import type { GpuCapabilities } from "../../../domain/capabilities";
import { probeCapabilities as probeRealCapabilities } from "../capabilityProbe";
import type { EngineClient } from "../EngineClient";
import type { ModelSources } from "../modelSources";
import { startWorkerUnderPagePolicy } from "../../privacy/workerUnderPagePolicy";
import { DEFAULT_ENGINE_TIMEOUTS, createWorkerEngineClient } from "../workerEngineClient";
import engineWorkerUrl from "../../../workers/fixtureEngine.worker.ts?worker&url";
import modelStoreWorkerUrl from "../../../workers/fixtureModelStore.worker.ts?worker&url";

/** `sources`: where each model's files are (the catalog, the mirror, the user's own models). */
export function createEngineClient(sources: ModelSources): EngineClient {
  // The settings travel as the workers' names; they run under the page's policy, as the real ones do.
  const params = fixtureParams();
  let enginesStarted = 0;
  return createWorkerEngineClient(
    {
      engine: () =>
        startWorkerUnderPagePolicy(engineWorkerUrl, { name: engineSettings(params, enginesStarted++) }),
      modelStore: () => startWorkerUnderPagePolicy(modelStoreWorkerUrl, { name: params.toString() }),
    },
    sources,
    { timeouts: timeouts(params) },
  );
}

/** "no-webgpu" is answered here, without asking the browser; otherwise the real probe runs. */
export function probeCapabilities(): Promise<GpuCapabilities> {
  const params = fixtureParams();
  if (params.get("fixture-fail") === "no-webgpu") {
    return Promise.resolve({ webgpu: false, reason: "no-adapter" });
  }
  const limit = engineTimeoutMs(params);
  return limit === undefined ? probeRealCapabilities() : probeRealCapabilities(limit);
}

function fixtureParams(): URLSearchParams {
  const all = new URLSearchParams(location.search);
  return new URLSearchParams([...all].filter(([name]) => name.startsWith("fixture-")));
}

/** A hang ends the worker it happens in, so each new engine worker is told of one failure less. */
function engineSettings(params: URLSearchParams, earlierWorkers: number): string {
  if (params.get("fixture-fail") !== "gpu-hang") return params.toString();
  const count = Number(params.get("fixture-fail-count") ?? "1");
  const settings = new URLSearchParams(params);
  settings.set("fixture-fail-count", String(Math.max(0, count - earlierWorkers)));
  return settings.toString();
}

function engineTimeoutMs(params: URLSearchParams): number | undefined {
  const limit = Number(params.get("fixture-engine-timeout-ms"));
  return limit > 0 ? limit : undefined;
}

function timeouts(params: URLSearchParams) {
  const limit = engineTimeoutMs(params);
  if (limit === undefined) return DEFAULT_ENGINE_TIMEOUTS;
  return {
    checkEveryMs: Math.max(50, limit / 4),
    unresponsiveMs: limit,
    cancelGraceMs: limit,
    loadSilenceMs: limit,
  };
}
