import type { DocumentsEvent, DocumentsRequest } from "../../services/documents/protocol";
import { extractDocument } from "./extractDocument";
import { createRetrievalIndexes } from "../../domain/retrieval/retrievalIndexes";

/**
 * Answers the documents protocol: one file at a time, in the order asked (parsing is CPU-bound, so running
 * two at once would only make both slower and double the memory), each with its own progress and result.
 * Ranking is answered at once: a question does not wait for a file being read.
 */
export function createDocumentsDispatcher(
  post: (event: DocumentsEvent) => void,
  extract: typeof extractDocument = extractDocument,
): { handle(request: DocumentsRequest): void } {
  const waiting: Extract<DocumentsRequest, { type: "extract" }>[] = [];
  const controllers = new Map<number, AbortController>();
  let running = false;
  const indexes = createRetrievalIndexes();

  async function runWaiting(): Promise<void> {
    running = true;
    for (let request = waiting.shift(); request; request = waiting.shift()) {
      const { requestId } = request;
      const signal = controllers.get(requestId)!.signal;
      const outcome = signal.aborted
        ? { ok: false as const, problem: { code: "cancelled" as const } }
        : await extract(request.file, {
            documentId: request.documentId,
            chunking: request.chunking,
            signal,
            onProgress: (progress) => post({ type: "progress", requestId, progress }),
          });
      controllers.delete(requestId);
      post(
        outcome.ok
          ? { type: "extracted", requestId, result: outcome.result }
          : { type: "failed", requestId, problem: outcome.problem },
      );
    }
    running = false;
  }

  return {
    handle(request) {
      switch (request.type) {
        case "cancel":
          controllers.get(request.requestId)?.abort();
          return;
        case "index":
          indexes.add(request.document);
          return;
        case "rank":
          post({ type: "ranked", requestId: request.requestId, ranking: indexes.rank(request.request) });
          return;
        case "forget":
          indexes.forget(request.documentIds);
          return;
      }
      controllers.set(request.requestId, new AbortController());
      waiting.push(request);
      if (!running) void runWaiting();
    },
  };
}
