/**
 * Start-up of a returning user (a saved conversation, the model downloaded): navigation to first contentful
 * paint, to an enabled composer (the user can write and send while the model loads) and to the model ready
 * (the fixture engine's load: a figure of the app's load path, not of a real GPU), with the app's files
 * cached and with the cache emptied. With a service
 * worker controlling the page, the cached runs are offline; without one, "cached" means the HTTP cache
 * (vite preview revalidates with ETags, so those runs still ask the server) and the network stays on.
 */
import type { BrowserContext, CDPSession } from "@playwright/test";
import { conversation, records, returningUser } from "../lib/seedData";
import {
  benchUrl,
  openSeeded,
  waitForModelReady,
  waitForServiceWorkerControl,
  type BenchTarget,
} from "../lib/session";

export interface StartupRun {
  firstContentfulPaintMs: number;
  /** The first enabled message box: index.html's first screen's (see src/app/bootShell.ts) or the app's. */
  composerReadyMs: number;
  /** The app's own message box, which takes over from the first screen's. */
  appComposerReadyMs: number;
  modelReadyMs: number;
}

export interface StartupResults {
  /** "service-worker" when a service worker controlled the page (cached runs offline), else "http-cache". */
  cache: "service-worker" | "http-cache";
  warm: StartupRun[];
  cold: StartupRun[];
}

export async function measureStartup(target: BenchTarget, runs: number): Promise<StartupResults> {
  const url = benchUrl(target.baseURL);
  const setup = await target.context.newPage();
  await openSeeded(
    setup,
    url,
    returningUser(records([conversation("bench-start", "Start-up", 10, Date.now())])),
  );
  await waitForModelReady(setup);
  // As for a returning user, the service worker serves the app's files (offline) once it controls the page.
  const controlled = await waitForServiceWorkerControl(setup);
  await setup.close();
  const cache = controlled ? "service-worker" : "http-cache";
  const results: StartupResults = { cache, warm: [], cold: [] };
  for (let run = 0; run < runs; run++) {
    // The cold run empties the caches and unregisters the service worker; it then waits (after measuring) until
    // the service worker controls its page again, so the warm run after it is served offline.
    results.cold.push(
      await startOnce(target.context, url, { emptyCache: true, offline: false, serviceWorker: controlled }),
    );
    results.warm.push(
      await startOnce(target.context, url, {
        emptyCache: false,
        offline: controlled,
        serviceWorker: controlled,
      }),
    );
  }
  return results;
}

async function startOnce(
  context: BrowserContext,
  url: string,
  { emptyCache, offline, serviceWorker }: { emptyCache: boolean; offline: boolean; serviceWorker: boolean },
): Promise<StartupRun> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  try {
    if (emptyCache) await emptyCaches(cdp, new URL(url).origin);
    await page.addInitScript({ content: "window.__benchProbe.watchStartup();" });
    await context.setOffline(offline);
    await page.goto(url);
    await waitForModelReady(page);
    const times = await page.evaluate(() => (window as unknown as ProbeWindow).__benchProbe.startupTimes());
    const { firstContentfulPaint, composerReadyAt, appComposerReadyAt, modelReadyAt } = times;
    if (
      firstContentfulPaint === undefined ||
      composerReadyAt === undefined ||
      appComposerReadyAt === undefined ||
      modelReadyAt === undefined
    ) {
      throw new Error("The start-up run recorded no first paint, no enabled composer or no ready model.");
    }
    if (emptyCache && serviceWorker && !(await waitForServiceWorkerControl(page))) {
      throw new Error("The service worker did not take control again after the cold start.");
    }
    return {
      firstContentfulPaintMs: firstContentfulPaint,
      composerReadyMs: composerReadyAt,
      appComposerReadyMs: appComposerReadyAt,
      modelReadyMs: modelReadyAt,
    };
  } finally {
    await context.setOffline(false);
    await cdp.detach();
    await page.close();
  }
}

/** The HTTP cache, and the service worker with its caches; the app's data (IndexedDB) stays. */
async function emptyCaches(cdp: CDPSession, origin: string): Promise<void> {
  await cdp.send("Network.clearBrowserCache");
  await cdp.send("Storage.clearDataForOrigin", { origin, storageTypes: "cache_storage,service_workers" });
}

interface ProbeWindow {
  __benchProbe: {
    startupTimes(): {
      firstContentfulPaint?: number;
      composerReadyAt?: number;
      appComposerReadyAt?: number;
      modelReadyAt?: number;
      shellAt?: number;
    };
  };
}
