import type { BrowserContext, Page } from "@playwright/test";

/**
 * A blank page, a dedicated worker and a service worker, so the harness checks do not depend on the app.
 * Each worker fetches the URL it is sent and answers "ok" or "failed": a spec can make a request from
 * inside either kind of worker.
 */
export const HARNESS_FILES: Record<string, { type: string; body: string }> = {
  "/__harness/": { type: "text/html", body: "<!doctype html><title>harness</title>" },
  "/__harness/worker.js": {
    type: "text/javascript",
    body: `onmessage = (e) => fetch(e.data, { mode: "no-cors" }).then(() => "ok", () => "failed").then((r) => postMessage(r));`,
  },
  "/__harness/sw.js": {
    type: "text/javascript",
    body: `onmessage = (e) => e.waitUntil(
      fetch(e.data.url, { mode: "no-cors" }).then(() => "ok", () => "failed").then((r) => e.data.port.postMessage(r)));`,
  },
};

export const HARNESS_PATH = "/__harness/";

/** Serves the harness files on the test server's origin from a route, whatever the server itself serves. */
export async function serveHarness(context: BrowserContext, baseURL: string): Promise<void> {
  const origin = new URL(baseURL).origin;
  await context.route(
    (url) => url.origin === origin && url.pathname in HARNESS_FILES,
    (route) => {
      const file = HARNESS_FILES[new URL(route.request().url()).pathname];
      return file ? route.fulfill({ contentType: file.type, body: file.body }) : route.fallback();
    },
  );
}

// Fetches use mode "no-cors" so that a reachable foreign server answers "ok": "failed" then means blocked.

/** Fetches `url` from the page itself. */
export function fetchFromPage(page: Page, url: string): Promise<string> {
  return page.evaluate(
    (u) =>
      fetch(u, { mode: "no-cors" }).then(
        () => "ok",
        () => "failed",
      ),
    url,
  );
}

/** Fetches `url` from a fresh dedicated worker. */
export function fetchFromWorker(page: Page, url: string): Promise<string> {
  return page.evaluate(
    (u) =>
      new Promise<string>((resolve) => {
        const worker = new Worker("/__harness/worker.js");
        worker.onmessage = (e: MessageEvent<string>) => resolve(e.data);
        worker.postMessage(u);
      }),
    url,
  );
}

/** Opens a WebSocket to `url` and reports whether it opened. */
export function openWebSocket(page: Page, url: string): Promise<string> {
  return page.evaluate(
    (u) =>
      new Promise<string>((resolve) => {
        const socket = new WebSocket(u);
        socket.onopen = () => resolve("ok");
        socket.onclose = () => resolve("failed");
      }),
    url,
  );
}

/** Registers the harness service worker and fetches `url` from inside it. */
export function fetchFromServiceWorker(page: Page, url: string): Promise<string> {
  return page.evaluate(async (u) => {
    await navigator.serviceWorker.register("/__harness/sw.js", { scope: "/__harness/" });
    const registration = await navigator.serviceWorker.ready;
    const channel = new MessageChannel();
    const reply = new Promise<string>((resolve) => {
      channel.port1.onmessage = (e: MessageEvent<string>) => resolve(e.data);
    });
    registration.active?.postMessage({ url: u, port: channel.port2 }, [channel.port2]);
    return reply;
  }, url);
}
