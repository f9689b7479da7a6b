import { isModelHostAllowed } from "../domain/modelHostAllowed";
import { modelHosts } from "../domain/modelHosts";
import {
  createRequestRecorder,
  recordRequestsOutsideServiceWorker,
} from "../services/privacy/requestRecorder";

/**
 * Watches the engine worker's network requests: refuses any host the page's Content-Security-Policy
 * does not allow, and logs the rest for the Privacy panel.
 *
 * Refusing is needed because a dedicated worker does not inherit the page's CSP `<meta>` tag: only a
 * CSP response header on the worker script would restrict it, and a static host may not send one. The
 * allowed hosts come from the same `modelHosts` the CSP is built from, so the two cannot disagree.
 *
 * Requests to the model hosts are logged here, with their sizes, by wrapping `fetch` (web-llm looks
 * `fetch` up when it calls it): the service worker lets them pass untouched and cannot see their sizes.
 * The worker's own app files are logged by the service worker, or, when none controls this worker yet,
 * from Resource Timing.
 */
export function recordEngineRequests(mirror: string | undefined = import.meta.env.VITE_MODEL_MIRROR): void {
  const allowedHosts = modelHosts(mirror?.trim() || undefined);
  const recorder = createRequestRecorder("engine");
  recordRequestsOutsideServiceWorker(recorder, { sameOriginOnly: true });
  const send = globalThis.fetch.bind(globalThis);
  globalThis.fetch = async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    if (url.origin === location.origin) return send(input, init);
    if (!isModelHostAllowed(url, allowedHosts, location.origin)) {
      // The same kind of error the browser raises for a request its CSP blocks.
      throw new TypeError(`Refused to connect to ${url.origin}: it is not one of this build's model hosts.`);
    }
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
