import type { BrowserContext, Page } from "@playwright/test";

/** Waits until the service worker has installed (precache filled) and controls the page. */
export async function waitForServiceWorkerControl(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise((resolve) =>
      navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }),
    );
  });
}

/** Every record in every IndexedDB database of the page's origin, read raw: `{ "db/store": count }`. */
export function countIndexedDbRecords(page: Page): Promise<Record<string, number>> {
  return page.evaluate(async () => {
    const counts: Record<string, number> = {};
    for (const { name, version } of await indexedDB.databases()) {
      if (!name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(name, version);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      for (const store of Array.from(db.objectStoreNames)) {
        counts[`${name}/${store}`] = await new Promise<number>((resolve, reject) => {
          const request = db.transaction(store).objectStore(store).count();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
      }
      db.close();
    }
    return counts;
  });
}

/**
 * The URLs that actually went to the network, as Playwright saw them: requests the service worker
 * sent, and page or worker requests it did not answer from its cache.
 */
export function watchNetworkRequests(context: BrowserContext): { urls: Set<string> } {
  const seen = { urls: new Set<string>() };
  context.on("requestfinished", async (request) => {
    const response = await request.response();
    if (request.serviceWorker() || !response?.fromServiceWorker()) seen.urls.add(request.url());
  });
  context.on("requestfailed", (request) => seen.urls.add(request.url()));
  return seen;
}
