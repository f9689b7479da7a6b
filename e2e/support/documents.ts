/**
 * Drives the documents worker of a built app from a page, for the documents e2e spec and the bench: the page
 * starts the build's own worker script and speaks the documents protocol to it (src/services/documents/
 * protocol.ts), so files are read by the real worker, under the app's real Content-Security-Policy. (The app
 * itself reaches it through the attach UI; its client is bundled into the app, not importable from here.)
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import type {
  DocumentsEvent,
  DocumentsRequest,
  ExtractionOutcome,
  ExtractionProgress,
} from "../../src/services/documents/protocol";

/** The path of the documents worker's script in a build folder, as the page starts it. */
export function documentsClientPath(distDir: string): string {
  const assets = join(distDir, "assets");
  const found = readdirSync(assets).filter((name) => /^documents\.worker-[\w-]+\.js$/.test(name));
  if (found.length !== 1) {
    throw new Error(
      `Expected one documents.worker-*.js chunk in ${assets}, found ${found.length}: is the build current?`,
    );
  }
  return `/assets/${found[0]}`;
}

/** Just what these helpers need of the app's documents client, over the worker. */
interface DocumentsClient {
  extract(
    file: File,
    request: { documentId: string; onProgress?: (progress: ExtractionProgress) => void },
  ): Promise<ExtractionOutcome>;
}

export interface FileToRead {
  bytes: Uint8Array | string;
  name: string;
  type?: string;
}

export interface PageExtraction {
  outcome: ExtractionOutcome;
  progress: ExtractionProgress[];
}

/** Reads a file through the client in the page (one client, so one worker, per page) and returns all of it. */
export async function extractInPage(
  page: Page,
  clientPath: string,
  file: FileToRead,
): Promise<PageExtraction> {
  await stageFile(page, clientPath, file);
  return page.evaluate(async () => {
    const scope = window as unknown as StagedScope;
    const progress: ExtractionProgress[] = [];
    const outcome = await scope.documentsClient.extract(scope.stagedFile, {
      documentId: scope.stagedFile.name,
      // Not an arrow in a property: the bench runs this file through tsx, whose esbuild would wrap a named
      // function in a `__name` helper that does not exist in the page.
      onProgress: progress.push.bind(progress),
    });
    return { outcome, progress };
  });
}

export interface TimedExtraction {
  /** The problem's code, or undefined when the file was read. */
  problem?: string;
  pageCount: number;
  chunks: number;
  /** When the file was handed to the client and when its answer came, on the page's clock. */
  startedAt: number;
  finishedAt: number;
}

/**
 * Reads a file and returns only figures, for the bench: the page's work in the measured span is the app's
 * (handing the file over, receiving the answer), not the harness's (decoding the test file, serialising
 * the answer for Playwright).
 */
export async function timeExtractionInPage(
  page: Page,
  clientPath: string,
  file: FileToRead,
): Promise<TimedExtraction> {
  await stageFile(page, clientPath, file);
  return page.evaluate(async () => {
    const scope = window as unknown as StagedScope;
    const startedAt = performance.now();
    const outcome = await scope.documentsClient.extract(scope.stagedFile, {
      documentId: scope.stagedFile.name,
    });
    const finishedAt = performance.now();
    return outcome.ok
      ? {
          pageCount: outcome.result.document.pageCount ?? 0,
          chunks: outcome.result.chunks.length,
          startedAt,
          finishedAt,
        }
      : { problem: outcome.problem.code, pageCount: 0, chunks: 0, startedAt, finishedAt };
  });
}

interface StagedScope {
  documentsClient: DocumentsClient;
  stagedFile: File;
}

/** Makes the client (once per page) and the File in the page, in a task of their own. */
async function stageFile(page: Page, clientPath: string, file: FileToRead): Promise<void> {
  const base64 = Buffer.from(file.bytes).toString("base64");
  await page.evaluate(
    async ({ clientPath, base64, name, type }) => {
      const scope = window as unknown as Partial<StagedScope>;
      if (!scope.documentsClient) {
        const worker = new Worker(clientPath, { type: "module", name: "sigilo-documents" });
        let nextId = 1;
        // The app's chunking defaults (domain/retrieval/chunking.ts DEFAULT_CHUNKING).
        const chunking = { targetTokens: 300, maxTokens: 400 };
        scope.documentsClient = {
          extract(file, { documentId, onProgress }) {
            const requestId = nextId++;
            return new Promise<ExtractionOutcome>((resolve) => {
              // The listener is an unnamed argument, removed through a signal: the bench runs this file through
              // tsx, whose esbuild wraps a named function in a `__name` helper that does not exist in the page.
              const answered = new AbortController();
              worker.addEventListener(
                "message",
                (event: MessageEvent<DocumentsEvent>) => {
                  const data = event.data;
                  if (data.requestId !== requestId) return;
                  if (data.type === "progress") return onProgress?.(data.progress);
                  if (data.type === "ranked") return;
                  answered.abort();
                  resolve(
                    data.type === "extracted"
                      ? { ok: true, result: data.result }
                      : { ok: false, problem: data.problem },
                  );
                },
                { signal: answered.signal },
              );
              const request: DocumentsRequest = { type: "extract", requestId, file, documentId, chunking };
              worker.postMessage(request);
            });
          },
        };
      }
      const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
      scope.stagedFile = new File([bytes], name, { type });
    },
    { clientPath, base64, name: file.name, type: file.type ?? "" },
  );
}
