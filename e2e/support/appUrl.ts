/** The URL parameters the fixture engine (fixture build only) reads to shape a run. */
export interface FixtureParams {
  /** Make the engine fail in a named way. */
  fail?: "download-error" | "device-lost" | "gpu-hang" | "no-webgpu";
  /** How many attempts (with gpu-hang: engine workers) fail before the failure stops. */
  failCount?: number;
  /** Streamed tokens per second. */
  rate?: number;
  /** How long downloading the fake model files takes, in milliseconds. */
  downloadMs?: number;
  /** How long loading onto the "GPU" takes (web-llm's reports replayed over it), in milliseconds. */
  gpuMs?: number;
  /** How long an import takes to read its files, in milliseconds. */
  importMs?: number;
  /** The page's limits on a silent load and an unresponsive engine, instead of minutes. */
  engineTimeoutMs?: number;
  /** Prompt words above which the engine fails with web-llm's ContextWindowSizeExceededError. */
  contextWindow?: number;
  /** Reply length in tokens (the usual reply repeated), for long-reply benchmarks. */
  replyTokens?: number;
  /** Pretend the browser grants only this many more megabytes of storage. */
  freeStorageMb?: number;
}

/** The app's path with fixture parameters, e.g. appUrl({ rate: 50 }) → "/?fixture-rate=50". */
export function appUrl(params: FixtureParams = {}, path = "/"): string {
  const query = new URLSearchParams();
  if (params.fail !== undefined) query.set("fixture-fail", params.fail);
  if (params.rate !== undefined) query.set("fixture-rate", String(params.rate));
  if (params.failCount !== undefined) query.set("fixture-fail-count", String(params.failCount));
  if (params.downloadMs !== undefined) query.set("fixture-download-ms", String(params.downloadMs));
  if (params.gpuMs !== undefined) query.set("fixture-gpu-ms", String(params.gpuMs));
  if (params.importMs !== undefined) query.set("fixture-import-ms", String(params.importMs));
  if (params.engineTimeoutMs !== undefined) {
    query.set("fixture-engine-timeout-ms", String(params.engineTimeoutMs));
  }
  if (params.contextWindow !== undefined) query.set("fixture-context-window", String(params.contextWindow));
  if (params.replyTokens !== undefined) query.set("fixture-reply-tokens", String(params.replyTokens));
  if (params.freeStorageMb !== undefined) query.set("fixture-free-storage-mb", String(params.freeStorageMb));
  const search = query.toString();
  return search ? `${path}?${search}` : path;
}
