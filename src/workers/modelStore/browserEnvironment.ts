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
    fetch: (url) => fetch(url, { cache: "no-store" }),
    estimateStorage: () => navigator.storage?.estimate?.() ?? Promise.resolve({}),
    isOnline: () => navigator.onLine,
    waitBeforeRetry: (ms) =>
      new Promise((resolve) => {
        const done = () => {
          clearTimeout(timer);
          self.removeEventListener("online", done);
          resolve();
        };
        const timer = setTimeout(done, ms);
        self.addEventListener("online", done);
      }),
    waitUntilOnline: () =>
      new Promise((resolve) => self.addEventListener("online", () => resolve(), { once: true })),
    now: () => performance.now(),
    retry,
    ...overrides,
  };
}
