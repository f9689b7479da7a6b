/** Browser sessions for the cases: the e2e tests' Chromium and flags, the in-page probe, seeded data. */
import { chromium, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { fileURLToPath } from "node:url";
import { chromiumArgs, findChromium, webgpuArgs } from "../../e2e/support/browser";
import { appUrl, type FixtureParams } from "../../e2e/support/appUrl";
import { findModel } from "../../src/domain/modelCatalog";
import type { Seed } from "./seedData";

export const PROBE_PATH = fileURLToPath(new URL("../page/probe.js", import.meta.url));
/** Writes long histories from inside the page (bench/lib/historySeed.ts). */
const HISTORY_SEEDER_PATH = fileURLToPath(new URL("../page/history.js", import.meta.url));

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: [...chromiumArgs, ...webgpuArgs] });
}

/** What a case needs: a browser context with the probe installed, and where the fixture build is served. */
export interface BenchTarget {
  context: BrowserContext;
  baseURL: string;
}

export async function installProbe(context: BrowserContext): Promise<void> {
  await context.addInitScript({ path: PROBE_PATH });
  await context.addInitScript({ path: HISTORY_SEEDER_PATH });
}

/** The fixture URL for a run: no simulated download time, so start-up measures the app, not the fixture. */
export function benchUrl(baseURL: string, params: FixtureParams = {}): string {
  return new URL(appUrl({ downloadMs: 0, ...params }), baseURL).toString();
}

/**
 * Opens the app once so it creates its database, writes `seed` into it, and reloads: the app then starts
 * as it would for a returning user with that data.
 */
export async function openSeeded(page: Page, url: string, seed: Seed): Promise<void> {
  await page.goto(url);
  // The sidebar is rendered once storage is open and the conversations are read.
  await page.getByRole("button", { name: "New chat" }).waitFor();
  for (const modelId of seed.cachedModelIds) await downloadModel(page, modelId);
  await page.evaluate((data) => (window as unknown as ProbeWindow).__benchProbe.seed(data), seed);
  await page.reload();
}

/** Stores a model the way a user does (through the picker), so the next start loads it from storage. */
async function downloadModel(page: Page, modelId: string): Promise<void> {
  const name = findModel(modelId)?.name ?? modelId;
  const models = page.getByRole("region", { name: "Models" });
  await models.getByRole("radio", { name, exact: true }).check();
  await models.getByRole("button", { name: `Download ${name}` }).click();
  await waitForModelReady(page);
}

/**
 * Waits until the model is loaded ("<model> · ready" in the status bar). The composer accepts text earlier,
 * while the model loads, so it says nothing about the model.
 */
export async function waitForModelReady(page: Page): Promise<void> {
  await page.getByText(/ · ready$/).waitFor({ timeout: 30_000 });
}

/** The probe's API as the bench calls it (see bench/page/probe.js). */
export interface ProbeWindow {
  __benchProbe: {
    seed(seed: Seed): Promise<void>;
  };
}

/**
 * Waits until the app's service worker controls `page` (it registers after the first paint, then precaches the
 * build and claims the page), as it does for a returning user. False if the build registers none in time.
 */
export async function waitForServiceWorkerControl(page: Page, timeoutMs = 60_000): Promise<boolean> {
  return page.evaluate(async (timeout) => {
    if (!("serviceWorker" in navigator)) return false;
    const controlled = new Promise<boolean>((resolve) => {
      if (navigator.serviceWorker.controller) return resolve(true);
      navigator.serviceWorker.addEventListener("controllerchange", () => resolve(true), { once: true });
    });
    const gaveUp = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), timeout));
    return Promise.race([navigator.serviceWorker.ready.then(() => controlled), gaveUp]);
  }, timeoutMs);
}
