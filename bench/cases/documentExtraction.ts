/**
 * Documents, extraction: a PDF of `pages` pages (made by pdf-lib, as the tests make theirs) is read through
 * the documents client of the served fixture build — the real worker, pdf.js and chunking — from the app's
 * own page. Measured: time from handing over the file to text and chunks, with a fresh worker (pdf.js
 * fetched and compiled) and again with it warm; and the page's long tasks meanwhile, which must be none:
 * parsing belongs to the worker.
 */
import { documentsClientPath, timeExtractionInPage } from "../../e2e/support/documents";
import { longPdf } from "../../src/workers/documents/testing/samplePdfs";
import { benchUrl, type BenchTarget } from "../lib/session";

export interface ExtractionRun {
  coldMs: number;
  warmMs: number;
  pages: number;
  chunks: number;
  longTaskCount: number;
  longestTaskMs: number;
}

export async function measureExtraction(
  target: BenchTarget,
  pages: number,
  distDir: string,
): Promise<ExtractionRun> {
  const clientPath = documentsClientPath(distDir);
  const bytes = await longPdf(pages);
  const page = await target.context.newPage();
  await page.goto(benchUrl(target.baseURL));
  // The app has started (its own start-up is not what is measured).
  await page.getByRole("button", { name: "New chat" }).waitFor();
  await page.evaluate(() => {
    const scope = window as unknown as { documentLongTasks: [number, number][] };
    scope.documentLongTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) scope.documentLongTasks.push([entry.startTime, entry.duration]);
    }).observe({ type: "longtask" });
  });
  const file = (name: string) => ({ bytes, name, type: "application/pdf" });
  const cold = await timeExtractionInPage(page, clientPath, file("plan.pdf"));
  const warm = await timeExtractionInPage(page, clientPath, file("plan-again.pdf"));
  if (cold.problem || warm.problem) {
    throw new Error(`The ${pages}-page PDF was refused: ${cold.problem ?? warm.problem}`);
  }
  const allLongTasks = await page.evaluate(
    () => (window as unknown as { documentLongTasks: [number, number][] }).documentLongTasks,
  );
  await page.close();
  // Only what overlaps the extractions: between them the harness itself decodes the next file.
  const during = (run: { startedAt: number; finishedAt: number }) =>
    allLongTasks.filter(([start, duration]) => start < run.finishedAt && start + duration > run.startedAt);
  const longTasks = [...during(cold), ...during(warm)].map(([, duration]) => duration);
  return {
    coldMs: cold.finishedAt - cold.startedAt,
    warmMs: warm.finishedAt - warm.startedAt,
    pages: cold.pageCount,
    chunks: cold.chunks,
    longTaskCount: longTasks.length,
    longestTaskMs: Math.max(0, ...longTasks),
  };
}
