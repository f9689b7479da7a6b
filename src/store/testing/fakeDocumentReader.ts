import type { DocumentsClient, ExtractRequest } from "../../services/documents/documentsClient";
import type { ExtractionOutcome } from "../../services/documents/protocol";
import { extractDocument } from "../../workers/documents/extractDocument";
import {
  createRetrievalIndexes,
  type RankRequest,
  type RetrievalDocument,
} from "../../domain/retrieval/retrievalIndexes";

/**
 * The documents client for store tests: the worker's own extraction, run in-process (text, Markdown, CSV read
 * in jsdom as in the worker), and the worker's ranking, in-process. `hold` keeps each file waiting until
 * `release` is called, for cancel tests.
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

  private readonly indexes = createRetrievalIndexes();
  /** Documents whose texts and vectors ranking asked for, in order. */
  readonly loaded: string[] = [];

  async holdIndexes(ids: readonly string[], load: (ids: string[]) => Promise<RetrievalDocument[]>) {
    const missing = ids.filter((id) => !this.indexes.holds(id));
    if (missing.length === 0) return;
    for (const document of await load(missing)) {
      this.loaded.push(document.id);
      this.indexes.add(document);
    }
  }

  async rank(request: RankRequest) {
    return this.indexes.rank(request);
  }

  forget(ids?: readonly string[]): void {
    this.indexes.forget(ids);
  }

  release(): void {
    this.waiting.splice(0).forEach((resolve) => resolve());
  }

  shutDown(): void {}
}
