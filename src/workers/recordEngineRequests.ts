import { modelHosts } from "../domain/modelHosts";
import { createCheckedFetch } from "../services/privacy/checkedFetch";
import { watchPolicyRefusals } from "../services/privacy/policyRefusals";
import {
  createRequestRecorder,
  recordRequestsOutsideServiceWorker,
} from "../services/privacy/requestRecorder";

/**
 * Watches the engine worker's network requests: refuses any destination the page's
 * Content-Security-Policy does not allow, checks where every redirect leads, and logs the requests to
 * the model hosts for the Privacy panel.
 *
 * The worker is started under the page's policy (services/privacy/workerUnderPagePolicy.ts), so the
 * browser itself refuses a redirect to another host before anything is sent there; `createCheckedFetch`
 * names that refusal and checks what the policy cannot (schemes, credentials, a browser that followed a
 * redirect anyway). The allowed hosts come from the same `modelHosts` the policy is built from.
 *
 * Requests to the model hosts are logged here, with their sizes, by wrapping `fetch` (web-llm looks
 * `fetch` up when it calls it): the service worker lets them pass untouched and cannot see their sizes.
 * The worker's own app files are logged by the service worker, or, when none controls this worker yet,
 * from Resource Timing.
 */
export function recordEngineRequests(
  mirror: string | undefined = import.meta.env.VITE_MODEL_MIRROR,
  // A worker started from a blob: URL cannot resolve relative URLs against its own address; its script's can.
  baseUrl: string = import.meta.url,
): void {
  const recorder = createRequestRecorder("engine");
  recordRequestsOutsideServiceWorker(recorder, { sameOriginOnly: true });
  globalThis.fetch = createCheckedFetch({
    send: globalThis.fetch.bind(globalThis),
    allowedHosts: modelHosts(mirror?.trim() || undefined),
    appOrigin: location.origin,
    baseUrl,
    refusals: watchPolicyRefusals(globalThis),
    onSent: (url, bytes, redirect) => recorder.record(url, bytes, redirect),
  });
}
