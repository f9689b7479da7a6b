/** The downloader's environment in a worker: the real fetch, storage estimate and online events. */
import type { DownloadEnvironment, RetryPolicy } from "./modelDownload";
import type { WebLlmCache } from "../webllm/webLlmCache";

/** Never a stale or partial copy from the HTTP cache: model files are kept in IndexedDB instead. */
export function fetchUncached(url: string, signal?: AbortSignal): Promise<Response> {
  return fetch(url, { cache: "no-store", signal });
}

export function browserDownloadEnvironment(
  cache: WebLlmCache,
  retry: RetryPolicy,
  overrides: Partial<DownloadEnvironment> = {},
): DownloadEnvironment {
  return {
    cache,
    fetch: fetchUncached,
    estimateStorage: () => navigator.storage?.estimate?.() ?? Promise.resolve({}),
    isOnline: () => navigator.onLine,
    waitBeforeRetry: (ms, signal) =>
      new Promise((resolve) => {
        const done = () => {
          clearTimeout(timer);
          self.removeEventListener("online", done);
          signal?.removeEventListener("abort", done);
          resolve();
        };
        const timer = setTimeout(done, ms);
        self.addEventListener("online", done);
        signal?.addEventListener("abort", done);
      }),
    waitUntilOnline: (signal) =>
      new Promise((resolve) => {
        const done = () => {
          self.removeEventListener("online", done);
          signal?.removeEventListener("abort", done);
          resolve();
        };
        self.addEventListener("online", done);
        signal?.addEventListener("abort", done);
      }),
    now: () => performance.now(),
    retry,
    ...overrides,
  };
}
