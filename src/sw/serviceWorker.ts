/// <reference lib="webworker" />
/**
 * Sigilo's service worker. It precaches the app shell, the engine worker (web-llm's code) and every
 * lazy chunk, so an installed app starts and chats with no network; caches model libraries served
 * from the app's own origin (web-llm does not cache same-origin libraries itself); and records every
 * request it sends for the Privacy panel. Requests to other origins are never answered or cached
 * here: web-llm stores model files itself, in IndexedDB.
 *
 * Everything it fetches is the app's own, and stays so: its requests go out as `mode: "same-origin"`,
 * so a server that redirects one of them to another host gets a network error from the browser, which
 * never sends that second request. (A service worker takes no Content-Security-Policy from the page,
 * and a static host may send none, so nothing else would stop it; a script cannot follow redirects
 * itself, since `redirect: "manual"` hides where they lead.)
 */
import { clientsClaim, type WorkboxPlugin } from "workbox-core";
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
  addPlugins,
} from "workbox-precaching";
import { NavigationRoute, registerRoute } from "workbox-routing";
import { CacheFirst, NetworkOnly } from "workbox-strategies";
import { createRequestRecorder } from "../services/privacy/requestRecorder";
import { MODEL_LIBRARY_CACHE } from "../services/privacy/cacheNames";
import { MODEL_LIBRARY_VERSION } from "../domain/libraryVersion";
import { isLibraryVersionQuestion, isSkipWaitingMessage, type LibraryVersionAnswer } from "./messages";

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Parameters<typeof precacheAndRoute>[0] };

const recorder = createRequestRecorder("service worker");

/** Keeps every request this worker sends, and each redirect hop of it, on the app's own origin. */
const sameOriginOnly: WorkboxPlugin = {
  requestWillFetch: async ({ request }) => new Request(request, { mode: "same-origin" }),
};

/** Logs each response the network gave this worker; the write is kept alive by the event that caused it. */
const recordResponses: WorkboxPlugin = {
  async fetchDidSucceed({ request, response, event }) {
    const redirect =
      response.redirected && response.url !== request.url ? { to: response.url, refused: false } : undefined;
    recorder.record(request.url, await responseBytes(response), redirect);
    event.waitUntil(recorder.flush());
    return response;
  },
  async fetchDidFail({ originalRequest, event }) {
    recorder.record(originalRequest.url, undefined);
    event.waitUntil(recorder.flush());
  },
};

async function responseBytes(response: Response): Promise<number | undefined> {
  const declared = Number(response.headers.get("content-length"));
  if (declared > 0) return declared;
  if (response.type === "opaque") return undefined;
  return (await response.clone().arrayBuffer()).byteLength;
}

addPlugins([sameOriginOnly, recordResponses]);
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// Every page of the app is the one index.html, from the precache: reloads work offline whatever the query string.
registerRoute(new NavigationRoute(createHandlerBoundToURL("index.html")));

registerRoute(
  ({ url, sameOrigin }) => sameOrigin && url.pathname.endsWith(".wasm"),
  new CacheFirst({ cacheName: MODEL_LIBRARY_CACHE, plugins: [sameOriginOnly, recordResponses] }),
);

// Anything else of ours goes to the network as usual, through here only so that it is logged.
registerRoute(
  ({ sameOrigin }) => sameOrigin,
  new NetworkOnly({ plugins: [sameOriginOnly, recordResponses] }),
);

// Another origin, asked for by a page: passed through untouched, only noted (the engine worker logs its own, with sizes).
self.addEventListener("fetch", (event) => {
  if (new URL(event.request.url).origin === self.location.origin || !event.clientId) return;
  event.waitUntil(
    self.clients.get(event.clientId).then((client) => {
      if (client?.type !== "window") return;
      recorder.record(event.request.url, undefined);
      return recorder.flush();
    }),
  );
});

self.addEventListener("install", (event) => {
  // The browser fetched this script to install it; that request passes through no fetch handler.
  recorder.record(self.location.href, undefined);
  event.waitUntil(recorder.flush());
});

// A new version waits until the user chooses to reload (never mid-reply); the first one takes over at once.
// While it waits, the running version asks which runtime its model libraries are for, to fetch them first.
self.addEventListener("message", (event) => {
  if (isSkipWaitingMessage(event.data)) void self.skipWaiting();
  if (isLibraryVersionQuestion(event.data)) {
    event.ports[0]?.postMessage({ libraryVersion: MODEL_LIBRARY_VERSION } satisfies LibraryVersionAnswer);
  }
});
clientsClaim();
