/**
 * Drives the documents client of a built app from a page, for the documents e2e spec and the bench. Until
 * the attach UI imports the client, the build emits it as an entry of its own (vite.config.ts); the page
 * imports that chunk, so files are read by the real worker, under the app's real Content-Security-Policy.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import type { DocumentsClient } from "../../src/services/documents/documentsClient";
import type { ExtractionOutcome, ExtractionProgress } from "../../src/services/documents/protocol";

/** The path of the documents client's chunk in a build folder, as the page imports it. */
export function documentsClientPath(distDir: string): string {
  const assets = join(distDir, "assets");
  const found = readdirSync(assets).filter((name) => /^documents-[\w-]+\.js$/.test(name));
  if (found.length !== 1) {
    throw new Error(
      `Expected one documents-*.js chunk in ${assets}, found ${found.length}: is the build current?`,
    );
  }
  return `/assets/${found[0]}`;
}

export interface PageExtraction {
  outcome: ExtractionOutcome;
  progress: ExtractionProgress[];
  /** Milliseconds from handing the file to the client to its answer. */
  elapsedMs: number;
}

/** Reads `bytes` as the file `name` through the client in the page; one client (one worker) per page. */
export function extractInPage(
  page: Page,
  clientPath: string,
  file: { bytes: Uint8Array | string; name: string; type?: string },
): Promise<PageExtraction> {
  const base64 = Buffer.from(file.bytes).toString("base64");
  return page.evaluate(
    async ({ clientPath, base64, name, type }) => {
      const scope = window as unknown as { documentsClient?: DocumentsClient };
      if (!scope.documentsClient) {
        const module = (await import(clientPath)) as { createDocumentsClient(): DocumentsClient };
        scope.documentsClient = module.createDocumentsClient();
      }
      const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
      const progress: ExtractionProgress[] = [];
      const started = performance.now();
      const outcome = await scope.documentsClient.extract(new File([bytes], name, { type }), {
        documentId: name,
        onProgress: (step) => progress.push(step),
      });
      return { outcome, progress, elapsedMs: performance.now() - started };
    },
    { clientPath, base64, name: file.name, type: file.type ?? "" },
  );
}
