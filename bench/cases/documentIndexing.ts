/**
 * Documents, indexing through the app: a PDF of `pages` pages (pdf-lib, as the tests make theirs) attached
 * with "Attach files" in the fixture build, read by the documents worker, embedded by the fixture engine in
 * its worker (the real downloader fetched the search model first, from the fake host, after "Download") and
 * saved. Measured: time from choosing the file to it being listed as attached; the page's long tasks
 * meanwhile, which must be none; and the storage it takes per page — the record sizes the app computes, and
 * what the browser's own storage estimate grew by.
 */
import type { Page } from "@playwright/test";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { attachedDocuments } from "../../e2e/support/attachments";
import { longPdf } from "../../src/workers/documents/testing/samplePdfs";
import { benchUrl, waitForModelReady, type BenchTarget } from "../lib/session";

export interface IndexingRun {
  attachMs: number;
  pages: number;
  chunks: number;
  /** What the app's records hold (text at two bytes a character, chunk records, vectors), per its own count. */
  storedBytes: number;
  /** How much the browser's storage estimate grew (IndexedDB as written to disk, compaction aside). */
  usageBytes: number;
  longTaskCount: number;
  longestTaskMs: number;
}

/**
 * Chooses the PDF from disk (a file in `folder`), as a user does: handed over as bytes, Playwright would build
 * the File in the page from base64 (a harness long task of some 150 ms that is not the app's). The file must
 * stay until it is read: the browser reads a chosen file only when asked.
 */
async function attachPdf(page: Page, folder: string, name: string, bytes: Uint8Array): Promise<void> {
  const path = join(folder, name);
  await writeFile(path, bytes);
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "Attach files" }).click();
  await (await chooser).setFiles(path);
}

const attached = (page: Page, name: string) => attachedDocuments(page).filter({ hasText: name });

export async function measureIndexing(target: BenchTarget, pages: number): Promise<IndexingRun> {
  const folder = await mkdtemp(join(tmpdir(), "sigilo-bench-"));
  try {
    return await measureIndexingFrom(folder, target, pages);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

async function measureIndexingFrom(folder: string, target: BenchTarget, pages: number): Promise<IndexingRun> {
  const [warmUp, measured] = await Promise.all([longPdf(10), longPdf(pages)]);
  const page = await target.context.newPage();
  await page.goto(benchUrl(target.baseURL));
  await page
    .getByRole("region", { name: "Models" })
    .getByRole("button", { name: /^Download / })
    .click();
  await waitForModelReady(page);
  // The search model's download, and the worker's first start, are not what is measured: a first document
  // brings both.
  await attachPdf(page, folder, "warm-up.pdf", warmUp);
  await page.getByRole("group", { name: "Search model" }).getByRole("button", { name: "Download" }).click();
  await attached(page, "warm-up.pdf").waitFor({ timeout: 120_000 });

  const usageBefore = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
  const startedAt = await page.evaluate(() => {
    const scope = window as unknown as { indexingLongTasks: [number, number][] };
    scope.indexingLongTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) scope.indexingLongTasks.push([entry.startTime, entry.duration]);
    }).observe({ type: "longtask" });
    return performance.now();
  });
  await attachPdf(page, folder, "manual.pdf", measured);
  await attached(page, "manual.pdf").waitFor({ timeout: 300_000 });
  const finishedAt = await page.evaluate(() => performance.now());
  const longTasks = await page.evaluate(
    () => (window as unknown as { indexingLongTasks: [number, number][] }).indexingLongTasks,
  );
  const usageAfter = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
  const info = await page.evaluate(
    () =>
      new Promise<{ pageCount: number; chunkCount: number; storedBytes: number }>((resolve, reject) => {
        const opening = indexedDB.open("sigilo");
        opening.onerror = () => reject(opening.error);
        opening.onsuccess = () => {
          const reading = opening.result.transaction("documents").objectStore("documents").getAll();
          reading.onerror = () => reject(reading.error);
          reading.onsuccess = () => {
            const records = reading.result as {
              name: string;
              pageCount: number;
              chunkCount: number;
              storedBytes: number;
            }[];
            const record = records.find((each) => each.name === "manual.pdf");
            opening.result.close();
            if (record) resolve(record);
            else reject(new Error("manual.pdf is not in the documents store."));
          };
        };
      }),
  );
  await page.close();
  const during = longTasks
    .filter(([start, duration]) => start < finishedAt && start + duration > startedAt)
    .map(([, duration]) => duration);
  return {
    attachMs: finishedAt - startedAt,
    pages: info.pageCount,
    chunks: info.chunkCount,
    storedBytes: info.storedBytes,
    usageBytes: usageAfter - usageBefore,
    longTaskCount: during.length,
    longestTaskMs: Math.max(0, ...during),
  };
}
