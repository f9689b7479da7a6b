import type { DocumentsClient, ExtractRequest } from "../../services/documents/documentsClient";
import type { ExtractionOutcome } from "../../services/documents/protocol";
import { extractDocument } from "../../workers/documents/extractDocument";

/**
 * The documents client for store tests: the worker's own extraction, run in-process (text, Markdown, CSV read
 * in jsdom as in the worker). `hold` keeps each file waiting until `release` is called, for cancel tests.
 */
export class FakeDocumentReader implements DocumentsClient {
  hold = false;
  private waiting: Array<() => void> = [];

  async extract(file: File, { documentId, onProgress, signal }: ExtractRequest): Promise<ExtractionOutcome> {
    onProgress?.({ stage: "reading" });
    if (this.hold) await new Promise<void>((resolve) => this.waiting.push(resolve));
    if (signal?.aborted) return { ok: false, problem: { code: "cancelled" } };
    return extractDocument(file, { documentId, onProgress, signal });
  }

  release(): void {
    this.waiting.splice(0).forEach((resolve) => resolve());
  }

  shutDown(): void {}
}
