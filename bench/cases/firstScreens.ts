/**
 * Start-up without the model: what a person can do before any model is on the GPU. A first visit (nothing
 * cached, nothing stored) until the model picker offers its download; a returning user (a saved conversation,
 * a stored model loading in the background, the app's files cached) until the last conversation is readable.
 * Times from navigation start.
 */
import type { Page } from "@playwright/test";
import { conversation, lastMarker, records, returningUser } from "../lib/seedData";
import { benchUrl, openSeeded, waitForServiceWorkerControl, type BenchTarget } from "../lib/session";

export interface FirstScreenRun {
  firstContentfulPaintMs: number;
  /** First visit: the picker's download button is there and enabled. Returning: the last message is shown. */
  readyMs: number;
}

export interface FirstScreens {
  /** "service-worker" when the returning runs were served by the service worker, offline. */
  cache: "service-worker" | "http-cache";
  firstVisit: FirstScreenRun[];
  returning: FirstScreenRun[];
}

/** `freshTarget` gives a new, empty browser profile for each first visit. */
export async function measureFirstScreens(
  freshTarget: <T>(work: (target: BenchTarget) => Promise<T>) => Promise<T>,
  returningTarget: BenchTarget,
  runs: number,
): Promise<FirstScreens> {
  const firstVisit: FirstScreenRun[] = [];
  for (let run = 0; run < runs; run++) {
    firstVisit.push(await freshTarget((target) => firstVisitOnce(target)));
  }
  const seeded = conversation("bench-returning", "Returning user", 10, Date.now());
  const url = benchUrl(returningTarget.baseURL);
  const setup = await returningTarget.context.newPage();
  await openSeeded(setup, url, returningUser(records([seeded])));
  await setup.getByRole("list", { name: "Messages" }).getByText(lastMarker(seeded.id)).waitFor();
  // As for a returning user, the service worker serves the app's files (offline) once it controls the page.
  const controlled = await waitForServiceWorkerControl(setup);
  await setup.close();
  const returning: FirstScreenRun[] = [];
  for (let run = 0; run < runs; run++) {
    const page = await returningTarget.context.newPage();
    try {
      await returningTarget.context.setOffline(controlled);
      returning.push(await timeStartup(page, url, { readableText: lastMarker(seeded.id) }));
    } finally {
      await returningTarget.context.setOffline(false);
      await page.close();
    }
  }
  return { cache: controlled ? "service-worker" : "http-cache", firstVisit, returning };
}

async function firstVisitOnce(target: BenchTarget): Promise<FirstScreenRun> {
  const page = await target.context.newPage();
  try {
    return await timeStartup(page, benchUrl(target.baseURL), { pickerReady: true });
  } finally {
    await page.close();
  }
}

async function timeStartup(
  page: Page,
  url: string,
  watch: { pickerReady?: boolean; readableText?: string },
): Promise<FirstScreenRun> {
  await page.addInitScript({ content: `window.__benchProbe.watchStartup(${JSON.stringify(watch)});` });
  await page.goto(url);
  const times = await page
    .waitForFunction(
      () => {
        const { startupTimes } = (window as unknown as ProbeWindow).__benchProbe;
        const now = startupTimes();
        return (now.pickerReadyAt ?? now.readableAt) !== undefined && now.firstContentfulPaint !== undefined
          ? now
          : undefined;
      },
      undefined,
      { timeout: 60_000 },
    )
    .then((handle) => handle.jsonValue());
  if (!times) throw new Error("The start-up run never reached a usable first screen.");
  return {
    firstContentfulPaintMs: times.firstContentfulPaint!,
    readyMs: (times.pickerReadyAt ?? times.readableAt)!,
  };
}

interface ProbeWindow {
  __benchProbe: {
    startupTimes(): { firstContentfulPaint?: number; pickerReadyAt?: number; readableAt?: number };
  };
}
