import type { DestinationProblem } from "./modelHostAllowed";

/**
 * What the Privacy panel lists: one request the app sent over the network. Recorded by the service
 * worker (the app's own files), the page and the engine worker (what they fetched before a service
 * worker controlled them, and model files from the model hosts).
 */
export type RequestPurpose = "app file" | "model file" | "model library" | "model search" | "other";

/**
 * Whether requests of a purpose can carry something the user wrote. The app's files, model files and
 * libraries are fixed addresses the app chose; a model search sends the words typed into its search box (and
 * nothing else). A request of unknown purpose ("other") is one the app made for its own reasons, with no text
 * of the user's in it. Every purpose must answer here, so a new one cannot be added without deciding.
 */
export const PURPOSE_CARRIES_USER_TEXT: Readonly<Record<RequestPurpose, boolean>> = {
  "app file": false,
  "model file": false,
  "model library": false,
  "model search": true,
  other: false,
};

/** Which part of the app sent the request. */
export type RequestSource = "page" | "engine" | "service worker";

export interface NetworkRequestRecord {
  /** Milliseconds since the epoch. */
  at: number;
  url: string;
  /** Bytes received, when the response said or could be measured; undefined when unknown. */
  bytes: number | undefined;
  purpose: RequestPurpose;
  source: RequestSource;
  /** Present when the host answered with a redirect. */
  redirect?: RedirectRecord;
}

/**
 * Where a redirect led. `refused` without `to`: the browser stopped it before anything was sent (it
 * does not tell the page where it led). `refused` with `to`: the browser followed it to a host that is
 * not allowed (no policy stopped it) and the answer was thrown away. Otherwise it was followed to `to`.
 */
export type RedirectRecord = { to: string; refused: false } | { to: string | undefined; refused: true };

/** Why the app refused a request or one of its redirects, as data the UI words. */
export type RequestRefusal =
  /** `url` answered with a redirect to a host that is not allowed (`to` when the browser disclosed it). */
  | { code: "redirect-refused"; url: string; to: string | undefined }
  /** `url` itself may not be fetched. */
  | { code: "destination-refused"; url: string; problem: DestinationProblem };

/** Model weights and configs are served as `<model URL>/resolve/<revision>/<file>` by the hub and its mirrors. */
const MODEL_FILE_PATH = /\/resolve\/[^/]+\//;

/** Hugging Face's model listing, which the model search asks (huggingFaceSearch.ts builds the request). */
export const MODEL_SEARCH_ORIGIN = "https://huggingface.co";
export const MODEL_SEARCH_PATH = "/api/models";

/** Names a request's purpose from its URL: the app's own files, what a model is made of, or a model search. */
export function requestPurpose(url: string, appOrigin: string): RequestPurpose {
  const parsed = new URL(url, appOrigin);
  if (parsed.origin === MODEL_SEARCH_ORIGIN && parsed.pathname === MODEL_SEARCH_PATH) return "model search";
  // A compiled model library is WebAssembly, wherever it is hosted (self-hosters serve it from the app's origin).
  if (parsed.pathname.endsWith(".wasm")) return "model library";
  if (parsed.origin === appOrigin) return "app file";
  if (MODEL_FILE_PATH.test(parsed.pathname)) return "model file";
  return "other";
}

export function describeRequest(
  url: string,
  appOrigin: string,
  source: RequestSource,
  bytes: number | undefined,
  at: number,
  redirect?: RedirectRecord,
): NetworkRequestRecord {
  const record = { at, url, bytes, purpose: requestPurpose(url, appOrigin), source };
  return redirect ? { ...record, redirect } : record;
}
