/**
 * First visit to the production build (a fresh profile: no cache, no service worker, nothing stored): how
 * many bytes the browser had received before the first contentful paint and before the model picker was
 * usable (its "Download …" button enabled), and whether web-llm's engine worker was among them. The bytes
 * are what the server sent (gzip for text, as a static host would), from the page, its workers and the
 * service worker alike (see countingServer.ts), counted by when each response finished.
 */
import type { Browser } from "@playwright/test";
import type { CountingServer } from "../lib/countingServer";
import { waitForServiceWorkerControl } from "../lib/session";

export interface FirstVisitRun {
  firstContentfulPaintMs: number;
  pickerUsableMs: number;
  bytesBeforePaint: number;
  bytesBeforePicker: number;
  /** Everything a first visit fetches: until the service worker has filled its precache and controls the page. */
  bytesUntilOffline: number;
  /** web-llm's worker had been sent (to the page or the service worker) before the picker was usable. */
  engineWorkerBeforePicker: boolean;
  /** The page started web-llm's worker although no model was chosen. */
  engineWorkerStarted: boolean;
}

export async function measureFirstVisit(browser: Browser, server: CountingServer): Promise<FirstVisitRun> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  server.reset();
  try {
    const page = await context.newPage();
    let engineWorkerStarted = false;
    // Workers start from a blob: that imports their script: the page (not the service worker's precache)
    // asking for web-llm's worker script means that worker was started.
    page.on("request", (request) => {
      if (!request.serviceWorker() && request.url().includes("webllmEngine.worker"))
        engineWorkerStarted = true;
    });
    await page.goto(server.origin);
    await page.waitForFunction(
      () =>
        Array.from(document.querySelectorAll("button")).some(
          (button) => button.textContent?.startsWith("Download ") === true && !button.disabled,
        ),
      undefined,
      { polling: "raf", timeout: 60_000 },
    );
    const times = await page.evaluate(async () => {
      const pickerUsableAt = performance.now();
      const paint = await new Promise<number>((resolve) => {
        const found = performance.getEntriesByName("first-contentful-paint")[0];
        if (found) return resolve(found.startTime);
        new PerformanceObserver((list) => resolve(list.getEntries()[0]!.startTime)).observe({
          type: "paint",
          buffered: true,
        });
      });
      return { timeOrigin: performance.timeOrigin, paint, pickerUsableAt };
    });
    if (!(await waitForServiceWorkerControl(page))) {
      throw new Error("The production build's service worker did not take control of the page.");
    }
    const sentBefore = (ms: number) =>
      server.sent.filter((response) => response.finishedAt <= times.timeOrigin + ms);
    const bytes = (ms: number) => sentBefore(ms).reduce((sum, response) => sum + response.bytes, 0);
    return {
      firstContentfulPaintMs: times.paint,
      pickerUsableMs: times.pickerUsableAt,
      bytesBeforePaint: bytes(times.paint),
      bytesBeforePicker: bytes(times.pickerUsableAt),
      bytesUntilOffline: server.sent.reduce((sum, response) => sum + response.bytes, 0),
      engineWorkerBeforePicker: sentBefore(times.pickerUsableAt).some((response) =>
        response.path.includes("webllmEngine.worker"),
      ),
      engineWorkerStarted,
    };
  } finally {
    await context.close();
  }
}
