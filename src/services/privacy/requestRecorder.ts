import { describeRequest, type RedirectRecord, type RequestSource } from "../../domain/networkRequest";
import { networkLog, type NetworkLog } from "../storage";

/** Requests seen within this window are written together: a model load or an install makes dozens at once. */
const BATCH_MS = 100;

export interface RequestRecorder {
  /** `redirect`: where the host's redirect led, when it answered with one. */
  record(url: string, bytes: number | undefined, redirect?: RedirectRecord): void;
  /** Resolves once everything recorded so far is stored (a service worker passes it to waitUntil). */
  flush(): Promise<void>;
}

/** Collects the requests one part of the app makes and appends them to the network log in batches. */
export function createRequestRecorder(source: RequestSource, log: NetworkLog = networkLog): RequestRecorder {
  let queued: Parameters<NetworkLog["append"]>[0][number][] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let written: Promise<void> = Promise.resolve();

  function flush(): Promise<void> {
    clearTimeout(timer);
    timer = undefined;
    const batch = queued;
    queued = [];
    // One write at a time, in order; a failed write loses its batch but never stops later ones.
    written = written
      .then(() => log.append(batch))
      .catch((error: unknown) => {
        console.warn("Sigilo: could not record network requests", error);
      });
    return written;
  }

  return {
    record(url, bytes, redirect) {
      queued.push(describeRequest(url, location.origin, source, bytes, Date.now(), redirect));
      timer ??= setTimeout(() => void flush(), BATCH_MS);
    },
    flush,
  };
}

/**
 * Records the requests this page or worker sent before a service worker controlled it (a first visit,
 * or a browser without service workers): they never passed through the service worker's log. Served
 * from the HTTP cache (no bytes transferred) means no request left the browser, so it is not listed.
 */
export function recordRequestsOutsideServiceWorker(
  recorder: RequestRecorder,
  { sameOriginOnly }: { sameOriginOnly: boolean },
): void {
  if (typeof PerformanceObserver === "undefined") return;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as PerformanceResourceTiming[]) {
      const url = new URL(entry.name);
      if (url.protocol !== "http:" && url.protocol !== "https:") continue; // data: and blob: never leave
      const sameOrigin = url.origin === location.origin;
      if (entry.workerStart > 0 || (sameOriginOnly && !sameOrigin)) continue;
      if (sameOrigin && entry.transferSize === 0) continue;
      recorder.record(entry.name, entry.encodedBodySize || undefined);
    }
  });
  for (const type of ["navigation", "resource"]) {
    if (PerformanceObserver.supportedEntryTypes.includes(type)) observer.observe({ type, buffered: true });
  }
}
