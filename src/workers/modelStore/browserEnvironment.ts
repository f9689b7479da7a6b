/** The downloader's environment in a worker: the real fetch, storage estimate and online events. */
import type { DownloadEnvironment, RetryPolicy } from "./modelDownload";
import type { WebLlmCache } from "../webllm/webLlmCache";

export function browserDownloadEnvironment(
  cache: WebLlmCache,
  retry: RetryPolicy,
  overrides: Partial<DownloadEnvironment> = {},
): DownloadEnvironment {
  return {
    cache,
    // Never a stale or partial copy from the HTTP cache: the files are kept in IndexedDB instead.
    fetch: (url, signal) => fetch(url, { cache: "no-store", signal }),
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
