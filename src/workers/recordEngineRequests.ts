import {
  createRequestRecorder,
  recordRequestsOutsideServiceWorker,
} from "../services/privacy/requestRecorder";

/**
 * Logs the engine worker's network requests for the Privacy panel. Requests to the model hosts are
 * logged here, with their sizes, by wrapping `fetch` (web-llm looks `fetch` up when it calls it): the
 * service worker lets them pass untouched and cannot see their sizes. The worker's own app files are
 * logged by the service worker, or, when none controls this worker yet, from Resource Timing.
 */
export function recordEngineRequests(): void {
  const recorder = createRequestRecorder("engine");
  recordRequestsOutsideServiceWorker(recorder, { sameOriginOnly: true });
  const send = globalThis.fetch.bind(globalThis);
  globalThis.fetch = async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    if (url.origin === location.origin) return send(input, init);
    try {
      const response = await send(input, init);
      const declared = Number(response.headers.get("content-length"));
      recorder.record(url.href, declared > 0 ? declared : undefined);
      return response;
    } catch (error) {
      recorder.record(url.href, undefined); // it was sent, or tried to be, even if nothing came back
      throw error;
    }
  };
}
